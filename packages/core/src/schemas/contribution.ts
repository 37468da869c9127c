import * as z from 'zod/mini';
import { Instant, Language, RandomId, Slug } from './common.js';
import { InitiativeType } from './initiative.js';

/** How a contribution reached the ministry: on the web, or keyed in by staff from paper or a phone call. */
export const Channel = z.enum(['web', 'paper', 'phone']);
export type Channel = z.infer<typeof Channel>;

/**
 * What every widget sends. `payload` is checked against the initiative type's own schema;
 * the idempotency key makes retries safe: the collector stores one row per key.
 */
export const ContributionEnvelope = z.strictObject({
  initiative: Slug,
  type: InitiativeType,
  payload: z.unknown(),
  idempotencyKey: RandomId,
  /** Random per initiative and per browser: it links a person's contributions to one initiative, never across. */
  participant: RandomId,
  channel: Channel,
  language: Language,
});
export type ContributionEnvelope = z.infer<typeof ContributionEnvelope>;

/** The collector's answer once a contribution is durably stored. */
export const Acknowledgement = z.strictObject({
  id: z.uuid(),
  receivedAt: Instant,
});
export type Acknowledgement = z.infer<typeof Acknowledgement>;
