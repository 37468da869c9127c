import { defineServer } from '@participe/core/server';
import { testimonialsType } from '../manifest.js';
import { testimonialsExportColumns } from './export.js';
import { testimonialsResults } from './results.js';

/** The collector facet of Testimonials: its results in SQL and its export column; no tables or routes of its own. */
export const testimonialsServer = defineServer({
  manifest: testimonialsType,
  results: testimonialsResults,
  exportColumns: testimonialsExportColumns,
  // A type that keeps its own tables lists their SQL migrations here (`{ tag: '0000_…', when, sql }`),
  // and its own HTTP routes below (docs/widget-guide.md, "Server facet").
  forgetParticipant: null,
  migrations: [],
  routes: [],
});
