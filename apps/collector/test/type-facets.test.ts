// A type's own tables and routes, as its server facet declares them: the collector applies the
// migrations once, and mounts the routes with its own rules around them (CORS and origin for the
// public side; bearer token, organisation and role for the staff side; schemas both ways).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { pageFeedbackExample } from '@participe/page-feedback/manifest';
import { defineServer, RouteProblem, type ServerFacet, type TypeMigration } from '@participe/core/server';
import { buildApp, type CollectorApp } from '../src/app.js';
import type { Database } from '../src/storage/database.js';
import { seedDemo } from '../src/domain/seed.js';
import { insertInitiative, updateStatus } from '../src/storage/initiatives.js';
import { bearer, countRows, createTokens, drivers, openTestDatabase, testConfig, testNow, type Tokens } from './support/harness.js';

const notesTable: TypeMigration = {
  tag: '0000_notes',
  when: Date.UTC(2026, 10, 25),
  sql: `CREATE TABLE test_notes (id bigserial PRIMARY KEY, initiative_id text NOT NULL REFERENCES initiatives (id), text text NOT NULL)
--> statement-breakpoint
CREATE INDEX test_notes_by_initiative ON test_notes (initiative_id, id)`,
};
const pinnedColumn: TypeMigration = { tag: '0001_pinned', when: Date.UTC(2026, 10, 26), sql: 'ALTER TABLE test_notes ADD COLUMN pinned boolean NOT NULL DEFAULT false' };

const Note = z.strictObject({ id: z.string(), text: z.string(), pinned: z.boolean() });

/** A small type of the test's own: notes anyone may read and post, staff may pin. */
const notesFacet = defineServer({
  // Borrowed: only its `type` matters to the routes.
  manifest: { ...(await import('@participe/page-feedback/manifest')).pageFeedbackType, type: 'test-notes' as 'page-feedback' },
  results: async () => ({ initiative: '', type: 'page-feedback' as const, total: 0, answers: { yes: 0, no: 0 }, reasons: [] }),
  exportColumns: null,
  forgetParticipant: null,
  codableTexts: null,
  anonymiseOwn: null,
  migrations: [notesTable, pinnedColumn],
  routes: [
    {
      method: 'GET',
      path: 'notes',
      access: 'public',
      summary: 'List notes',
      schema: { response: z.strictObject({ items: z.array(Note) }) },
      async handle({ initiative }, { db }) {
        const rows = await db.query<{ id: string; text: string; pinned: boolean }>('SELECT id::text AS id, text, pinned FROM test_notes WHERE initiative_id = $1 ORDER BY id', [initiative.id]);
        return { items: rows };
      },
    },
    {
      method: 'POST',
      path: 'notes',
      access: 'public',
      summary: 'Post a note',
      status: 201,
      schema: { body: z.strictObject({ text: z.string().check(z.minLength(1), z.maxLength(20)) }), response: Note },
      async handle({ initiative, body }, { db }) {
        if (body.text === 'refuse me') throw new RouteProblem(409, 'note_refused', 'This note is refused.');
        const [row] = await db.query<{ id: string }>('INSERT INTO test_notes (initiative_id, text) VALUES ($1, $2) RETURNING id::text AS id', [initiative.id, body.text]);
        return { id: row!.id, text: body.text, pinned: false };
      },
    },
    {
      method: 'PUT',
      path: 'notes/:note/pin',
      access: 'contributions:moderate',
      summary: 'Pin a note',
      schema: { params: z.strictObject({ note: z.string().check(z.regex(/^\d{1,18}$/)) }), response: Note },
      async handle({ initiative, params, actor }, { db, publish, audit }) {
        return db.transaction(async (tx) => {
          const [row] = await tx.query<{ id: string; text: string; pinned: boolean }>(
            'UPDATE test_notes SET pinned = true WHERE initiative_id = $1 AND id = $2::bigint RETURNING id::text AS id, text, pinned',
            [initiative.id, params.note],
          );
          if (!row) throw new RouteProblem(404, 'not_found', 'No such note.');
          await publish(tx, 'note', row);
          await audit(tx, 'note.pin', { type: 'note', id: row.id });
          expect(actor?.role).toBeDefined();
          return row;
        });
      },
    },
  ],
}) as ServerFacet;

const types = [{ type: 'test-notes', migrations: notesFacet.migrations }];
const origin = pageFeedbackExample.allowedOrigins[0]!;

