// @ts-check
// `pnpm start`: the demo ministry site, the collector on its embedded database and the staff console.
import { fileURLToPath } from 'node:url';
import { demoSignIn, startDemo } from './src/demo.js';

const dataDir = process.env.PARTICIPE_DATA_DIR ?? fileURLToPath(new URL('../../.data/demo', import.meta.url));
const demo = await startDemo({
  collectorPort: Number(process.env.PORT ?? 4000),
  sitePort: Number(process.env.DEMO_PORT ?? 4173),
  dataDir,
  quiet: true,
});

console.log(`
Participe is running.

  Ministry site (French)   ${demo.siteUrl}
  Ministry site (English)  ${demo.siteUrl}en/
  Staff console            ${demo.consoleUrl}
      sign in as ${demoSignIn.email} / ${demoSignIn.password}
  Collector API            ${demo.collectorUrl}v1/openapi.json
  Data                     ${dataDir} (embedded PostgreSQL; delete it to start afresh)

Ctrl+C stops everything.`);

const stop = async () => {
  await demo.stop();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
