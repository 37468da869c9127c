// @ts-check
// Starts the whole demo: the collector (built, on the embedded database, seeded) and the ministry site.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startSite } from './site-server.js';

const collectorServer = fileURLToPath(new URL('../../collector/dist/server.js', import.meta.url));

/** The demo sign-in created by the collector's seed. */
export const demoSignIn = { email: 'demo@ministere-demo.example', password: 'demo-participe-2026' };

/**
 * @param {{ collectorPort: number, sitePort: number, dataDir: string, quiet?: boolean, env?: NodeJS.ProcessEnv }} options
 */
export async function startDemo({ collectorPort, sitePort, dataDir, quiet = false, env = {} }) {
  if (!existsSync(collectorServer)) throw new Error('the collector is not built: run `pnpm build` (or `pnpm start`, which builds first)');
  const collectorUrl = `http://localhost:${collectorPort}/`;
  const collector = spawn(process.execPath, [collectorServer], {
    env: {
      ...process.env,
      PORT: String(collectorPort),
      HOST: '127.0.0.1',
      PARTICIPE_DATA_DIR: dataDir,
      // The demo runs on its own embedded database, even where DATABASE_URL names a shared server.
      DATABASE_URL: '',
      PARTICIPE_SEED_DEMO: '1',
      PARTICIPE_LOG_LEVEL: quiet ? 'warn' : 'info',
      ...env,
    },
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => collector.once('exit', resolve));
  const stopCollector = async () => {
    if (collector.exitCode === null) collector.kill('SIGTERM');
    await exited;
  };

  try {
    for (let attempt = 0; ; attempt++) {
      if (collector.exitCode !== null) throw new Error(`the collector stopped (exit code ${collector.exitCode})`);
      if (await fetch(`${collectorUrl}healthz`).then((r) => r.ok, () => false)) break;
      // A fresh embedded database (initdb, migrations, seed) takes seconds, and much longer on a busy machine.
      if (attempt > 1200) throw new Error('the collector did not become healthy in 120 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const site = await startSite({ port: sitePort, collector: collectorUrl });
    return {
      collectorUrl,
      siteUrl: site.url,
      consoleUrl: `${collectorUrl}console/`,
      collector,
      async stop() {
        await site.close();
        await stopCollector();
      },
    };
  } catch (error) {
    await stopCollector();
    throw error;
  }
}
