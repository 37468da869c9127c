import type { Queryable, ResultsQuery } from '@participe/core/server';
import { binsOf, linesOf, positionsOf, positionsPerBin, scaleOf } from '../rules.js';
import type { BudgetLineResult } from '../schema.js';
import type { budgetType } from '../manifest.js';

/**
 * One figure of the results. `part` says which: `responses` (allocations counted), `line` (per
 * line: answered, increased, kept, decreased, mean, median), `bin` (per line and bin: count).
 */
interface AggregateRow extends Record<string, unknown> {
  part: 'responses' | 'line' | 'bin';
  line: string | null;
  bin: number | null;
  count: number;
  increased: number | null;
  kept: number | null;
  decreased: number | null;
  mean: number | null;
  median: number | null;
}

// One statement, so that every figure comes from the same snapshot of the table. Values are read
// only for the lines passed in ($2…), and only where they are JSON numbers (a payload stored under
// an older definition may lack a line, or hold anything): the CASE keeps the cast from ever seeing
// anything else, whatever order the planner evaluates the filters in. A value outside the line's
// current bounds (the definition changed since) is counted in the nearest end bin. Rejected
// contributions are not responses.
const aggregateSql = `
WITH responses AS (
  SELECT id, CASE WHEN jsonb_typeof(payload->'values') = 'object' THEN payload->'values' ELSE '{}'::jsonb END AS v
  FROM contributions
  WHERE initiative_id = $1 AND moderation_state <> 'rejected'
),
lines AS (
  SELECT * FROM unnest($2::text[], $3::float8[], $4::float8[], $5::float8[], $6::int[], $7::int[]) AS l(line, current, min, step, per_bin, bins)
),
answers AS (
  SELECT l.line, l.current, l.min, l.step, l.per_bin, l.bins,
         CASE WHEN jsonb_typeof(r.v->l.line) = 'number' THEN (r.v->>l.line)::float8 END AS value
  FROM responses r CROSS JOIN lines l
),
given AS (
  SELECT * FROM answers WHERE value IS NOT NULL
)
SELECT 'responses' AS part, NULL::text AS line, NULL::int AS bin, count(*)::int AS count,
       NULL::int AS increased, NULL::int AS kept, NULL::int AS decreased, NULL::float8 AS mean, NULL::float8 AS median
FROM responses
UNION ALL
SELECT 'line', line, NULL, count(*)::int,
       (count(*) FILTER (WHERE value > current))::int, (count(*) FILTER (WHERE value = current))::int, (count(*) FILTER (WHERE value < current))::int,
       avg(value), percentile_cont(0.5) WITHIN GROUP (ORDER BY value)
FROM given GROUP BY line
UNION ALL
SELECT 'bin', line, bin, count(*)::int, NULL, NULL, NULL, NULL, NULL
FROM (SELECT line, least(greatest(floor((value - min) / step / per_bin)::int, 0), bins - 1) AS bin FROM given) AS binned
GROUP BY line, bin
`;

async function aggregate(db: Queryable, initiative: string, lines: ReturnType<typeof linesOf>): Promise<AggregateRow[]> {
  const scales = lines.map(({ line }) => ({ line, scale: scaleOf(line) }));
  return db.query<AggregateRow>(aggregateSql, [
    initiative,
    scales.map(({ line }) => line.id),
    scales.map(({ scale }) => scale.current),
    scales.map(({ scale }) => scale.min),
    scales.map(({ scale }) => scale.step),
    scales.map(({ scale }) => positionsPerBin(scale)),
    scales.map(({ scale }) => Math.ceil(positionsOf(scale) / positionsPerBin(scale))),
  ]);
}

/** Means and medians in cents (or units): two decimals are plenty. */
const rounded = (value: unknown) => (value === null || value === undefined ? null : Math.round(Number(value) * 100) / 100);

/**
 * Per line, in the definition's order: how many allocations increased, kept and decreased it
 * (against today's amount), the mean and median, and how many chose each bin of its range
 * (`binsOf`), zeroes included. Counted in SQL; rejected contributions left out.
 */
export const budgetResults: ResultsQuery<typeof budgetType> = async (db, initiative) => {
  const lines = linesOf(initiative.definition);
  const rows = await aggregate(db, initiative.id, lines);
  const responses = rows.find((row) => row.part === 'responses')?.count ?? 0;
  return {
    initiative: initiative.id,
    type: 'budget',
    responses: Number(responses),
    lines: lines.map(({ line }): BudgetLineResult => {
      const figures = rows.find((row) => row.part === 'line' && row.line === line.id);
      const counts = new Map(rows.filter((row) => row.part === 'bin' && row.line === line.id).map((row) => [Number(row.bin), Number(row.count)]));
      return {
        line: line.id,
        answered: Number(figures?.count ?? 0),
        increased: Number(figures?.increased ?? 0),
        kept: Number(figures?.kept ?? 0),
        decreased: Number(figures?.decreased ?? 0),
        mean: rounded(figures?.mean),
        median: rounded(figures?.median),
        distribution: binsOf(line).map((bin, index) => ({ ...bin, count: counts.get(index) ?? 0 })),
      };
    }),
  };
};
