// The petition's own routes. Public: a proof-of-work challenge, signing, the state of a confirmation
// link (GET: changes nothing), its confirmation (POST: the button), the live count. Staff: the
// quarantine and its review in bulk, counts by region.
import { createHash, randomBytes } from 'node:crypto';
import * as z from 'zod/mini';
import { availability } from '@participe/core/schemas';
import { RouteProblem, type RouteKit, type ServerInitiative, type TypeRoute } from '@participe/core/server';
import {
  Challenge,
  ConfirmReceipt,
  ConfirmRequest,
  QuarantinePage,
  RegionCounts,
  ReviewRequest,
  ReviewResult,
  SignatureCount,
  SignReceipt,
  SignRequest,
  type PetitionDefinition,
} from '../schema.js';
import { regionOf } from '../personal-data.js';
import { checkProof, newChallenge } from './challenge.js';
import { countByRegion, uncounted } from './counts.js';
import { domainOf, isDisposable, normaliseEmail } from './email.js';
import { ADDRESS_MAILS, claimChallenge, countAttempt, pruneLimits, REQUESTER_LIMIT, REQUESTER_SUSPICIOUS } from './limits.js';
import { cachedCount, countChanged } from './live-count.js';
import { alreadySignedMail, confirmationMail } from './mail.js';
import { confirmSignature, insertSignature, lockSignatureByKey, quarantined, remailed, review, signatureByToken } from './signatures.js';
import { keyed, petitionSecret } from './secrets.js';

type Initiative = ServerInitiative<PetitionDefinition>;

/** A confirmation link works this long after it was sent. */
const LINK_DAYS = 7;
/** A second attempt with the same address gets a new email only after this. */
const REMAIL_MINUTES = 15;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Signatures are taken in sign mode only, while the petition is open. */
function refuseSigningNow(initiative: Initiative, now: Date): void {
  if (initiative.definition.mode !== 'sign') throw new RouteProblem(409, 'petition_handed_off', 'This petition is signed on another site: follow its link.');
  const { opensAt, closesAt } = initiative.settings;
  const state = availability({ status: initiative.status, opensAt, closesAt }, now);
  if (state === 'closed') throw new RouteProblem(409, 'initiative_closed', 'This petition is closed: it no longer takes signatures.');
  if (state === 'upcoming') throw new RouteProblem(409, 'initiative_not_open', 'This petition is not open yet.');
}

/** The confirmation link leads back to the page the widget is on: only a page of an allowed origin. */
function pageOf(initiative: Initiative, page: string): URL {
  const url = new URL(page);
  if (!initiative.settings.allowedOrigins.includes(url.origin)) {
    throw new RouteProblem(400, 'validation_failed', `The page ${url.origin} is not one this petition is embedded in.`);
  }
  url.hash = '';
  return url;
}

/** What looks like a campaign rather than a person, for silent quarantine (staff decide). */
function suspicions(name: string, fromRequester: number): string[] {
  const reasons: string[] = [];
  if (fromRequester > REQUESTER_SUSPICIOUS) reasons.push('many-from-one-network');
  if (/https?:|www\.|\d{3,}|[<>{}[\]]/i.test(name) || /^(.)\1+$/.test(name.replace(/\s/g, ''))) reasons.push('unusual-name');
  return reasons;
}

const challenge: TypeRoute<PetitionDefinition> = {
  method: 'GET',
  path: 'challenge',
  access: 'public',
  summary: 'A proof-of-work challenge (ALTCHA) to solve before signing: valid 15 minutes, once',
  schema: { response: Challenge },
  async handle({ initiative, now }, kit) {
    refuseSigningNow(initiative, now);
    return newChallenge(await petitionSecret(kit.db, initiative.id), initiative.id, initiative.definition.challengeRange);
  },
};

