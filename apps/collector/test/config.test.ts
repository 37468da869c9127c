import { existsSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { packageRoot } from '../src/paths.js';

const cwd = '/srv/participe';

describe('configuration from the environment', () => {
  it('has working defaults', () => {
    const config = loadConfig({}, cwd);
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: '/srv/participe/.data/collector',
      logLevel: 'info',
      bodyLimit: 65_536,
      rateLimitPerMinute: 300,
      trustProxy: false,
      seedDemo: false,
      consoleDir: resolve(packageRoot, '../console/dist'),
    });
    // The combined widget build (apps/widgets/dist), when it has been built.
    const widgets = resolve(packageRoot, '../widgets/dist');
    expect(config.widgetDirs).toEqual(existsSync(widgets) ? [widgets] : []);
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
        PARTICIPE_DATA_DIR: 'data',
        PARTICIPE_LOG_LEVEL: 'warn',
        PARTICIPE_BODY_LIMIT: '10000',
        PARTICIPE_RATE_LIMIT: '60',
        PARTICIPE_TRUST_PROXY: '10.0.0.0/8, 192.168.1.1',
        PARTICIPE_CONSOLE_DIR: 'console',
        PARTICIPE_WIDGETS_DIR: ['a', '/b'].join(delimiter),
        PARTICIPE_SEED_DEMO: '1',
        PARTICIPE_DEMO_ORIGINS: 'http://localhost:5000, http://127.0.0.1:5000',
      },
      cwd,
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      dataDir: '/srv/participe/data',
      logLevel: 'warn',
      bodyLimit: 10_000,
      rateLimitPerMinute: 60,
      trustProxy: ['10.0.0.0/8', '192.168.1.1'],
      consoleDir: '/srv/participe/console',
      widgetDirs: ['/srv/participe/a', '/b'],
      seedDemo: true,
      demoOrigins: ['http://localhost:5000', 'http://127.0.0.1:5000'],
    });
    expect(loadConfig({ PARTICIPE_TRUST_PROXY: '2' }, cwd).trustProxy).toBe(2);
    expect(loadConfig({ PARTICIPE_TRUST_PROXY: 'false' }, cwd).trustProxy).toBe(false);
  });

  it('refuses PARTICIPE_TRUST_PROXY=true, which would let clients choose their address, and says what to give instead', () => {
    for (const value of ['true', 'TRUE', ' true ']) {
      expect(() => loadConfig({ PARTICIPE_TRUST_PROXY: value }, cwd)).toThrow(
        /PARTICIPE_TRUST_PROXY: true is refused: it would let any client choose its address \(and its rate-limit key\) through X-Forwarded-For; give the number of proxies in front \(1\) or their addresses/,
      );
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }, cwd)).toMatchObject({ port: 4000, databaseUrl: undefined });
  });

  it('names every bad variable and what it must be', () => {
    let error: unknown;
    try {
      loadConfig(
        { PORT: '99999', DATABASE_URL: 'mysql://x', PARTICIPE_LOG_LEVEL: 'loud', PARTICIPE_BODY_LIMIT: '12kb', PARTICIPE_TRUST_PROXY: 'maybe', PARTICIPE_SEED_DEMO: 'yes', PARTICIPE_DEMO_ORIGINS: 'localhost:5000' },
        cwd,
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message.split('\n')).toEqual([
      'Invalid configuration:',
      'PORT: must be a whole number from 1 to 65535',
      'DATABASE_URL: must be a PostgreSQL URL such as postgres://user@host:5432/database',
      'PARTICIPE_LOG_LEVEL: must be one of "fatal", "error", "warn", "info", "debug", "trace", "silent"',
      'PARTICIPE_BODY_LIMIT: must be a whole number from 1024 to 10485760 (bytes)',
      'PARTICIPE_TRUST_PROXY: must be false, a number of proxy hops, or a comma-separated list of proxy addresses',
      'PARTICIPE_SEED_DEMO: must be one of "0", "1", "true", "false"',
      'PARTICIPE_DEMO_ORIGINS: must be origins such as http://localhost:4173, separated by commas',
    ]);
  });
});
