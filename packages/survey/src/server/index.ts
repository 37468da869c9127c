import { defineServer } from '@participe/core/server';
import { surveyType } from '../manifest.js';
import { surveyExportColumns } from './export.js';
import { surveyResults } from './results.js';
import { surveyCodableTexts } from './codable-texts.js';

/** The collector facet of surveys: results per question in SQL, one readable export column per question. */
export const surveyServer = defineServer({
  manifest: surveyType,
  results: surveyResults,
  exportColumns: surveyExportColumns,
  forgetParticipant: null,
  codableTexts: surveyCodableTexts,
  anonymiseOwn: null,
  migrations: [],
  routes: [],
});
