// The petition's own tables and routes, on PGlite and PostgreSQL: a signature counts only once
// confirmed (by a button's POST; reading the link changes nothing), one per person (normalised
// address, unique key), disposable domains refused, proof-of-work checked once, limits per network
// address kept in the database (across processes), silent quarantine and its review, counts by
// region, anonymisation that keeps counts, the outbox, and isolation between petitions and organisations.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app.js';
import { runRetention } from '../src/domain/retention.js';
import { deliverDue, logTransport } from '../src/domain/outbox.js';
import { bearer, drivers, startHarness, testConfig, testNow, type Harness } from './support/harness.js';
import { confirm, count, lastToken, mailsTo, openPetition, petitionOrigin, proofFor, sign, signAndConfirm } from './support/petition.js';

const email = (name: string) => `${name}.${randomUUID().slice(0, 8)}@example.ca`;

describe.each(drivers)('the petition on %s', (driver) => {
  let h: Harness;
  let clock = testNow;
  beforeAll(async () => {
    h = await startHarness(driver, {}, () => clock);
  });
  afterAll(() => h?.close());

  const rows = (petition: string) =>
    h.db.query<{ state: string; name: string; email: string | null; email_key: string | null; postal_code: string; region: string; anonymised_at: Date | null }>(
      'SELECT state, name, email, email_key, postal_code, region, anonymised_at FROM petition_signatures WHERE initiative_id = $1 ORDER BY signed_at, id',
      [petition],
    );

  describe('confirmation', () => {
    it('counts a signature only once confirmed by a POST; reading the link changes nothing, a replay neither', async () => {
      await openPetition(h, 'confirmer');
      const address = email('jeanne');
      const signed = await sign(h, 'confirmer', { email: address });
      expect(signed.statusCode, signed.body).toBe(202);
      expect(signed.json()).toEqual({ status: 'check-email' });
      expect(await count(h, 'confirmer')).toBe(0);

      const [mail] = await mailsTo(h, 'confirmer', address);
      expect(mail).toMatchObject({ kind: 'petition.confirm', subject: expect.stringContaining('Confirmez votre signature') });
      expect(mail!.body).toContain(`${petitionOrigin}/petition.html#petition-confirm=`);
      const token = await lastToken(h, 'confirmer', address);

      // A mail scanner fetching the link (or the widget landing on it) reads its state only.
      for (let i = 0; i < 3; i += 1) {
        const read = await h.app.inject({ method: 'GET', url: `/v1/initiatives/confirmer/signatures/confirmation?token=${token}`, headers: { origin: petitionOrigin } });
        expect(read.json()).toEqual({ status: 'pending' });
      }
      expect(await count(h, 'confirmer')).toBe(0);
      expect((await rows('confirmer'))[0]!.state).toBe('pending');

      expect((await confirm(h, 'confirmer', token)).json()).toEqual({ status: 'confirmed' });
      expect(await count(h, 'confirmer')).toBe(1);
      // The address was needed only to send the link.
      expect((await rows('confirmer'))[0]).toMatchObject({ state: 'confirmed', email: null });

      expect((await confirm(h, 'confirmer', token)).json()).toEqual({ status: 'already-confirmed' });
      expect(await count(h, 'confirmer')).toBe(1);
      const read = await h.app.inject({ method: 'GET', url: `/v1/initiatives/confirmer/signatures/confirmation?token=${token}`, headers: { origin: petitionOrigin } });
      expect(read.json()).toEqual({ status: 'confirmed' });
    });

    it('refuses a token it never issued, and one that expired', async () => {
      await openPetition(h, 'jetons');
      const unknown = await confirm(h, 'jetons', 'x'.repeat(43));
      expect(unknown.statusCode).toBe(404);
      const address = email('tardif');
      await sign(h, 'jetons', { email: address });
      const token = await lastToken(h, 'jetons', address);
      clock = new Date(testNow.getTime() + 8 * 86_400_000);
      try {
        const late = await confirm(h, 'jetons', token);
        expect(late.statusCode).toBe(409);
        expect(late.json().code).toBe('link_expired');
      } finally {
        clock = testNow;
      }
      expect(await count(h, 'jetons')).toBe(0);
    });

    it('tells live viewers the count changed', async () => {
      await openPetition(h, 'en-direct');
      await signAndConfirm(h, 'en-direct', { email: email('live') });
      await vi.waitFor(async () => {
        const events = await h.db.query("SELECT 1 FROM events WHERE initiative_id = 'en-direct' AND type = 'petition-count' AND (data->>'signatures')::int = 1");
        expect(events, 'the count event').toHaveLength(1);
      }, { timeout: 10_000, interval: 100 });
    });
  });

  describe('one signature per person', () => {
    it('gives a second attempt the same answer, stores nothing more and sends no second email', async () => {
      await openPetition(h, 'une-fois');
      const address = email('double');
      const first = await sign(h, 'une-fois', { email: address });
      const second = await sign(h, 'une-fois', { email: address.toUpperCase() });
      expect(second.statusCode).toBe(first.statusCode);
      expect(second.json()).toEqual(first.json());
      expect(await rows('une-fois')).toHaveLength(1);
      expect(await mailsTo(h, 'une-fois', address)).toHaveLength(1);
      // Racing attempts store one row too.
      const racing = email('course');
      const proofs = await Promise.all(Array.from({ length: 6 }, () => proofFor(h, 'une-fois')));
      const answers = await Promise.all(proofs.map((proof) => sign(h, 'une-fois', { email: racing }, { proof })));
      expect(answers.map((answer) => answer.statusCode)).toEqual(Array(6).fill(202));
      expect((await rows('une-fois')).length).toBe(2);
      expect(await mailsTo(h, 'une-fois', racing)).toHaveLength(1);
    });

    it('after a while, mails a new link to a pending address, and tells a confirmed one it already signed', async () => {
      await openPetition(h, 'rappel');
      const pending = email('attente');
      const done = email('fait');
      await sign(h, 'rappel', { email: pending });
      const oldToken = await lastToken(h, 'rappel', pending);
      await signAndConfirm(h, 'rappel', { email: done });
      clock = new Date(testNow.getTime() + 20 * 60_000);
      try {
        await sign(h, 'rappel', { email: pending });
        await sign(h, 'rappel', { email: done });
      } finally {
        clock = testNow;
      }
      const newToken = await lastToken(h, 'rappel', pending);
      expect(newToken).not.toBe(oldToken);
      expect((await confirm(h, 'rappel', oldToken)).statusCode).toBe(404);
      expect((await mailsTo(h, 'rappel', done)).map((mail) => mail.kind)).toEqual(['petition.confirm', 'petition.already-signed']);
      expect(await count(h, 'rappel')).toBe(1);
    });

    it.each([
      ['Jean.Doe+petition@GMail.com', 'jeandoe@gmail.com'],
      ['jean.doe@googlemail.com', 'JeanDoe@gmail.com'],
      ['marie+velo@outlook.com', 'Marie@Outlook.com'],
      ['  luc@videotron.ca ', 'LUC+x@videotron.ca'],
    ])('knows %s and %s are one person', async (a, b) => {
      const id = `norme-${randomUUID().slice(0, 8)}`;
      await openPetition(h, id);
      await sign(h, id, { email: a.trim() });
      await sign(h, id, { email: b });
      expect(await rows(id)).toHaveLength(1);
    });

    it('keeps dots and tags apart where providers do', async () => {
      await openPetition(h, 'norme-distincte');
      await sign(h, 'norme-distincte', { email: 'jean.doe@example.ca' });
      await sign(h, 'norme-distincte', { email: 'jeandoe@example.ca' });
      await sign(h, 'norme-distincte', { email: 'jeandoe+a@example.ca' });
      expect(await rows('norme-distincte')).toHaveLength(3);
    });
  });

  describe('fraud layers', () => {
    it('refuses disposable-email domains, and their subdomains', async () => {
      await openPetition(h, 'jetables');
      for (const address of ['quelquun@mailinator.com', 'quelquun@yopmail.com', 'a@sub.mailinator.com']) {
        const refused = await sign(h, 'jetables', { email: address });
        expect(refused.statusCode, address).toBe(400);
        expect(refused.json().code).toBe('email_disposable');
      }
      expect(await rows('jetables')).toHaveLength(0);
    });

    it('refuses a missing, forged, foreign or replayed proof-of-work', async () => {
      await openPetition(h, 'preuves');
      await openPetition(h, 'preuves-autre');
      const proof = await proofFor(h, 'preuves');
      const forged = { ...proof, solution: { ...proof.solution, derivedKey: proof.solution.derivedKey.replace(/^./, (c) => (c === '0' ? '1' : '0')) } };
      expect((await sign(h, 'preuves', { email: email('faux') }, { proof: forged })).json().code).toBe('challenge_failed');
      const foreign = await proofFor(h, 'preuves-autre');
      expect((await sign(h, 'preuves', { email: email('ailleurs') }, { proof: foreign })).json().code).toBe('challenge_failed');
      const tampered = { ...proof, challenge: { ...proof.challenge, parameters: { ...proof.challenge.parameters, expiresAt: 9_999_999_999 } } };
      expect((await sign(h, 'preuves', { email: email('altere') }, { proof: tampered })).json().code).toBe('challenge_failed');
      expect((await sign(h, 'preuves', { email: email('bon') }, { proof })).statusCode).toBe(202);
      const replay = await sign(h, 'preuves', { email: email('rejeu') }, { proof });
      expect(replay.statusCode).toBe(400);
      expect(replay.json().code).toBe('challenge_used');
      expect(await rows('preuves')).toHaveLength(1);
    });

    it('limits signatures per network address and petition in the database, across collector processes', async () => {
      await openPetition(h, 'limites');
      await openPetition(h, 'limites-autre');
      const other = await buildApp(testConfig(), { db: h.db, now: () => clock });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 22; i += 1) {
          const app = i % 2 ? other : h.app;
          const response = await sign({ ...h, app }, 'limites', { email: email(`limite${i}`) }, { ip: '198.51.100.20' });
          statuses.push(response.statusCode);
        }
        expect(statuses.slice(0, 20)).toEqual(Array(20).fill(202));
        expect(statuses.slice(20)).toEqual([429, 429]);
        // Another petition, or another address, is not held back.
        expect((await sign(h, 'limites-autre', { email: email('ailleurs') }, { ip: '198.51.100.20' })).statusCode).toBe(202);
        expect((await sign(h, 'limites', { email: email('voisin') }, { ip: '198.51.100.21' })).statusCode).toBe(202);
      } finally {
        await other.close();
      }
    });

    it('quarantines suspicious signatures silently; staff validate or invalidate them in bulk', async () => {
      await openPetition(h, 'quarantaine');
      const addresses = Array.from({ length: 8 }, (_, i) => email(`lot${i}`));
      for (const address of addresses) await signAndConfirm(h, 'quarantaine', { email: address }, '192.0.2.50');
      await signAndConfirm(h, 'quarantaine', { email: email('url'), name: 'www.spam.example' }, '192.0.2.51');
      // Every signer read "confirmed"; the first five count, the rest wait for review.
      expect(await count(h, 'quarantaine')).toBe(5);
      const queue = await h.app.inject({ method: 'GET', url: '/v1/staff/initiatives/quarantaine/signatures/quarantine', headers: bearer(h.tokens.demo.moderator) });
      expect(queue.statusCode, queue.body).toBe(200);
      const items = queue.json().items as { id: string; reasons: string[]; emailDomain: string; postalPrefix: string }[];
      expect(items).toHaveLength(4);
      expect(items.map((item) => item.reasons.join()).sort()).toEqual(['many-from-one-network', 'many-from-one-network', 'many-from-one-network', 'unusual-name']);
      expect(items[0]).toMatchObject({ emailDomain: 'example.ca', postalPrefix: 'G5A' });
      expect(JSON.stringify(queue.json())).not.toContain('@');

      const review = (ids: string[], decision: string, token = h.tokens.demo.moderator) =>
        h.app.inject({ method: 'POST', url: '/v1/staff/initiatives/quarantaine/signatures/review', headers: bearer(token), payload: { ids, decision } });
      expect((await review([items[0]!.id], 'validate', h.tokens.demo.analyst)).statusCode).toBe(403);
      expect((await review([items[0]!.id, items[1]!.id], 'validate')).json()).toEqual({ changed: 2 });
      expect((await review([items[2]!.id, items[3]!.id], 'invalidate')).json()).toEqual({ changed: 2 });
      // Decided once: a second decision changes nothing.
      expect((await review([items[0]!.id], 'invalidate')).json()).toEqual({ changed: 0 });
      expect(await count(h, 'quarantaine')).toBe(7);
    });

    it('refuses a page the petition is not embedded in, a closed petition and a hand-off one', async () => {
      await openPetition(h, 'refus');
      const foreign = await h.app.inject({
        method: 'POST',
        url: '/v1/initiatives/refus/signatures',
        headers: { origin: petitionOrigin },
        payload: { name: 'A', email: email('a'), postalCode: 'H2X 1Y4', consent: true, language: 'fr', page: 'https://ailleurs.example/p', proof: await proofFor(h, 'refus') },
      });
      expect(foreign.statusCode).toBe(400);
      await openPetition(h, 'renvoi', { mode: 'hand-off', handOffUrl: 'https://www.assnat.qc.ca/petition' });
      const handedOff = await h.app.inject({ method: 'GET', url: '/v1/initiatives/renvoi/challenge', headers: { origin: petitionOrigin } });
      expect(handedOff.statusCode).toBe(409);
      expect(handedOff.json().code).toBe('petition_handed_off');
      const proof = await proofFor(h, 'refus');
      await h.app.inject({ method: 'POST', url: '/v1/staff/initiatives/refus/status', headers: bearer(h.tokens.demo.editor), payload: { status: 'closed' } });
      // The collector reads an initiative at most once a second: the closing shows within that.
      await vi.waitFor(async () => expect((await sign(h, 'refus', { email: email('tard') }, { proof })).statusCode).toBe(409), { timeout: 10_000, interval: 200 });
    });
  });

  describe('counts', () => {
    it('adds paper signatures, and counts by region (first three characters) without addresses', async () => {
      await openPetition(h, 'regions');
      await signAndConfirm(h, 'regions', { email: email('a'), postalCode: 'H2X 1Y4' }, '192.0.2.60');
      await signAndConfirm(h, 'regions', { email: email('b'), postalCode: 'h2x3a1' }, '192.0.2.61');
      await signAndConfirm(h, 'regions', { email: email('c'), postalCode: 'G5A 1B2' }, '192.0.2.62');
      await sign(h, 'regions', { email: email('d'), postalCode: 'J4K 2T5' }, { ip: '192.0.2.63' });
      const paper = await h.app.inject({
        method: 'POST',
        url: '/v1/staff/initiatives/regions/contributions',
        headers: bearer(h.tokens.demo.moderator),
        payload: { channel: 'paper', language: 'fr', payload: { name: 'Rita Roy', postalCode: 'G5A 3C4', consent: true }, idempotencyKey: randomUUID() },
      });
      expect(paper.statusCode, paper.body).toBe(201);
      expect(await count(h, 'regions')).toBe(4);
      const byRegion = await h.app.inject({ method: 'GET', url: '/v1/staff/initiatives/regions/signatures/regions', headers: bearer(h.tokens.demo.analyst) });
      expect(byRegion.json()).toEqual({ regions: [{ region: 'G5A', signatures: 2 }, { region: 'H2X', signatures: 2 }], total: 4, pending: 1, quarantined: 0 });
      const results = await h.app.inject({ method: 'GET', url: '/v1/staff/initiatives/regions/results', headers: bearer(h.tokens.demo.analyst) });
      expect(results.json()).toMatchObject({ type: 'petition', signatures: 4, threshold: 500 });
      const csv = await h.app.inject({ method: 'GET', url: '/v1/staff/initiatives/regions/export?format=csv', headers: bearer(h.tokens.demo.analyst) });
      expect(csv.statusCode, csv.body).toBe(200);
      expect(csv.body).toContain('Rita Roy');
      expect(csv.body).not.toMatch(/@|G5A 3C4/);
    });

    it('stays exact under a burst of concurrent signatures and confirmations', async () => {
      await openPetition(h, 'rafale');
      const addresses = Array.from({ length: 30 }, (_, i) => email(`rafale${i}`));
      const proofs = await Promise.all(addresses.map(() => proofFor(h, 'rafale')));
      const signed = await Promise.all(addresses.map((address, i) => sign(h, 'rafale', { email: address }, { ip: `10.0.${i}.1`, proof: proofs[i] })));
      expect(signed.map((response) => response.statusCode)).toEqual(Array(30).fill(202));
      const tokens = await Promise.all(addresses.map((address) => lastToken(h, 'rafale', address)));
      await Promise.all(tokens.flatMap((token) => [confirm(h, 'rafale', token), confirm(h, 'rafale', token)]));
      expect(await count(h, 'rafale')).toBe(30);
      expect((await rows('rafale')).filter((row) => row.state === 'confirmed')).toHaveLength(30);
    });
  });

  it('anonymises signatures when retention ends, keeping counts and regions', async () => {
    await openPetition(h, 'retention', {}, { closesAt: '2026-06-30T23:59:59-04:00', retentionDays: 30 });
    await signAndConfirm(h, 'retention', { email: email('r1'), postalCode: 'H2X 1Y4' }, '192.0.2.70');
    await sign(h, 'retention', { email: email('r2') }, { ip: '192.0.2.71' });
    const early = await runRetention(h.db, { now: () => new Date('2026-07-15T00:00:00Z') });
    expect(early.typeRows).toBe(0);
    const run = await runRetention(h.db, { now: () => new Date('2026-08-15T00:00:00Z') });
    expect(run.typeRows).toBeGreaterThanOrEqual(2);
    const after = await rows('retention');
    expect(after.map((row) => [row.state, row.name, row.email, row.email_key, row.postal_code]).sort()).toEqual([
      ['confirmed', '[anonymised]', null, null, 'H2X'],
      ['pending', '[anonymised]', null, null, 'G5A'],
    ]);
    expect(await count(h, 'retention')).toBe(1);
    expect(await h.db.query("SELECT 1 FROM outbox WHERE initiative_id = 'retention'")).toHaveLength(0);
    expect(await h.db.query("SELECT 1 FROM petition_secrets WHERE initiative_id = 'retention'")).toHaveLength(0);
  });

  describe('the outbox', () => {
    it('shows an initiative’s messages to its moderators, and sends them through the log when no SMTP is configured', async () => {
      await openPetition(h, 'boite');
      const address = email('courrier');
      await sign(h, 'boite', { email: address, language: 'en' });
      const view = await h.app.inject({ method: 'GET', url: '/v1/staff/initiatives/boite/outbox', headers: bearer(h.tokens.demo.moderator) });
      expect(view.statusCode, view.body).toBe(200);
      expect(view.json().items[0]).toMatchObject({ kind: 'petition.confirm', recipient: address, language: 'en', sentAt: null, subject: expect.stringContaining('Confirm your signature') });
      const lines: object[] = [];
      const log = { info: (object: object) => lines.push(object), warn: () => undefined, error: () => undefined };
      expect(await deliverDue(h.db, { transport: logTransport(log), log })).toBeGreaterThanOrEqual(1);
      expect(lines).toContainEqual({ outbox: expect.objectContaining({ to: address }) });
      const sent = await h.app.inject({ method: 'GET', url: '/v1/staff/initiatives/boite/outbox', headers: bearer(h.tokens.demo.moderator) });
      expect(sent.json().items[0]).toMatchObject({ transport: 'log', sentAt: expect.any(String) });
      // A failing transport retries later, then gives up with its error shown.
      await sign(h, 'boite', { email: email('echec') });
      const failing = { name: 'smtp', send: async () => Promise.reject(new Error('connection refused')) };
      await deliverDue(h.db, { transport: failing, log, maxAttempts: 1 });
      const failed = await h.app.inject({ method: 'GET', url: '/v1/staff/initiatives/boite/outbox', headers: bearer(h.tokens.demo.moderator) });
      expect(failed.json().items[0]).toMatchObject({ failedAt: expect.any(String), lastError: 'connection refused', sentAt: null });
    });
  });

  describe('isolation', () => {
    it('keeps petitions and organisations apart', async () => {
      await openPetition(h, 'isole-a');
      await openPetition(h, 'isole-b');
      const address = email('isole');
      await sign(h, 'isole-a', { email: address });
      const token = await lastToken(h, 'isole-a', address);
      expect((await confirm(h, 'isole-b', token)).statusCode).toBe(404);
      expect(await count(h, 'isole-a')).toBe(0);
      for (const path of ['signatures/quarantine', 'signatures/regions', 'outbox']) {
        const foreign = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/isole-a/${path}`, headers: bearer(h.tokens.other.admin) });
        expect(foreign.statusCode, path).toBe(404);
      }
      const review = await h.app.inject({
        method: 'POST',
        url: '/v1/staff/initiatives/isole-a/signatures/review',
        headers: bearer(h.tokens.other.admin),
        payload: { ids: [randomUUID()], decision: 'validate' },
      });
      expect(review.statusCode).toBe(404);
    });
  });
});
