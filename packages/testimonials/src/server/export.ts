import { ANONYMISED, personalDetailKindsIn, type Language, type StaffContribution } from '@participe/core/schemas';
import { exportWords, type ExportColumn } from '@participe/core/server';
import type { TestimonialsDefinition, TestimonialsPayload } from '../schema.js';
import { changeLabel, flagWords, serviceLabel, visibilityWords } from '../words.js';

const headers = {
  fr: {
    text: 'Témoignage',
    service: 'Service',
    rating: 'Note (1 à 5)',
    firstName: 'Prénom',
    region: 'Région',
    visibility: 'Visibilité choisie',
    flags: 'Renseignements personnels signalés',
    edited: 'Modifié le',
    mark: 'Marque',
    replyFr: 'Réponse (français)',
    replyEn: 'Réponse (anglais)',
    reports: 'Signalements',
    hidden: 'Masqué le',
  },
  en: {
    text: 'Testimonial',
    service: 'Service',
    rating: 'Rating (1 to 5)',
    firstName: 'First name',
    region: 'Region',
    visibility: 'Visibility chosen',
    flags: 'Personal details flagged',
    edited: 'Edited on',
    mark: 'Mark',
    replyFr: 'Reply (French)',
    replyEn: 'Reply (English)',
    reports: 'Reports',
    hidden: 'Hidden on',
  },
} satisfies Record<Language, Record<string, string>>;

/**
 * One row per testimonial, readable: the text (as published, once a moderator edited it), its
 * service in words, the visibility its author chose, the personal details found automatically,
 * the organisation's mark and reply in both languages, open reports.
 */
export function testimonialsExportColumns(definition: TestimonialsDefinition, language: Language): ExportColumn[] {
  const words = headers[language];
  const payload = (contribution: StaffContribution) => (contribution.payload ?? {}) as Partial<TestimonialsPayload>;
  const text = (value: string | undefined) => (value === ANONYMISED ? exportWords[language].anonymised : value);
  const columns: ExportColumn[] = [];
  const column = (id: string, header: string, cell: ExportColumn['cell']) => columns.push({ id, header, cell });
  column('text', words.text, (c) => text(payload(c).text));
  column('service', words.service, (c) => {
    const service = payload(c).service;
    return service === undefined ? undefined : serviceLabel(definition, service, language);
  });
  if (definition.rating) column('rating', words.rating, (c) => payload(c).rating);
  column('first-name', words.firstName, (c) => text(payload(c).firstName));
  column('region', words.region, (c) => text(payload(c).region));
  column('visibility', words.visibility, (c) => {
    const visibility = payload(c).visibility;
    return visibility === undefined ? undefined : (visibilityWords[language][visibility] ?? visibility);
  });
  column('flags', words.flags, (c) => {
    const { text: story, firstName, region } = payload(c);
    return personalDetailKindsIn([story, firstName, region]).map((kind) => flagWords[language][kind]).join(', ') || undefined;
  });
  column('edited', words.edited, (c) => c.editedAt);
  column('mark', words.mark, (c) => (c.response ? changeLabel(c.response.status, language) : undefined));
  column('reply-fr', words.replyFr, (c) => c.response?.text?.fr);
  column('reply-en', words.replyEn, (c) => c.response?.text?.en);
  column('reports', words.reports, (c) => Object.values(c.reports ?? {}).reduce((sum, count) => sum + count, 0));
  column('hidden', words.hidden, (c) => c.hiddenAt);
  return columns;
}
