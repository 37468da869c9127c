import { defineServer } from '@participe/core/server';
import { pageFeedbackType } from '../manifest.js';
import { pageFeedbackResults } from './results.js';

/** The collector facet of page feedback: its results; no tables or routes of its own. */
export const pageFeedbackServer = defineServer({
  manifest: pageFeedbackType,
  results: pageFeedbackResults,
  // Answer, comment and page read well flattened (`payload.answer`, `payload.comment`, `payload.page`).
  exportColumns: null,
  forgetParticipant: null,
  // Analysts code whole contributions.
  codableTexts: null,
  anonymiseOwn: null,
  migrations: [],
  routes: [],
});
