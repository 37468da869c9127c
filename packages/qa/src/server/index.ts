import { defineServer } from '@participe/core/server';
import { qaType } from '../manifest.js';
import { qaExportColumns } from './export.js';
import { qaMigrations } from './migrations.js';
import { deleteParticipantVotes } from './queries.js';
import { qaResults } from './results.js';
import { qaRoutes } from './routes.js';

export { PIN_EVENT, VOTES_EVENT } from './routes.js';

/**
 * The collector facet of the live Q&A: its votes and pin tables, its routes (the list with votes,
 * upvotes, merging duplicates, pinning), results and a readable export. Moderation, corrections,
 * answers, reports and live updates are the collector's own, for every type that shows contributions.
 */
export const qaServer = defineServer({
  manifest: qaType,
  results: qaResults,
  exportColumns: qaExportColumns,
  forgetParticipant: (tx, initiative, participantHash) => deleteParticipantVotes(tx, initiative.id, participantHash),
  // Votes name no one once the questions are anonymised; analysts code whole questions.
  anonymiseOwn: null,
  codableTexts: null,
  migrations: qaMigrations,
  routes: qaRoutes,
});
