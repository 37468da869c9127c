import type { Queryable } from '@participe/core/server';

/** How a question is aggregated; `consent` is counted like `count-only`, but only ticked boxes count. */
export type AggregateKind = 'choices' | 'numbers' | 'ranking' | 'matrix' | 'count-only' | 'consent';

/**
 * One figure of the survey's results. `part` says which: `responses` (count), `answered` (count per
 * question), `choice` (count per question and key), `value` (count per question and number),
 * `stats` (mean and median per question), `rank` (per question and choice: first places in count,
 * average rank in number), `cell` (count per question, row and column).
 */
export interface AggregateRow extends Record<string, unknown> {
  part: 'responses' | 'answered' | 'choice' | 'value' | 'stats' | 'rank' | 'cell';
  question: string | null;
  key: string | null;
  subkey: string | null;
  count: number;
  number: number | null;
  median: number | null;
}

// One statement, so that every figure comes from the same snapshot of the table. Answers are
// read only for the questions passed in ($2 ids, $3 kinds), skipping empty ones as the widget's
// rules define them: blank text, nothing chosen, an unticked consent box. Rejected contributions
// are not responses. Set-returning functions get a safe argument whatever the stored shape (SQL
// does not promise to filter rows before calling them).
const aggregateSql = `
WITH responses AS (
  SELECT id, payload->'answers' AS answers
  FROM contributions
  WHERE initiative_id = $1 AND moderation_state <> 'rejected'
),
questions AS (
  SELECT * FROM unnest($2::text[], $3::text[]) AS q(question, kind)
),
answers AS (
  SELECT r.id, q.question, q.kind, a.value
  FROM responses r
  CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(r.answers) = 'object' THEN r.answers ELSE '{}'::jsonb END) AS a
  JOIN questions q ON q.question = a.key
  WHERE CASE jsonb_typeof(a.value)
    WHEN 'null' THEN false
    WHEN 'string' THEN btrim(a.value #>> '{}') <> ''
    WHEN 'array' THEN jsonb_array_length(a.value) > 0
    WHEN 'boolean' THEN q.kind <> 'consent' OR a.value = 'true'::jsonb
    WHEN 'object' THEN
      CASE WHEN q.kind = 'choices'
        THEN CASE WHEN jsonb_typeof(a.value->'choices') = 'array' THEN jsonb_array_length(a.value->'choices') > 0 ELSE false END
          OR btrim(coalesce(a.value->>'other', '')) <> ''
        ELSE a.value <> '{}'::jsonb
      END
    ELSE true
  END
),
picks AS (
  SELECT question, CASE WHEN jsonb_typeof(value) = 'string' THEN value #>> '{}' WHEN value = 'true'::jsonb THEN 'yes' ELSE 'no' END AS choice
  FROM answers WHERE kind = 'choices' AND jsonb_typeof(value) IN ('string', 'boolean')
  UNION ALL
  SELECT a.question, c.choice
  FROM answers a
  CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(a.value->'choices') = 'array' THEN a.value->'choices' ELSE '[]'::jsonb END) AS c(choice)
  WHERE a.kind = 'choices'
  UNION ALL
  SELECT question, 'other' FROM answers
  WHERE kind = 'choices' AND jsonb_typeof(value) = 'object' AND btrim(coalesce(value->>'other', '')) <> ''
),
numbers AS (
  SELECT question, (value #>> '{}')::float8 AS number FROM answers WHERE kind = 'numbers' AND jsonb_typeof(value) = 'number'
),
ranks AS (
  SELECT a.question, r.choice, r.rank
  FROM answers a
  CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(a.value) = 'array' THEN a.value ELSE '[]'::jsonb END) WITH ORDINALITY AS r(choice, rank)
  WHERE a.kind = 'ranking'
),
cells AS (
  SELECT a.question, m.key AS row_id, m.value AS column_id
  FROM answers a
  CROSS JOIN LATERAL jsonb_each_text(CASE WHEN jsonb_typeof(a.value) = 'object' THEN a.value ELSE '{}'::jsonb END) AS m
  WHERE a.kind = 'matrix'
)
SELECT 'responses' AS part, NULL::text AS question, NULL::text AS key, NULL::text AS subkey, count(*)::int AS count,
       NULL::float8 AS number, NULL::float8 AS median
FROM responses
UNION ALL SELECT 'answered', question, NULL, NULL, count(*)::int, NULL, NULL FROM answers GROUP BY question
UNION ALL SELECT 'choice', question, choice, NULL, count(*)::int, NULL, NULL FROM picks GROUP BY question, choice
UNION ALL SELECT 'value', question, NULL, NULL, count(*)::int, number, NULL FROM numbers GROUP BY question, number
UNION ALL
SELECT 'stats', question, NULL, NULL, count(*)::int, round(avg(number)::numeric, 2)::float8,
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY number))::numeric, 2)::float8
FROM numbers GROUP BY question
UNION ALL
SELECT 'rank', question, choice, NULL, (count(*) FILTER (WHERE rank = 1))::int, round(avg(rank), 2)::float8, NULL
FROM ranks GROUP BY question, choice
UNION ALL SELECT 'cell', question, row_id, column_id, count(*)::int, NULL, NULL FROM cells GROUP BY question, row_id, column_id
`;

/** Every figure of a survey's results, computed by the database (contributions are never loaded). */
export function aggregateAnswers(db: Queryable, initiativeId: string, questions: ReadonlyArray<{ id: string; kind: AggregateKind }>): Promise<AggregateRow[]> {
  return db.query<AggregateRow>(aggregateSql, [initiativeId, questions.map((question) => question.id), questions.map((question) => question.kind)]);
}
