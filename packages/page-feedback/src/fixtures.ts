import { demoOrganisation, demoPrivacyNotice } from '@participe/core/fixtures';
import type { PageFeedbackInitiative } from './schema.js';

/** An open page-feedback initiative, as the collector serves it. */
export const pageFeedbackExample: PageFeedbackInitiative = {
  id: 'retroaction-pages',
  type: 'page-feedback',
  organisation: demoOrganisation,
  status: 'open',
  title: { fr: 'Rétroaction sur les pages', en: 'Page feedback' },
  opensAt: '2026-01-01T00:00:00-05:00',
  closesAt: '2027-12-31T23:59:59-05:00',
  moderation: 'none',
  allowedOrigins: ['http://localhost:4173', 'http://127.0.0.1:4173'],
  retentionDays: 365,
  privacyNotice: demoPrivacyNotice,
  resultsPublished: false,
  definition: { commentMaxLength: 500 },
};
