import { defineServer } from '@participe/core/server';
import { testimonialsType } from '../manifest.js';
import { testimonialsExportColumns } from './export.js';
import { testimonialsRoutes } from './routes.js';

/**
 * The collector facet of the testimonial wall: its wall by service and its per-service summary, in
 * SQL, and a readable export. Moderation (with edits that keep the original until retention),
 * reports, the organisation's replies and marks are the collector's own, for every type that
 * shows contributions; no tables of its own.
 */
export const testimonialsServer = defineServer({
  manifest: testimonialsType,
  results: null,
  exportColumns: testimonialsExportColumns,
  forgetParticipant: null,
  // No tables of its own; analysts code whole testimonials.
  anonymiseOwn: null,
  codableTexts: null,
  migrations: [],
  routes: testimonialsRoutes,
});