describe.each(drivers)('a type’s own tables and routes on %s', (driver) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let migrateTypes: (typeList: typeof types) => Promise<void>;
  let app: CollectorApp;
  let tokens: Tokens;

  beforeAll(async () => {
    ({ db, dispose, migrateTypes } = await openTestDatabase(driver));
    await migrateTypes(types);
    await seedDemo(db);
    tokens = await createTokens(db);
    const { organisation, status: _status, resultsPublished: _published, ...settings } = pageFeedbackExample;
    for (const [id, type] of [['notes', 'test-notes'], ['draft-notes', 'test-notes']] as const) {
      await insertInitiative(db, organisation.id, { ...settings, id, type });
      if (id === 'notes') await updateStatus(db, id, 'open');
    }
    app = await buildApp(testConfig(), { db, now: () => testNow, types: [notesFacet] });
  });
  afterAll(async () => {
    await app?.close();
    await dispose?.();
  });

  it('applies the migrations once, in order, and again changes nothing', async () => {
    const [column] = await db.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'test_notes' AND column_name = 'pinned'");
    expect(column).toBeDefined();
    await migrateTypes(types);
    const applied = await db.query('SELECT hash FROM drizzle."__participe_type_test-notes"');
    expect(applied).toHaveLength(2);
  });

  it('mounts public routes with the public API’s rules: schema, origin, CORS, the type’s own refusals', async () => {
    const posted = await app.inject({ method: 'POST', url: '/v1/initiatives/notes/notes', headers: { origin }, payload: { text: 'Bonjour' } });
    expect(posted.statusCode).toBe(201);
    expect(posted.headers['access-control-allow-origin']).toBe(origin);
    const listed = await app.inject({ method: 'GET', url: '/v1/initiatives/notes/notes' });
    expect(listed.json()).toEqual({ items: [{ id: posted.json().id, text: 'Bonjour', pinned: false }] });

    const tooLong = await app.inject({ method: 'POST', url: '/v1/initiatives/notes/notes', payload: { text: 'x'.repeat(21) } });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ code: 'validation_failed', issues: [{ path: 'text' }] });
    const foreign = await app.inject({ method: 'POST', url: '/v1/initiatives/notes/notes', headers: { origin: 'https://evil.example' }, payload: { text: 'x' } });
    expect(foreign.statusCode).toBe(403);
    const refused = await app.inject({ method: 'POST', url: '/v1/initiatives/notes/notes', payload: { text: 'refuse me' } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({ code: 'note_refused', message: 'This note is refused.' });
    // A draft, or an initiative of another type, has no such route.
    expect((await app.inject({ method: 'GET', url: '/v1/initiatives/draft-notes/notes' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/v1/initiatives/${pageFeedbackExample.id}/notes` })).statusCode).toBe(404);
  });

  it('mounts staff routes with the staff API’s rules: token, own organisation, role; publishes and audits', async () => {
    const posted = await app.inject({ method: 'POST', url: '/v1/initiatives/notes/notes', payload: { text: 'À épingler' } });
    const url = `/v1/staff/initiatives/notes/notes/${posted.json().id}/pin`;
    expect((await app.inject({ method: 'PUT', url })).statusCode).toBe(401);
    expect((await app.inject({ method: 'PUT', url, headers: bearer(tokens.other.admin) })).statusCode).toBe(404);
    expect((await app.inject({ method: 'PUT', url, headers: bearer(tokens.demo.analyst) })).statusCode).toBe(403);
    const [events, audits] = [await countRows(db, 'events'), await countRows(db, 'audit_log')];
    const pinned = await app.inject({ method: 'PUT', url, headers: bearer(tokens.demo.moderator) });
    expect(pinned.statusCode).toBe(200);
    expect(pinned.json()).toMatchObject({ text: 'À épingler', pinned: true });
    expect(await countRows(db, 'events')).toBe(events + 1);
    expect(await countRows(db, 'audit_log')).toBe(audits + 1);
    expect((await app.inject({ method: 'PUT', url: '/v1/staff/initiatives/notes/notes/999999/pin', headers: bearer(tokens.demo.moderator) })).statusCode).toBe(404);
    expect((await app.inject({ method: 'PUT', url: '/v1/staff/initiatives/notes/notes/abc/pin', headers: bearer(tokens.demo.moderator) })).statusCode).toBe(400);
  });

  it('documents them in the OpenAPI description', async () => {
    const paths = Object.keys((await app.inject({ method: 'GET', url: '/v1/openapi.json' })).json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/v1/initiatives/{id}/notes', '/v1/staff/initiatives/{id}/notes/{note}/pin']));
  });
});