const sign: TypeRoute<PetitionDefinition> = {
  method: 'POST',
  path: 'signatures',
  access: 'public',
  status: 202,
  summary:
    'Sign: the same answer whether or not the address signed before ("check your email"); a confirmation email goes out (at most twice an hour per address), the signature counts once confirmed',
  schema: { body: SignRequest, response: SignReceipt },
  async handle({ initiative, body, now }, kit) {
    const request = body as SignRequest;
    refuseSigningNow(initiative, now);
    const page = pageOf(initiative, request.page);
    if (isDisposable(request.email)) {
      throw new RouteProblem(400, 'email_disposable', 'This address is from a disposable-email provider: sign with an address you keep.');
    }
    const secret = await petitionSecret(kit.db, initiative.id);
    const proof = await checkProof(secret, initiative.id, request.proof);
    if (!proof.ok) {
      throw new RouteProblem(400, proof.reason === 'expired' ? 'challenge_expired' : 'challenge_failed', proof.reason === 'expired' ? 'The challenge expired: ask for a new one.' : 'The proof-of-work does not solve a challenge of this petition.');
    }
    const emailKey = keyed(secret, 'email', normaliseEmail(request.email));
    const requester = kit.requesterKey(keyed(secret, 'requester', initiative.id));
    const title = initiative.settings.title[request.language];
    if (Math.random() < 0.01) await pruneLimits(kit.db, now);
    await kit.db.transaction(async (tx) => {
      if (!(await claimChallenge(tx, request.proof.challenge.signature, proof.expiresAt))) {
        throw new RouteProblem(400, 'challenge_used', 'This challenge was already used: ask for a new one.');
      }
      const fromRequester = await countAttempt(tx, initiative.id, `requester:${requester}`, now);
      if (fromRequester > REQUESTER_LIMIT) throw new RouteProblem(429, 'rate_limited', 'Too many signatures from this network for this petition: try again in an hour.');
      const forAddress = await countAttempt(tx, initiative.id, `email:${emailKey}`, now);
      const token = randomBytes(32).toString('base64url');
      const link = () => {
        const url = new URL(page);
        url.hash = `petition-confirm=${token}`;
        return url.href;
      };
      const id = await insertSignature(tx, {
        initiativeId: initiative.id,
        emailKey,
        email: request.email,
        emailDomain: domainOf(request.email),
        name: request.name,
        postalCode: request.postalCode,
        region: regionOf(request.postalCode),
        language: request.language,
        reasons: suspicions(request.name, fromRequester),
        tokenHash: tokenHash(token),
        now,
      });
      if (id) {
        await kit.mail(tx, confirmationMail({ to: request.email, language: request.language, title, link: link() }));
        return;
      }
      // Signed before: the answer is the same; the address's owner hears of it, without a flood.
      const existing = await lockSignatureByKey(tx, initiative.id, emailKey);
      const recently = existing?.mailedAt && now.getTime() - existing.mailedAt.getTime() < REMAIL_MINUTES * 60_000;
      if (!existing || recently || forAddress > ADDRESS_MAILS) return;
      if (existing.state === 'pending') {
        await remailed(tx, existing.id, now, tokenHash(token));
        await kit.mail(tx, confirmationMail({ to: request.email, language: request.language, title, link: link() }));
      } else {
        await remailed(tx, existing.id, now);
        await kit.mail(tx, alreadySignedMail({ to: request.email, language: request.language, title }));
      }
    });
    return { status: 'check-email' };
  },
};

// Optional in the schema so that an unknown petition answers 404 before a missing token answers 400.
const TokenQuery = z.strictObject({ token: z.optional(ConfirmRequest.shape.token) });
const LinkState = z.strictObject({ status: z.enum(['pending', 'confirmed', 'expired']) });

/** The signature a token names, or 404; whether its link is still valid. */
async function byToken(kit: RouteKit, initiative: Initiative, token: string, lock: boolean, db = kit.db as Parameters<typeof signatureByToken>[0]) {
  const signature = await signatureByToken(db, initiative.id, tokenHash(token), lock);
  if (!signature) throw new RouteProblem(404, 'not_found', 'This confirmation link is not (or no longer) valid for this petition.');
  return signature;
}

const expired = (mailedAt: Date | null, now: Date) => !mailedAt || now.getTime() - mailedAt.getTime() > LINK_DAYS * 86_400_000;

