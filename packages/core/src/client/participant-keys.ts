// Where the browser keeps what ties it to an initiative: tiny, so that the base element can tell
// whether this browser took part (to offer "download / delete my answers") from its first chunk.

/** The anonymous participant id of this browser for one initiative (`collector` as `collectorBase` gives it). */
export const participantKey = (collector: string, initiative: string) => `participe:participant:${collector}:${initiative}`;

/** Set once the collector acknowledged a contribution of this browser to the initiative. */
export const contributedKey = (collector: string, initiative: string) => `participe:contributed:${collector}:${initiative}`;
