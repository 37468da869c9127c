// The storage contract lives in core (`@participe/core/server`): type facets query through it too.
export type { Database, Queryable, Row } from '@participe/core/server';
