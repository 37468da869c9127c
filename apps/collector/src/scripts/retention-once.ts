// `node dist/retention-once.js`: one run of the retention job (from cron, say), then exit. Reads the
// same environment as the server; prints the run's counts as one JSON line.
import { ConfigError, loadConfig } from '../config.js';
import { runRetention } from '../domain/retention.js';
import { openDatabase } from '../storage/open.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[participe] ${error.message}`);
    process.exit(2);
  }
  const db = await openDatabase(config);
  try {
    console.log(JSON.stringify({ retention: await runRetention(db) }));
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error('[participe] the retention run failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
