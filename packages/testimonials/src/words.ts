// Words every runtime of the testimonial wall shares (the widget, the console, the CSV export):
// visibilities and the organisation's marks, in both languages. Pure data, no DOM.
import type { Language, PersonalDetailKind } from '@participe/core/schemas';
import type { ChangeStatus, TestimonialsDefinition, Visibility } from './schema.js';

export const visibilityWords: Record<Language, Record<Visibility, string>> = {
  fr: { public: 'Publier sur cette page', ministry: 'Pour le Ministère seulement', statistics: 'Pour les statistiques seulement' },
  en: { public: 'Publish on this page', ministry: 'For the Ministry only', statistics: 'For statistics only' },
};

export const changeWords: Record<Language, Record<ChangeStatus, string>> = {
  fr: { reply: 'Réponse', 'change-planned': 'Changement prévu', 'change-made': 'Changement apporté' },
  en: { reply: 'Reply', 'change-planned': 'Change planned', 'change-made': 'Change made' },
};

/** A mark's words, or the status itself for one this version does not know. */
export const changeLabel = (status: string, language: Language): string => changeWords[language][status as ChangeStatus] ?? status;

/** A service's label, or its id when the definition no longer lists it. */
export const serviceLabel = (definition: TestimonialsDefinition, id: string, language: Language): string =>
  definition.services.find((service) => service.id === id)?.label[language] ?? id;

/** What kind of personal detail was found automatically (core's `findPersonalDetails`). */
export const flagWords: Record<Language, Record<PersonalDetailKind, string>> = {
  fr: { email: 'courriel', phone: 'numéro de téléphone', 'health-card': 'numéro d’assurance maladie', 'social-insurance': 'numéro d’assurance sociale' },
  en: { email: 'email', phone: 'phone number', 'health-card': 'health card number', 'social-insurance': 'social insurance number' },
};
