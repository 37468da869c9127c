import type { Language } from '../schemas/common.js';

/** The metadata every contribution carries, as export columns. */
export const contributionFields = ['id', 'receivedAt', 'channel', 'language', 'moderationState', 'participant', 'enteredBy'] as const;
export type ContributionField = (typeof contributionFields)[number];

export interface ExportWords {
  /** Headers of the metadata columns. */
  fields: Record<ContributionField, string>;
  yes: string;
  no: string;
  other: string;
  /** The column of a comment left beside an answer. */
  comment: string;
  /** "Don't know / unsure", where a yes/no or a scale offers it. */
  unsure: string;
  /** What a personal answer shows once retention removed it (`ANONYMISED` in storage). */
  anonymised: string;
  /** Heads a theme's column (`Thème : Transport`). */
  theme: (name: string) => string;
}

/** The few words readable exports need, in both official languages. */
export const exportWords: Record<Language, ExportWords> = {
  fr: {
    fields: {
      id: 'Identifiant',
      receivedAt: 'Reçu le',
      channel: 'Canal',
      language: 'Langue',
      moderationState: 'Modération',
      participant: 'Participant',
      enteredBy: 'Saisi par',
    },
    yes: 'Oui',
    no: 'Non',
    other: 'Autre',
    comment: 'commentaire',
    unsure: 'Je ne sais pas',
    anonymised: '(anonymisé)',
    theme: (name) => `Thème : ${name}`,
  },
  en: {
    fields: {
      id: 'ID',
      receivedAt: 'Received at',
      channel: 'Channel',
      language: 'Language',
      moderationState: 'Moderation',
      participant: 'Participant',
      enteredBy: 'Entered by',
    },
    yes: 'Yes',
    no: 'No',
    other: 'Other',
    comment: 'comment',
    unsure: 'Don’t know',
    anonymised: '(anonymised)',
    theme: (name) => `Theme: ${name}`,
  },
};
