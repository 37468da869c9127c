// The public count, exact and cheap under bursts: one count query serves every reader of this
// process for up to a second (a confirmation here makes the next reader count again), and live
// viewers hear of changes at most once a second per process — the last change always announced.
import type { Queryable, RouteKit } from '@participe/core/server';
import { COUNT_EVENT, type SignatureCount } from '../schema.js';
import { countSignatures } from './counts.js';

const FRESH_MS = 1000;

interface Cached {
  at: number;
  value: Promise<number>;
}
const counts = new Map<string, Cached>();

/** The count, shared by concurrent readers of this process. */
export function cachedCount(db: Queryable, initiativeId: string): Promise<number> {
  const cached = counts.get(initiativeId);
  if (cached && Date.now() - cached.at < FRESH_MS) return cached.value;
  const value = countSignatures(db, initiativeId);
  counts.set(initiativeId, { at: Date.now(), value });
  // A failed count is not kept.
  value.catch(() => counts.delete(initiativeId));
  return value;
}

const pending = new Map<string, ReturnType<typeof setTimeout>>();
const lastAnnounced = new Map<string, number>();

/**
 * Tells live viewers the count changed (after the change committed): now if the last announce was
 * more than a second ago, otherwise once that second is over. Failures are dropped: the next change
 * (or a reload) carries the count.
 */
export function countChanged(kit: RouteKit, initiativeId: string, threshold: number): void {
  counts.delete(initiativeId);
  if (pending.has(initiativeId)) return;
  const wait = Math.max(0, (lastAnnounced.get(initiativeId) ?? 0) + FRESH_MS - Date.now());
  const timer = setTimeout(() => {
    pending.delete(initiativeId);
    lastAnnounced.set(initiativeId, Date.now());
    counts.delete(initiativeId);
    void countSignatures(kit.db, initiativeId)
      .then((signatures) => kit.publish(kit.db, COUNT_EVENT, { signatures, threshold } satisfies SignatureCount))
      .catch(() => undefined);
  }, wait);
  (timer as { unref?: () => void }).unref?.();
  pending.set(initiativeId, timer);
}
