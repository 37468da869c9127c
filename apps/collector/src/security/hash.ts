import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so that the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The pseudonym the collector keeps instead of a participant id: SHA-256 of the initiative and
 * the id. The id is 122 random bits, so the hash cannot be reversed or guessed; including the
 * initiative means one id sent to two initiatives still gives two unrelated pseudonyms. Only the
 * browser holding the id can show it again (to read or delete its contributions).
 */
export const participantHash = (initiativeId: string, participant: string) => sha256(`${initiativeId}:${participant.toLowerCase()}`);
