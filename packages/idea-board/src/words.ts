// Words every runtime of the idea board shares (the widget, the console, the CSV export): the
// official statuses and the vote models, in both languages. Pure data, no DOM.
import type { Language } from '@participe/core/schemas';
import type { IdeaStatus, VoteModel } from './schema.js';

export const statusWords: Record<Language, Record<IdeaStatus, string>> = {
  fr: {
    'under-review': 'À l’étude',
    accepted: 'Retenue',
    'in-progress': 'En cours de réalisation',
    done: 'Réalisée',
    declined: 'Non retenue',
    duplicate: 'En double',
  },
  en: {
    'under-review': 'Under review',
    accepted: 'Accepted',
    'in-progress': 'In progress',
    done: 'Done',
    declined: 'Declined',
    duplicate: 'Duplicate',
  },
};

export const voteModelWords: Record<Language, Record<VoteModel, string>> = {
  fr: { support: 'Appui seulement', 'up-down': 'Pour ou contre', stars: 'Note de 1 à 5 étoiles' },
  en: { support: 'Support only', 'up-down': 'For or against', stars: '1 to 5 star rating' },
};

/** A status's words, or the status itself for one this version does not know. */
export const statusLabel = (status: string, language: Language): string => statusWords[language][status as IdeaStatus] ?? status;
