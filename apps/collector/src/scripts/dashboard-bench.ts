// `node dist/dashboard-bench.js`: the organisation dashboard's queries on 100,000 contributions
// (`pnpm bench` runs it on a scratch PGlite directory and a scratch PostgreSQL database). Seeds the
// demo, adds the contributions in SQL, times the dashboard, prints one JSON line. Never point it at
// a database that matters: it writes 100,000 rows.
import { performance } from 'node:perf_hooks';
import { demoOrganisation } from '@participe/core/fixtures';
import { seedDemo } from '../domain/seed.js';
import { organisationDashboard } from '../storage/dashboard.js';
import { openDatabase } from '../storage/open.js';

const CONTRIBUTIONS = Number(process.env.BENCH_CONTRIBUTIONS ?? 100_000);
const RUNS = 7;

async function main(): Promise<void> {
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.PARTICIPE_DATA_DIR ?? '.participe-bench' });
  try {
    await seedDemo(db);
    const initiatives = (await db.query<{ id: string }>('SELECT id FROM initiatives WHERE organisation_id = $1 ORDER BY id', [demoOrganisation.id])).map((row) => row.id);
    // Spread over the demo's initiatives and the last 90 days; a mix of channels, languages and states.
    await db.query(
      `INSERT INTO contributions (id, initiative_id, idempotency_key, body_hash, participant_hash, channel, language, payload, moderation_state, received_at, entered_by)
       SELECT gen_random_uuid(), ($1::text[])[1 + n % array_length($1::text[], 1)], gen_random_uuid(), 'bench', md5(n::text),
         CASE WHEN n % 7 = 0 THEN 'paper' ELSE 'web' END, CASE WHEN n % 3 = 0 THEN 'en' ELSE 'fr' END, '{}'::jsonb,
         CASE WHEN n % 50 = 0 THEN 'pending' ELSE 'approved' END, now() - (n % 90) * interval '1 day' - (n % 1440) * interval '1 minute',
         CASE WHEN n % 7 = 0 THEN gen_random_uuid() ELSE NULL END
       FROM generate_series(1, $2::int) AS n`,
      [initiatives, CONTRIBUTIONS],
    );
    await db.query('ANALYZE contributions');
    const timings: number[] = [];
    let count = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const figures = await organisationDashboard(db, demoOrganisation.id, new Date(), 30, () => true);
      timings.push(performance.now() - started);
      count = figures.reduce((sum, item) => sum + item.total, 0);
    }
    timings.sort((a, b) => a - b);
    console.log(JSON.stringify({ driver: db.driver, contributions: count, initiatives: initiatives.length, medianMs: timings[Math.floor(RUNS / 2)], worstMs: timings.at(-1) }));
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error('[participe] the dashboard benchmark failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
