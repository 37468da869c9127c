import * as z from 'zod/mini';
import { coded, initiativeOf, Instant, localizedText, Slug, text } from '@participe/core/schemas';

/** `sign`: citizens sign here. `hand-off`: the petition is lodged elsewhere (the National Assembly); the widget links there and collects nothing. */
export const petitionModes = ['sign', 'hand-off'] as const;
export type PetitionMode = (typeof petitionModes)[number];

/** An https address (a hand-off petition's page on another site). */
const HttpsUrl = z.string().check(
  z.maxLength(2000),
  z.refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, coded('https_url', 'must be an https address')),
);

/** The organisation's official response, in both languages, once published. */
export const PetitionResponse = z.strictObject({
  text: localizedText(10_000),
  publishedAt: Instant,
});
export type PetitionResponse = z.infer<typeof PetitionResponse>;

export const PetitionDefinition = z
  .strictObject({
    mode: z._default(z.enum(petitionModes), 'sign'),
    /** The petition itself (the "whereas" and the request), in both languages. */
    text: localizedText(10_000),
    /** Who lodged it: a person or a group, shown publicly with the petition. */
    author: text(200),
    /** Confirmed signatures that oblige the organisation to answer officially. */
    threshold: z._default(z.int().check(z.minimum(1), z.maximum(10_000_000)), 1000),
    /** Hand-off mode: where the petition is signed. */
    handOffUrl: z.optional(HttpsUrl),
    /** Published once written: the widget shows it in both languages. */
    response: z.optional(PetitionResponse),
    /**
     * How much proof-of-work a signature costs the signer's browser: the range of numbers its
     * challenge is drawn from (a second or two on a phone at the default).
     */
    challengeRange: z._default(z.int().check(z.minimum(100), z.maximum(5_000_000)), 200_000),
  })
  .check(
    z.refine(
      (definition) => definition.mode !== 'hand-off' || definition.handOffUrl !== undefined,
      coded('hand_off_url_required', 'a hand-off petition needs handOffUrl, where it is signed', { path: ['handOffUrl'] }),
    ),
  );
export type PetitionDefinition = z.infer<typeof PetitionDefinition>;
export type PetitionDefinitionInput = z.input<typeof PetitionDefinition>;

/** An initiative of this type as the collector serves it (the widget loads it lazily, see the element). */
export const PetitionInitiative = initiativeOf('petition', PetitionDefinition);
export type PetitionInitiative = z.infer<typeof PetitionInitiative>;

/**
 * A Canadian postal code, `A1A 1A1` (letters D, F, I, O, Q and U never appear; W and Z never
 * first), stored upper case with one space.
 */
export const postalCodePattern = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/;
export const PostalCode = z.pipe(
  z.string().check(
    z.trim(),
    z.toUpperCase(),
    z.refine((value) => postalCodePattern.test(value), coded('postal_code', 'must be a Canadian postal code such as H2X 1Y4')),
  ),
  z.transform((value) => `${value.replace(' ', '').slice(0, 3)} ${value.replace(' ', '').slice(3)}`),
);

/** An email address as people type it (checked loosely here; the collector normalises and checks its domain). */
export const Email = z.string().check(z.trim(), z.maxLength(254), z.email());

/** The signer's name, as they want it counted. */
export const SignerName = text(120);

/**
 * A signature keyed in by staff from paper or phone (the collector's generic contributions, flagged
 * by channel): no address is kept (nothing to confirm, and exports must never carry one); the
 * signer's consent was on the paper form.
 */
export const petitionPayload = (_definition: PetitionDefinition) =>
  z.strictObject({
    name: SignerName,
    postalCode: PostalCode,
    consent: z.literal(true),
  });
export type PetitionPayload = z.infer<ReturnType<typeof petitionPayload>>;

/** A proof-of-work challenge, signed by the collector (altcha-lib's `Challenge`). */
export const Challenge = z.strictObject({
  parameters: z.record(z.string(), z.unknown()),
  signature: z.string().check(z.maxLength(200)),
});
export type Challenge = z.infer<typeof Challenge>;

