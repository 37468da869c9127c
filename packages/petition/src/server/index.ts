import { defineServer } from '@participe/core/server';
import { petitionType } from '../manifest.js';
import { petitionExportColumns } from './export.js';
import { petitionMigrations } from './migrations.js';
import { petitionResults } from './results.js';
import { anonymisePetition } from './retention.js';
import { petitionRoutes } from './routes.js';

/**
 * The collector facet of the petition: its signatures table and routes (challenge, signing,
 * confirmation, count; staff: quarantine review, counts by region), the count as results, paper
 * signatures' export columns.
 */
export const petitionServer = defineServer({
  manifest: petitionType,
  results: petitionResults,
  exportColumns: petitionExportColumns,
  // Web signatures are tied to an address, never to a browser's participant id.
  forgetParticipant: null,
  anonymiseOwn: anonymisePetition,
  // Signatures hold no text to code: analysts count them.
  codableTexts: null,
  migrations: petitionMigrations,
  routes: petitionRoutes,
});
