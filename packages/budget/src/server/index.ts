import { defineServer } from '@participe/core/server';
import { budgetType } from '../manifest.js';
import { budgetExportColumns } from './export.js';
import { budgetResults } from './results.js';

/** The collector facet of budgets: results per line in SQL, one readable export column per line. */
export const budgetServer = defineServer({
  manifest: budgetType,
  results: budgetResults,
  exportColumns: budgetExportColumns,
  // Allocations are contributions like any other: no table or route of its own.
  forgetParticipant: null,
  // Analysts code whole contributions.
  codableTexts: null,
  anonymiseOwn: null,
  migrations: [],
  routes: [],
});