/** The solved proof-of-work (altcha-lib's payload: the signed challenge and the solution). */
export const ChallengeSolution = z.strictObject({
  challenge: Challenge,
  solution: z.strictObject({
    counter: z.int().check(z.minimum(0)),
    derivedKey: z.string().check(z.maxLength(200)),
    time: z.optional(z.number()),
  }),
});
export type ChallengeSolution = z.infer<typeof ChallengeSolution>;

/** What the widget sends to sign: only what is needed, plus the proof-of-work and where to come back to confirm. */
export const SignRequest = z.strictObject({
  name: SignerName,
  email: Email,
  postalCode: PostalCode,
  consent: z.literal(true),
  language: z.enum(['fr', 'en']),
  /** The page the widget is on: the confirmation link leads back there (its origin must be allowed). */
  page: z.string().check(z.maxLength(2000), z.url({ protocol: /^https?$/ })),
  proof: ChallengeSolution,
});
export type SignRequest = z.infer<typeof SignRequest>;

/**
 * The same answer whether the address had signed or not (a stranger must not learn who signed):
 * "check your email". A new confirmation mail goes out at most once in a while.
 */
export const SignReceipt = z.strictObject({ status: z.literal('check-email') });
export type SignReceipt = z.infer<typeof SignReceipt>;

/** A confirmation token: what the link in the email carries (after `#petition-confirm=`). */
export const ConfirmationToken = z.string().check(z.regex(/^[A-Za-z0-9_-]{32,64}$/, 'must be a confirmation token'));
export const ConfirmRequest = z.strictObject({ token: ConfirmationToken });
/** `confirmed` now, or `already-confirmed` (a replayed link changes nothing). */
export const ConfirmReceipt = z.strictObject({ status: z.enum(['confirmed', 'already-confirmed']) });
export type ConfirmReceipt = z.infer<typeof ConfirmReceipt>;

/** The live count, as anyone reads it. */
export const SignatureCount = z.strictObject({
  signatures: z.int().check(z.minimum(0)),
  threshold: z.int().check(z.minimum(1)),
});
export type SignatureCount = z.infer<typeof SignatureCount>;

/** Live event `petition-count`: the count changed. */
export const COUNT_EVENT = 'petition-count';

/** A signature's state: awaiting its email confirmation, counted, held for review, or refused by staff. */
export const signatureStates = ['pending', 'confirmed', 'quarantined', 'invalidated'] as const;
export type SignatureState = (typeof signatureStates)[number];

/** A quarantined signature as staff review it: never the raw address (its domain only). */
export const QuarantinedSignature = z.strictObject({
  id: z.uuid(),
  name: z.string(),
  postalPrefix: z.string(),
  emailDomain: z.string(),
  reasons: z.array(z.string()),
  signedAt: Instant,
});
export type QuarantinedSignature = z.infer<typeof QuarantinedSignature>;
export const QuarantinePage = z.strictObject({ items: z.array(QuarantinedSignature) });
export type QuarantinePage = z.infer<typeof QuarantinePage>;

/** Staff decide on quarantined signatures in bulk. */
export const ReviewRequest = z.strictObject({
  ids: z.array(z.uuid()).check(z.minLength(1), z.maxLength(500)),
  decision: z.enum(['validate', 'invalidate']),
});
export type ReviewRequest = z.infer<typeof ReviewRequest>;
export const ReviewResult = z.strictObject({ changed: z.int().check(z.minimum(0)) });

/** Confirmed signatures by region (first three characters of the postal code: the forward sortation area). */
export const RegionCounts = z.strictObject({
  regions: z.array(z.strictObject({ region: z.string(), signatures: z.int().check(z.minimum(0)) })),
  total: z.int().check(z.minimum(0)),
  /** Web signatures awaiting their email confirmation (not counted). */
  pending: z.int().check(z.minimum(0)),
  /** Confirmed web signatures held for review (not counted until validated). */
  quarantined: z.int().check(z.minimum(0)),
});
export type RegionCounts = z.infer<typeof RegionCounts>;

/** Published results: confirmed signatures (web and paper) against the threshold. */
export const PetitionResults = z.strictObject({
  initiative: Slug,
  type: z.literal('petition'),
  signatures: z.int().check(z.minimum(0)),
  threshold: z.int().check(z.minimum(1)),
});
export type PetitionResults = z.infer<typeof PetitionResults>;
