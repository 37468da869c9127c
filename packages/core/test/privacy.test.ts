import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CollectorClient } from '../src/client/collector-client.js';
import { CollectorError } from '../src/client/collector-error.js';
import { deleteMyContributions, readMyContributions } from '../src/client/my-contributions.js';
import { contributedKey, forgetParticipant, hasContributed, markContributed, participantId, participantKey, storedParticipant } from '../src/client/participant.js';
import { memoryStore, type KeyValueStore } from '../src/client/storage.js';
import { randomId } from '../src/client/random-id.js';
import { checkOverrides, configurationProblems, myDataKeys } from '../src/element/checks.js';
import { coreStrings } from '../src/element/core-strings.js';
import { frenchTypographyProblems } from '../src/element/strings.js';
import { myDataStrings } from '../src/privacy/my-data-strings.js';
import { ANONYMISED, MyContributions, ParticipantRequest } from '../src/schemas/contribution.js';
import { AccessRequestSearch, AuditEntry, can, rolePermissions, StaffContribution, staffRoles } from '../src/schemas/staff.js';
import { retentionEndsAt } from '../src/schemas/timing.js';
import { fakeCollector } from '../src/testing/fake-collector.js';
import type { ContributionEnvelope } from '../src/schemas/contribution.js';
import * as z from 'zod/mini';

const BASE = 'https://collector.example.ca/';
const INITIATIVE = 'retroaction-pages';

function envelope(overrides: Partial<ContributionEnvelope> = {}): ContributionEnvelope {
  return {
    initiative: INITIATIVE,
    type: 'page-feedback',
    payload: { answer: 'yes', page: 'https://www.quebec.ca/' },
    idempotencyKey: randomId(),
    participant: randomId(),
    channel: 'web',
    language: 'fr',
    ...overrides,
  };
}

describe('the participant id kept in the browser', () => {
  let store: KeyValueStore;
  beforeEach(() => (store = memoryStore()));

  it('is random per initiative, created once, read without being created', () => {
    expect(storedParticipant(store, BASE, INITIATIVE)).toBeUndefined();
    const id = participantId(store, BASE, INITIATIVE);
    expect(participantId(store, BASE, INITIATIVE)).toBe(id);
    expect(storedParticipant(store, BASE, INITIATIVE)).toBe(id);
    expect(participantId(store, BASE, 'autre-initiative')).not.toBe(id);
    expect(store.getItem(participantKey(BASE, INITIATIVE))).toBe(JSON.stringify(id));
  });

  it('counts as having contributed only once acknowledged, and is forgotten with its mark', () => {
    participantId(store, BASE, INITIATIVE);
    expect(hasContributed(store, BASE, INITIATIVE)).toBe(false);
    markContributed(store, BASE, INITIATIVE);
    expect(hasContributed(store, BASE, INITIATIVE)).toBe(true);
    forgetParticipant(store, BASE, INITIATIVE);
    expect(hasContributed(store, BASE, INITIATIVE)).toBe(false);
    expect(store.getItem(participantKey(BASE, INITIATIVE))).toBeNull();
    expect(store.getItem(contributedKey(BASE, INITIATIVE))).toBeNull();
  });
});

