// How channels, languages and moderation states are written, in tables and filters alike.

export const channelKeys = { web: 'channelWeb', paper: 'channelPaper', phone: 'channelPhone', organisation: 'channelOrganisation' } as const;
export const languageKeys = { fr: 'languageFr', en: 'languageEn' } as const;
export const moderationStateKeys = { pending: 'moderationPending', approved: 'moderationApproved', rejected: 'moderationRejected' } as const;