const linkState: TypeRoute<PetitionDefinition> = {
  method: 'GET',
  path: 'signatures/confirmation',
  access: 'public',
  summary: 'Where a confirmation link stands (pending, confirmed, expired): reading it changes nothing, mail scanners may fetch it',
  schema: { querystring: TokenQuery, response: LinkState },
  async handle({ initiative, query, now }, kit) {
    const { token } = query as z.output<typeof TokenQuery>;
    if (!token) throw new RouteProblem(400, 'validation_failed', 'Give the token of the confirmation link (?token=…).');
    const signature = await byToken(kit, initiative, token, false);
    if (signature.state !== 'pending') return { status: 'confirmed' };
    return { status: expired(signature.mailedAt, now) ? 'expired' : 'pending' };
  },
};

const confirm: TypeRoute<PetitionDefinition> = {
  method: 'POST',
  path: 'signatures/confirmation',
  access: 'public',
  summary: 'Confirms a signature (the button on the page the email links to); a replayed link changes nothing',
  schema: { body: ConfirmRequest, response: ConfirmReceipt },
  async handle({ initiative, body, now }, kit) {
    const { token } = body as z.output<typeof ConfirmRequest>;
    const status = await kit.db.transaction(async (tx) => {
      const signature = await byToken(kit, initiative, token, true, tx);
      if (signature.state !== 'pending') return 'already-confirmed' as const;
      if (expired(signature.mailedAt, now)) throw new RouteProblem(409, 'link_expired', 'This confirmation link expired: sign again to get a new one.');
      // Quarantined signatures look confirmed to the signer: staff decide whether they count.
      await confirmSignature(tx, signature.id, signature.reasons.length ? 'quarantined' : 'confirmed', now);
      return 'confirmed' as const;
    });
    if (status === 'confirmed') countChanged(kit, initiative.id, initiative.definition.threshold);
    return { status };
  },
};

const count: TypeRoute<PetitionDefinition> = {
  method: 'GET',
  path: 'signatures/count',
  access: 'public',
  summary: 'Confirmed signatures (web, paper and phone) and the threshold for an official response; live changes come as `petition-count` events',
  schema: { response: SignatureCount },
  async handle({ initiative }, kit) {
    return { signatures: await cachedCount(kit.db, initiative.id), threshold: initiative.definition.threshold };
  },
};

const quarantine: TypeRoute<PetitionDefinition> = {
  method: 'GET',
  path: 'signatures/quarantine',
  access: 'contributions:moderate',
  summary: 'Signatures held for review (oldest first, 200 at most): names, regions and address domains, never addresses',
  schema: { response: QuarantinePage },
  async handle({ initiative }, kit) {
    return { items: await quarantined(kit.db, initiative.id, 200) };
  },
};

const reviewRoute: TypeRoute<PetitionDefinition> = {
  method: 'POST',
  path: 'signatures/review',
  access: 'contributions:moderate',
  summary: 'Validates (counted) or invalidates quarantined signatures in bulk',
  schema: { body: ReviewRequest, response: ReviewResult },
  async handle({ initiative, body, now }, kit) {
    const { ids, decision } = body as ReviewRequest;
    const changed = await kit.db.transaction(async (tx) => {
      const changed = await review(tx, initiative.id, ids, decision, now);
      await kit.audit(tx, `petition.${decision}`, { type: 'initiative', id: initiative.id }, { signatures: changed });
      return changed;
    });
    if (changed && decision === 'validate') countChanged(kit, initiative.id, initiative.definition.threshold);
    return { changed };
  },
};

const regions: TypeRoute<PetitionDefinition> = {
  method: 'GET',
  path: 'signatures/regions',
  access: 'contributions:read',
  summary: 'Confirmed signatures by region (the first three characters of the postal code), web and paper; web signatures not counted yet',
  schema: { response: RegionCounts },
  async handle({ initiative }, kit) {
    const rows = await countByRegion(kit.db, initiative.id);
    return { regions: rows, total: rows.reduce((sum, row) => sum + row.signatures, 0), ...(await uncounted(kit.db, initiative.id)) };
  },
};

export const petitionRoutes: readonly TypeRoute<PetitionDefinition>[] = [challenge, sign, linkState, confirm, count, quarantine, reviewRoute, regions];
