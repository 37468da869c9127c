import { demoOrganisation, demoPrivacyNotice } from '@participe/core/fixtures';
import type { PageFeedbackInitiative, PageFeedbackReason } from './schema.js';

/** Reasons for "No" as Canada.ca's page feedback offers them: a starting point staff adapt. */
export const canadaLikeReasons: PageFeedbackReason[] = [
  { id: 'difficile-a-trouver', label: { fr: 'L’information est difficile à trouver', en: 'The information is hard to find' } },
  { id: 'pas-a-jour', label: { fr: 'L’information n’est pas à jour', en: 'The information is out of date' } },
  { id: 'difficile-a-comprendre', label: { fr: 'Ce n’est pas dans ma langue ou c’est difficile à comprendre', en: 'It is not in my language or hard to understand' } },
  { id: 'ne-fonctionne-pas', label: { fr: 'Quelque chose ne fonctionne pas', en: 'Something does not work' } },
  { id: 'autre', label: { fr: 'Autre raison', en: 'Another reason' } },
];

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
  definition: { commentMaxLength: 500, reasons: canadaLikeReasons },
};
