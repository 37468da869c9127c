import { defineServer } from '@participe/core/server';
import { ideaBoardType } from '../manifest.js';
import { ideaBoardExportColumns } from './export.js';
import { ideaBoardMigrations } from './migrations.js';
import { deleteParticipantVotes } from './queries.js';
import { ideaBoardRoutes } from './routes.js';

/**
 * The collector facet of the idea board: its votes table and routes (list sorted by votes,
 * similar ideas, votes, merging duplicates), a readable export with the counts. Reports, official
 * answers, corrections and the discussion wall's list are the collector's own, for every type
 * that shows contributions.
 */
export const ideaBoardServer = defineServer({
  manifest: ideaBoardType,
  results: null,
  exportColumns: ideaBoardExportColumns,
  forgetParticipant: (tx, initiative, participantHash) => deleteParticipantVotes(tx, initiative.id, participantHash),
  // Analysts code whole contributions.
  codableTexts: null,
  anonymiseOwn: null,
  migrations: ideaBoardMigrations,
  routes: ideaBoardRoutes,
});
