// Every registered type through the collector's common routes, from its own fixtures: widgets'
// submissions and a staff entry, results, CSV and JSON exports, a participant's copy and deletion.
// A type joins this suite by registering (`src/types.ts`); `pnpm new:widget`'s test relies on it.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { AnyManifest } from '@participe/core/manifest';
import { MyContributions, StaffContribution } from '@participe/core/schemas';
import type { ServerFacet } from '@participe/core/server';
import { serverInitiative } from '../src/slices/registry.js';
import { findInitiative } from '../src/storage/initiatives.js';
import { serverTypes } from '../src/types.js';
import { selfService } from './privacy/support.js';
import { bearer, drivers, startHarness, type Harness } from './support/harness.js';

const types = (serverTypes as readonly ServerFacet[]).map((facet) => [facet.manifest.type, facet] as const);

describe.each(drivers)('every registered type on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver);
  });
  afterAll(() => h?.close());

  describe.each(types)('%s', (type, facet) => {
    const manifest: AnyManifest = facet.manifest;
    const { fixtures } = manifest;
    const id = fixtures.initiative.id;
    const origin = fixtures.initiative.allowedOrigins[0]!;
    const definition = (z.parse(manifest.initiative, fixtures.initiative) as { definition: unknown }).definition;
    /** What was sent, by the id the collector gave it. */
    const sent = new Map<string, unknown>();
    const participant = randomUUID();

    beforeAll(async () => {
      // Each fixture payload from a widget (one participant: some types allow one contribution each).
      for (const [index, payload] of fixtures.payloads.entries()) {
        const response = await h.app.inject({
          method: 'POST',
          url: `/v1/initiatives/${id}/contributions`,
          headers: { origin },
          payload: { initiative: id, type, payload, idempotencyKey: randomUUID(), participant: index === 0 ? participant : randomUUID(), channel: 'web', language: 'fr' },
        });
        expect(response.statusCode, response.body).toBe(201);
        sent.set(response.json().id, payload);
      }
      const paper = await h.app.inject({
        method: 'POST',
        url: `/v1/staff/initiatives/${id}/contributions`,
        headers: bearer(h.tokens.demo.editor),
        payload: { channel: 'paper', language: 'fr', payload: fixtures.payloads[0], idempotencyKey: randomUUID() },
      });
      expect(paper.statusCode, paper.body).toBe(201);
      sent.set(paper.json().id, fixtures.payloads[0]);
    });

    it('lists every contribution for staff, payloads as stored', async () => {
      const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${id}/contributions`, headers: bearer(h.tokens.demo.analyst) });
      expect(response.statusCode).toBe(200);
      const items = (response.json() as { items: Array<{ id: string; payload: unknown }> }).items;
      expect(new Map(items.map((item) => [item.id, item.payload]))).toEqual(sent);
    });

    it(manifest.results ? 'computes its results in SQL, valid for its own schema' : 'publishes no results', async () => {
      const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${id}/results`, headers: bearer(h.tokens.demo.analyst) });
      if (!manifest.results) {
        expect(response.statusCode).toBe(404);
        return;
      }
      expect(response.statusCode, response.body).toBe(200);
      const results = z.parse(manifest.results, response.json()) as { initiative: string; type: string };
      expect(results).toMatchObject({ initiative: id, type });
    });

    it('exports every contribution as CSV, with its own columns in both languages, and as JSON', async () => {
      for (const language of ['fr', 'en'] as const) {
        const csv = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${id}/export?format=csv&lang=${language}`, headers: bearer(h.tokens.demo.analyst) });
        expect(csv.statusCode).toBe(200);
        const rows = parse(csv.body.slice(1), { columns: true }) as Array<Record<string, string>>;
        expect(rows).toHaveLength(sent.size);
        const headers = Object.keys(rows[0]!);
        const context = { payloadPaths: [], db: h.db, initiative: serverInitiative((await findInitiative(h.db, id))!), beforeEachPage: () => undefined };
        const own = facet.exportColumns ? (await facet.exportColumns(definition, language, context)).map((column) => column.header) : [];
        for (const header of own) expect(headers).toContain(header);
      }
      const json = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${id}/export?format=json`, headers: bearer(h.tokens.demo.analyst) });
      const items = z.parse(z.array(StaffContribution), json.json());
      expect(new Map(items.map((item) => [item.id, item.payload]))).toEqual(sent);
    });

    it('gives a participant a copy of their contributions, then deletes them on request', async () => {
      const copy = await selfService(h, id, origin, participant);
      expect(copy.statusCode, copy.body).toBe(200);
      expect(z.parse(MyContributions, copy.json()).contributions.map((contribution) => contribution.payload)).toEqual([fixtures.payloads[0]]);
      const deletion = await selfService(h, id, origin, participant, 'delete');
      expect(deletion.statusCode, deletion.body).toBe(200);
      expect(deletion.json()).toEqual({ initiative: id, deleted: 1 });
      expect((await selfService(h, id, origin, participant)).statusCode).toBe(404);
    });
  });
});