describe('CollectorClient and the participant’s rights', () => {
  let store: KeyValueStore;
  beforeEach(() => {
    store = memoryStore();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('marks the initiative as contributed to once the collector acknowledged', async () => {
    const fake = fakeCollector({ initiatives: { [INITIATIVE]: {} } });
    const client = new CollectorClient(BASE, { fetch: fake.fetch, store });
    participantId(store, client.baseUrl, INITIATIVE);
    expect(hasContributed(store, client.baseUrl, INITIATIVE)).toBe(false);
    await client.submit(envelope());
    expect(hasContributed(store, client.baseUrl, INITIATIVE)).toBe(true);
  });

  it('withdraws queued submissions: they leave the outbox, and a delivery waiting to retry stops', async () => {
    const fake = fakeCollector({ initiatives: { [INITIATIVE]: {} }, submit: 'server-error' });
    const client = new CollectorClient(BASE, { fetch: fake.fetch, store, random: () => 0.5 });
    const mine = envelope();
    const other = envelope();
    const delivery = client.submit(mine);
    const caught = delivery.catch((error: unknown) => error);
    void client.submit(other).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(client.withdraw((queued) => queued.participant === mine.participant)).toBe(1);
    await vi.advanceTimersByTimeAsync(60_000);
    const error = (await caught) as CollectorError;
    expect(error).toBeInstanceOf(CollectorError);
    expect(error.code).toBe('withdrawn');
    expect(client.pending((queued) => queued.participant === mine.participant)).toEqual([]);
    expect(client.pending((queued) => queued.participant === other.participant)).toHaveLength(1);
    expect(fake.contributions).toEqual([]);
  });
});

describe('my contributions, read and deleted from the browser', () => {
  it('send the id in the body, never in the address, without cookies', async () => {
    const fake = fakeCollector({ initiatives: { [INITIATIVE]: {} } });
    const calls: Array<{ url: string; init?: RequestInit }> = [];
    const fetch = (async (url: string, init?: RequestInit) => {
      calls.push({ url: String(url), init });
      return fake.fetch(url, init);
    }) as typeof globalThis.fetch;
    const sent = envelope();
    await new CollectorClient(BASE, { fetch, store: memoryStore() }).submit(sent);

    const mine = await readMyContributions(BASE, INITIATIVE, sent.participant, { fetch });
    expect(z.parse(MyContributions, mine).contributions.map((contribution) => contribution.payload)).toEqual([sent.payload]);
    const deleted = await deleteMyContributions(BASE, INITIATIVE, sent.participant, { fetch });
    expect(deleted).toEqual({ initiative: INITIATIVE, deleted: 1 });

    const selfService = calls.slice(1);
    expect(selfService.map((call) => call.url)).toEqual([`${BASE}v1/initiatives/${INITIATIVE}/my-contributions`, `${BASE}v1/initiatives/${INITIATIVE}/my-contributions/deletion`]);
    for (const call of selfService) {
      expect(call.url).not.toContain(sent.participant);
      expect(call.init?.credentials).toBe('omit');
      expect(call.init?.method).toBe('POST');
      expect(JSON.parse(String(call.init?.body))).toEqual({ participant: sent.participant });
    }

    const gone = await readMyContributions(BASE, INITIATIVE, sent.participant, { fetch }).catch((error: unknown) => error);
    expect(gone).toBeInstanceOf(CollectorError);
    expect((gone as CollectorError).status).toBe(404);
  });

  it('report an unreachable collector as a network error', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    await expect(deleteMyContributions(BASE, INITIATIVE, randomId(), { fetch })).rejects.toMatchObject({ code: 'network', status: 0 });
  });
});

describe('privacy wording', () => {
  it('follows French typography and can be overridden like every plain string', () => {
    expect(frenchTypographyProblems(myDataStrings.fr)).toEqual([]);
    expect(frenchTypographyProblems({ retentionAfter: coreStrings.fr.retentionAfter })).toEqual([]);
    expect(checkOverrides({ fr: { myDataDelete: 'Effacer mes réponses' }, en: { myDataDownload: 'Save my answers' } }, { ...myDataStrings.fr, ...coreStrings.fr })).toEqual([]);
    expect(Object.keys(myDataStrings.en).sort()).toEqual(Object.keys(myDataStrings.fr).sort());
    // The checks name the same keys without downloading the wording.
    expect(Object.keys(myDataKeys).sort()).toEqual(Object.keys(myDataStrings.fr).sort());
    const configuration = { tag: 'participe-x', initiative: undefined, collector: undefined, preview: {}, table: { ...coreStrings.fr } };
    expect(configurationProblems({ ...configuration, strings: { fr: { myDataDelete: 'Effacer mes réponses' } } })).toEqual([]);
    expect(configurationProblems({ ...configuration, strings: { fr: { myDataDelte: 'Effacer' } } })[0]).toContain('fr.myDataDelte: unknown string');
  });

  it('says how long after a contribution it is kept when the initiative has no closing date', () => {
    expect(coreStrings.fr.retentionAfter(30, '30')).toBe('Renseignements personnels conservés au plus 30 jours après votre participation.');
    expect(coreStrings.fr.retentionAfter(1, '1')).toBe('Renseignements personnels conservés au plus 1 jour après votre participation.');
    expect(coreStrings.en.retentionAfter(30, '30')).toBe('Personal information kept for at most 30 days after your contribution.');
    expect(coreStrings.en.retentionAfter(1, '1')).toBe('Personal information kept for at most 1 day after your contribution.');
    expect(retentionEndsAt({ closesAt: null, retentionDays: 30 })).toBeUndefined();
    expect(retentionEndsAt({ closesAt: '2027-01-01T00:00:00Z', retentionDays: 30 })).toEqual(new Date('2027-01-31T00:00:00Z'));
  });
});

describe('privacy schemas', () => {
  it('take a participant id only as a random id in a body of its own', () => {
    expect(z.safeParse(ParticipantRequest, { participant: randomId() }).success).toBe(true);
    expect(z.safeParse(ParticipantRequest, { participant: 'moi' }).success).toBe(false);
    expect(z.safeParse(ParticipantRequest, { participant: randomId(), email: 'a@example.org' }).success).toBe(false);
  });

  it('show staff a pseudonym (or nothing once anonymised), and audit details as counts only', () => {
    const contribution = { id: randomId(), initiative: INITIATIVE, channel: 'web', language: 'fr', payload: {}, moderationState: 'approved', receivedAt: '2026-01-01T00:00:00.000Z', enteredBy: null };
    expect(z.safeParse(StaffContribution, { ...contribution, participant: 'a'.repeat(64) }).success).toBe(true);
    expect(z.safeParse(StaffContribution, { ...contribution, participant: null, anonymisedAt: '2027-01-01T00:00:00.000Z' }).success).toBe(true);
    const entry = { id: '1', actor: { kind: 'participant', id: null }, action: 'contributions.delete.participant', target: { type: 'initiative', id: INITIATIVE }, at: '2026-01-01T00:00:00.000Z' };
    expect(z.safeParse(AuditEntry, { ...entry, details: { contributions: 2 } }).success).toBe(true);
    expect(z.safeParse(AuditEntry, { ...entry, details: { email: 'a@example.org' } }).success).toBe(false);
  });

  it('let admins alone answer access requests, by a trimmed email address', () => {
    expect(rolePermissions['privacy:respond']).toEqual(['admin']);
    expect(staffRoles.filter((role) => can(role, 'privacy:respond'))).toEqual(['admin']);
    expect(z.parse(AccessRequestSearch, { email: '  Marie@Example.org ' })).toEqual({ email: 'Marie@Example.org' });
    expect(z.safeParse(AccessRequestSearch, { email: 'marie' }).success).toBe(false);
  });

  it('mark anonymised texts with a value no citizen field needs to hold', () => {
    expect(ANONYMISED).toBe('[anonymised]');
  });
});
