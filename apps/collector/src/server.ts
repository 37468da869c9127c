import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './storage/open.js';
import { startRetention } from './domain/retention.js';
import { seedDemo } from './domain/seed.js';
import { logTransport, smtpTransport, startOutbox } from './domain/outbox.js';

/** Boots the collector from the environment; every failure to start exits non-zero with its reason. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[participe] ${error.message}`);
    process.exit(2);
  }

  // The app's logger does not exist yet; storage warnings (a lost connection) go to stderr meanwhile and after.
  const storageLog = { warn: (object: { err?: unknown }, message: string) => console.warn(`[participe] ${message}:`, object.err instanceof Error ? object.err.message : '') };
  const db = await openDatabase(config, storageLog);

  const app = await buildApp(config, { db });
  if (config.seedDemo) await seedDemo(db, { origins: config.demoOrigins });
  const retention = config.retentionIntervalMinutes > 0 ? startRetention(db, { intervalMs: config.retentionIntervalMinutes * 60_000, log: app.log }) : undefined;

  const outbox = await startOutbox(db, { transport: config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : logTransport(app.log), log: app.log });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    try {
      await retention?.stop();
      await outbox.stop();
      await app.close();
      await db.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(`storage: ${db.driver === 'postgres' ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`}`);
}

main().catch((error: unknown) => {
  console.error('[participe] the collector could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
