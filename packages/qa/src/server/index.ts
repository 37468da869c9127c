import { defineServer } from '@participe/core/server';
import { qaType } from '../manifest.js';
import { qaExportColumns } from './export.js';
import { qaResults } from './results.js';

/** The collector facet of Live Q&A: its results in SQL and its export column; no tables or routes of its own. */
export const qaServer = defineServer({
  manifest: qaType,
  results: qaResults,
  exportColumns: qaExportColumns,
  // A type that keeps its own tables lists their SQL migrations here (`{ tag: '0000_…', when, sql }`),
  // and its own HTTP routes below (docs/widget-guide.md, "Server facet").
  forgetParticipant: null,
  migrations: [],
  routes: [],
});
