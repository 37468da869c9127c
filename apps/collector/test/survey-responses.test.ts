import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, StaffInitiative } from '@participe/core/schemas';
import { SurveyInitiative } from '@participe/survey/manifest';
import * as z from 'zod/mini';
import { participantHash } from '../src/security/hash.js';
import { bearer, drivers, startHarness, type Harness } from './support/harness.js';
import {
  countContributionsOf,
  enterResponse,
  longAnswers,
  openSurvey,
  postResponse,
  shortAnswers,
  surveyEnvelope,
  surveyId,
  type Answers,
} from './support/survey.js';

const permitAnswers: Answers = { ...shortAnswers, services: { choices: ['permis'] } };
const followUpAnswers: Answers = { ...shortAnswers, informer: true, courriel: 'a@example.org', consentement: true };
const without = (answers: Answers, id: string) => Object.fromEntries(Object.entries(answers).filter(([key]) => key !== id));

interface Forged {
  name: string;
  payload: unknown;
  /** The path the issues must name. */
  path: string;
  /** The survey's code for the problem there: the same the widget's own check gives. */
  code?: string;
}

const forge = (name: string, answers: Answers, question: string, code: string): Forged => ({ name, payload: { answers }, path: `payload.answers.${question}`, code });

/** Answers a widget would never send: each must be refused with the question's path. */
const forged: Forged[] = [
  forge('text for a rating', { ...shortAnswers, satisfaction: 'cinq' }, 'satisfaction', 'wrong_kind'),
  forge('a number for a single choice', { ...shortAnswers, frequence: 3 }, 'frequence', 'wrong_kind'),
  forge('a string for a yes-no', { ...shortAnswers, informer: 'non' }, 'informer', 'wrong_kind'),
  forge('a string for a multiple choice', { ...shortAnswers, services: 'sante' }, 'services', 'wrong_kind'),
  forge('an unknown choice id', { ...shortAnswers, frequence: 'quotidien' }, 'frequence', 'not_a_choice'),
  forge('an unknown choice among several', { ...shortAnswers, services: { choices: ['sante', 'sport'] } }, 'services', 'not_a_choice'),
  forge('"other" on a question without it', { ...shortAnswers, frequence: { other: 'Tous les jours' } }, 'frequence', 'wrong_kind'),
  forge('an unknown matrix column', { ...shortAnswers, enonces: { trouver: '9', clair: '1' } }, 'enonces', 'not_a_choice'),
  forge('an unknown matrix row', { ...shortAnswers, enonces: { trouver: '1', clair: '1', vite: '1' } }, 'enonces', 'not_a_choice'),
  forge('a rating above its maximum', { ...shortAnswers, satisfaction: 6 }, 'satisfaction', 'above_maximum'),
  forge('a rating below its minimum', { ...shortAnswers, satisfaction: 0 }, 'satisfaction', 'below_minimum'),
  forge('a rating that is not whole', { ...shortAnswers, satisfaction: 3.5 }, 'satisfaction', 'not_whole'),
  forge('a number above its maximum', { ...permitAnswers, 'nombre-permis': 51 }, 'nombre-permis', 'above_maximum'),
  forge('a date before its minimum', { ...permitAnswers, 'date-demande': '2019-12-31' }, 'date-demande', 'below_minimum'),
  forge('a date that does not exist', { ...permitAnswers, 'date-demande': '2026-02-30' }, 'date-demande', 'invalid_date'),
  forge('too many choices', { ...shortAnswers, services: { choices: ['sante', 'impots', 'permis'], other: 'Autre chose' } }, 'services', 'choose_at_most'),
  forge('a text longer than its maximum', { ...shortAnswers, mot: 'x'.repeat(101) }, 'mot', 'too_long'),
  forge('a long text longer than its maximum', { ...shortAnswers, satisfaction: 1, problemes: 'x'.repeat(1001) }, 'problemes', 'too_long'),
  forge('an "other" text over 300 characters', { ...shortAnswers, services: { choices: [], other: 'x'.repeat(301) } }, 'services', 'too_long'),
  forge('a ranking missing choices', { ...shortAnswers, priorites: ['delais'] }, 'priorites', 'ranking_incomplete'),
  forge('a ranking naming a choice twice', { ...shortAnswers, priorites: ['delais', 'delais', 'aide'] }, 'priorites', 'not_a_choice'),
  forge('a missing required answer', without(shortAnswers, 'frequence'), 'frequence', 'required'),
  forge('a blank required answer', { ...shortAnswers, frequence: '  ' }, 'frequence', 'required'),
  forge('a matrix with a row unanswered', { ...shortAnswers, enonces: { trouver: '4' } }, 'enonces', 'matrix_incomplete'),
  forge('no email when asked to be informed', without(followUpAnswers, 'courriel'), 'courriel', 'required'),
  forge('consent not given', { ...followUpAnswers, consentement: false }, 'consentement', 'consent_required'),
  forge('an invalid email', { ...followUpAnswers, courriel: 'pas-un-courriel' }, 'courriel', 'invalid_email'),
  forge('an invalid postal code', { ...followUpAnswers, 'code-postal': 'ZZZ 999' }, 'code-postal', 'invalid_postal_code'),
  forge('an answer to a follow-up hidden by satisfaction', { ...shortAnswers, problemes: 'Rien' }, 'problemes', 'hidden'),
  forge('an answer on the permits page without permits', { ...shortAnswers, 'nombre-permis': 2 }, 'nombre-permis', 'hidden'),
  forge('an email when not asked to be informed', { ...shortAnswers, courriel: 'a@example.org' }, 'courriel', 'hidden'),
  forge('an unknown question id', { ...shortAnswers, inconnue: 'x' }, 'inconnue', 'unknown_question'),
  forge('an answer to a static text', { ...shortAnswers, 'intro-suivi': 'x' }, 'intro-suivi', 'not_answerable'),
  { name: 'an extra payload field', payload: { answers: shortAnswers, score: 5 }, path: 'payload' },
  { name: 'no answers at all', payload: {}, path: 'payload.answers' },
  { name: 'answers as a list', payload: { answers: [] }, path: 'payload.answers' },
];

describe.each(drivers)('survey responses on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver);
  });
  afterAll(() => h?.close());

  const readInitiative = async (id: string) => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/initiatives/${id}` });
    expect(response.statusCode).toBe(200);
    return z.parse(SurveyInitiative, response.json());
  };

  describe('definitions', () => {
    it('serves the seeded example as the survey widget reads it', async () => {
      const initiative = await readInitiative(surveyId);
      expect(initiative.definition.pages.map((page) => page.id)).toEqual(['vous', 'experience', 'permis', 'priorites', 'suivi']);
      expect(initiative.definition.onePerParticipant).toBe(true);
    });

    it('refuses a definition that breaks the survey rules, saying where', async () => {
      const { organisation: _o, status: _s, resultsPublished: _r, ...settings } = await readInitiative(surveyId);
      const [first, ...rest] = settings.definition.pages;
      const broken = {
        ...settings.definition,
        pages: [{ ...first!, showIf: { question: 'satisfaction', atLeast: 3 }, questions: [...first!.questions, { ...first!.questions[0]! }] }, ...rest],
      };
      const response = await h.app.inject({
        method: 'POST',
        url: '/v1/staff/initiatives',
        headers: bearer(h.tokens.demo.editor),
        payload: { ...settings, id: 'mal-definie', definition: broken },
      });
      expect(response.statusCode).toBe(400);
      const paths = z.parse(ApiError, response.json()).issues?.map((issue) => issue.path);
      expect(paths).toEqual(expect.arrayContaining(['definition.pages', 'definition.pages[0].showIf']));
    });
  });

  describe('validation against the initiative’s own definition', () => {
    it.each(forged)('refuses $name with 400 validation_failed, storing nothing', async ({ payload, path, code }) => {
      const before = await countContributionsOf(h, surveyId);
      const response = await postResponse(h, { ...surveyEnvelope({}), payload });
      expect(response.statusCode, response.body).toBe(400);
      const error = z.parse(ApiError, response.json());
      expect(error.code).toBe('validation_failed');
      expect(error.issues?.map((issue) => issue.path)).toContain(path);
      if (code) expect(error.issues).toContainEqual(expect.objectContaining({ path, code }));
      expect(await countContributionsOf(h, surveyId)).toBe(before);
    });

    it('says what is wrong question by question: the rules’ code and figures, and the same in English', async () => {
      const response = await postResponse(h, surveyEnvelope({ ...shortAnswers, satisfaction: 9, problemes: 'Rien', inconnue: 1 }));
      expect(response.json().issues).toEqual([
        { path: 'payload.answers.satisfaction', code: 'above_maximum', params: { maximum: 5 }, message: 'must be at most 5' },
        { path: 'payload.answers.problemes', code: 'hidden', message: 'this question was not shown for the other answers, so it cannot be answered' },
        { path: 'payload.answers.inconnue', code: 'unknown_question', message: 'no such question in this survey' },
      ]);
    });

    it.each([
      ['the shortest way through', shortAnswers],
      ['the permits page', { ...permitAnswers, 'nombre-permis': 0, 'date-demande': '2026-01-31' }],
      ['the dissatisfied follow-up', { ...shortAnswers, satisfaction: 1, problemes: 'Introuvable' }],
      ['contact details with consent', followUpAnswers],
      ['every question', longAnswers],
      ['empty answers to hidden and optional questions', { ...shortAnswers, courriel: '', mot: '', facilite: null }],
    ])('accepts %s', async (_name, answers) => {
      const response = await postResponse(h, surveyEnvelope(answers));
      expect(response.statusCode, response.body).toBe(201);
    });

    it('stores the normalised answers: postal code formatted, texts trimmed', async () => {
      const ack = await postResponse(h, surveyEnvelope({ ...longAnswers, mot: '  Lent  ' }));
      const [row] = await h.db.query<{ payload: { answers: Answers } }>('SELECT payload FROM contributions WHERE id = $1', [ack.json().id]);
      expect(row!.payload.answers).toMatchObject({ 'code-postal': 'H2X 1Y4', mot: 'Lent', services: { choices: ['impots', 'permis'], other: 'Assurance parentale' } });
    });

    it('checks paper and phone entries by the same rules, then stores them', async () => {
      const bad = await enterResponse(h, surveyId, { ...shortAnswers, frequence: 'quotidien' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().issues).toContainEqual({ path: 'payload.answers.frequence', code: 'not_a_choice', message: 'not one of the question’s choices' });
      const good = await enterResponse(h, surveyId, longAnswers, 'phone');
      expect(good.statusCode, good.body).toBe(201);
      const [row] = await h.db.query('SELECT channel, entered_by IS NOT NULL AS keyed FROM contributions WHERE id = $1', [good.json().id]);
      expect(row).toEqual({ channel: 'phone', keyed: true });
    });
  });

  describe('"Other (specify)": what it means, on single and multiple choice', () => {
    const label = (text: string) => ({ fr: text, en: text });
    const choice = (id: string) => ({ id, label: label(id) });
    const principles = ['equite', 'transparence', 'sobriete', 'proximite', 'securite', 'innovation', 'solidarite'].map(choice);
    const consultation = {
      onePerParticipant: false,
      review: false,
      pages: [
        {
          id: 'principes',
          questions: [
            { id: 'secteur', type: 'single', required: false, other: true, label: label('Secteur'), choices: [choice('sante'), choice('education')] },
            // "Choose three of the seven principles, then Other (specify)": Other outside the count.
            { id: 'trois', type: 'multiple', required: true, other: true, otherCounts: false, min: 3, max: 3, label: label('Trois principes'), choices: principles },
            { id: 'deux', type: 'multiple', required: false, other: true, max: 2, label: label('Deux au plus'), choices: principles },
          ],
        },
      ],
    };
    const three = { choices: ['equite', 'transparence', 'sobriete'] };
    const post = (answers: Answers) => postResponse(h, surveyEnvelope(answers, { initiative: 'principes' }));
    beforeAll(() => openSurvey(h, 'principes', consultation));

    it.each([
      ['empty', ''],
      ['blank', '   '],
    ])('refuses an %s "Other" on a single-choice question with 400 other_missing, as on multiple choice, storing nothing', async (_name, other) => {
      const before = await countContributionsOf(h, 'principes');
      for (const answers of [
        { secteur: { other }, trois: three },
        { trois: { ...three, other } },
      ]) {
        const response = await post(answers);
        expect(response.statusCode, response.body).toBe(400);
        const question = 'secteur' in answers ? 'secteur' : 'trois';
        expect(response.json().issues).toContainEqual(expect.objectContaining({ path: `payload.answers.${question}`, code: 'other_missing' }));
      }
      expect(await countContributionsOf(h, 'principes')).toBe(before);
    });

    it('takes three principles plus a suggestion under Other when Other does not count toward the limits', async () => {
      const response = await post({ secteur: { other: 'Culture' }, trois: { ...three, other: 'Sobriété numérique' } });
      expect(response.statusCode, response.body).toBe(201);
      const [row] = await h.db.query<{ payload: { answers: Answers } }>('SELECT payload FROM contributions WHERE id = $1', [response.json().id]);
      expect(row!.payload.answers).toEqual({ secteur: { other: 'Culture' }, trois: { ...three, other: 'Sobriété numérique' } });
      // Other alone does not make up the three.
      const short = await post({ trois: { choices: ['equite', 'transparence'], other: 'Autre' } });
      expect(short.json().issues).toContainEqual(expect.objectContaining({ path: 'payload.answers.trois', code: 'choose_at_least', params: { minimum: 3 } }));
    });

    it('counts Other toward the limits unless told otherwise', async () => {
      const response = await post({ trois: three, deux: { choices: ['equite', 'securite'], other: 'Autre' } });
      expect(response.statusCode).toBe(400);
      expect(response.json().issues).toContainEqual(expect.objectContaining({ path: 'payload.answers.deux', code: 'choose_at_most', params: { maximum: 2 } }));
    });
  });

  describe('a comment beside a closed answer', () => {
    const label = (text: string) => ({ fr: text, en: text });
    const withComment = {
      onePerParticipant: false,
      review: false,
      pages: [{ id: 'avis', questions: [{ id: 'accord', type: 'yes-no', required: true, label: label('D’accord?'), comment: label('Pourquoi?') }] }],
    };
    beforeAll(() => openSurvey(h, 'avis-commente', withComment));
    const post = (payload: unknown) => postResponse(h, { ...surveyEnvelope({}, { initiative: 'avis-commente' }), payload });

    it('stores the comment trimmed beside the answer, and exports it in its own column', async () => {
      const response = await post({ answers: { accord: false }, comments: { accord: '  Trop cher.  ' } });
      expect(response.statusCode, response.body).toBe(201);
      const [row] = await h.db.query<{ payload: unknown }>('SELECT payload FROM contributions WHERE id = $1', [response.json().id]);
      expect(row!.payload).toEqual({ answers: { accord: false }, comments: { accord: 'Trop cher.' } });
      const csv = await h.app.inject({ method: 'GET', url: '/v1/staff/initiatives/avis-commente/export?format=csv', headers: bearer(h.tokens.demo.analyst) });
      expect(csv.statusCode).toBe(200);
      const [header, line] = csv.body.replace(/^\uFEFF/, '').split(/\r?\n/);
      expect(header).toContain('D’accord? — commentaire');
      expect(line).toContain('Trop cher.');
    });

    it('refuses a comment on a question without a box or one too long, storing nothing', async () => {
      const before = await countContributionsOf(h, 'avis-commente');
      const unknown = await post({ answers: { accord: true }, comments: { autre: 'x' } });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().issues).toContainEqual(expect.objectContaining({ path: 'payload.comments.autre', code: 'unknown_question' }));
      const long = await post({ answers: { accord: true }, comments: { accord: 'x'.repeat(1001) } });
      expect(long.json().issues).toContainEqual(expect.objectContaining({ path: 'payload.comments.accord', code: 'too_long', params: { maximum: 1000 } }));
      expect(await countContributionsOf(h, 'avis-commente')).toBe(before);
    });
  });

  describe('one response per participant', () => {
    it('refuses a second response from the same participant with 409 already_participated', async () => {
      const participant = randomUUID();
      const first = surveyEnvelope(shortAnswers, { participant });
      expect((await postResponse(h, first)).statusCode).toBe(201);
      const second = await postResponse(h, surveyEnvelope(longAnswers, { participant }));
      expect(second.statusCode).toBe(409);
      expect(z.parse(ApiError, second.json())).toEqual({
        code: 'already_participated',
        message: 'This participant has already answered: this initiative accepts one response per participant.',
      });
      expect(await h.db.query('SELECT 1 FROM contributions WHERE participant_hash = $1', [participantHash(surveyId, participant)])).toHaveLength(1);
    });

    it('still answers a retry of the first response with its first answer', async () => {
      const body = surveyEnvelope(shortAnswers);
      const first = await postResponse(h, body);
      const retry = await postResponse(h, body);
      expect(retry.statusCode).toBe(201);
      expect(retry.json()).toEqual(first.json());
    });

    it('lets exactly one of concurrent responses from one participant through', async () => {
      const participant = randomUUID();
      const answers = await Promise.all(Array.from({ length: 6 }, () => postResponse(h, surveyEnvelope(shortAnswers, { participant }))));
      const statuses = answers.map((answer) => answer.statusCode).sort();
      expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
      expect(answers.filter((answer) => answer.statusCode === 409).every((answer) => answer.json().code === 'already_participated')).toBe(true);
      expect(await h.db.query('SELECT 1 FROM contributions WHERE participant_hash = $1', [participantHash(surveyId, participant)])).toHaveLength(1);
    });

    it('does not limit participants when the definition allows several responses', async () => {
      await openSurvey(h, 'plusieurs-reponses', { onePerParticipant: false });
      const participant = randomUUID();
      for (const answers of [shortAnswers, longAnswers]) {
        const response = await postResponse(h, surveyEnvelope(answers, { initiative: 'plusieurs-reponses', participant }));
        expect(response.statusCode).toBe(201);
      }
    });

    it('never limits staff entries: each paper form is its own participant', async () => {
      const before = await countContributionsOf(h, surveyId);
      for (let i = 0; i < 3; i++) expect((await enterResponse(h, surveyId, shortAnswers)).statusCode).toBe(201);
      expect(await countContributionsOf(h, surveyId)).toBe(before + 3);
    });
  });

  describe('response cap', () => {
    it('closes the survey once it holds its maximum, paper entries included', async () => {
      await openSurvey(h, 'plafond', { responseCap: 3 });
      const first = surveyEnvelope(shortAnswers, { initiative: 'plafond' });
      expect((await postResponse(h, first)).statusCode).toBe(201);
      expect((await enterResponse(h, 'plafond', shortAnswers)).statusCode).toBe(201);
      expect((await readInitiative('plafond')).status).toBe('open');
      expect((await postResponse(h, surveyEnvelope(longAnswers, { initiative: 'plafond' }))).statusCode).toBe(201);

      const refused = await postResponse(h, surveyEnvelope(shortAnswers, { initiative: 'plafond' }));
      expect(refused.statusCode).toBe(409);
      expect(z.parse(ApiError, refused.json())).toEqual({
        code: 'initiative_closed',
        message: 'This survey has reached its maximum number of responses (3): it no longer accepts contributions.',
      });
      expect((await readInitiative('plafond')).status).toBe('closed');
      const staff = await h.app.inject({ method: 'GET', url: '/v1/staff/initiatives/plafond', headers: bearer(h.tokens.demo.analyst) });
      expect(z.parse(StaffInitiative, staff.json())).toMatchObject({ status: 'open', availability: 'closed', contributionCount: 3 });

      // A retry of an accepted response is still answered; a late paper form is still keyed in.
      expect((await postResponse(h, first)).statusCode).toBe(201);
      expect((await enterResponse(h, 'plafond', shortAnswers)).statusCode).toBe(201);
      expect(await countContributionsOf(h, 'plafond')).toBe(4);
    });

    it('tells live widgets that the response filling the survey closed it', async () => {
      await openSurvey(h, 'plafond-direct', { responseCap: 1 });
      expect((await postResponse(h, surveyEnvelope(shortAnswers, { initiative: 'plafond-direct' }))).statusCode).toBe(201);
      const events = await h.db.query<{ type: string; data: { status: string } }>(`SELECT type, data FROM events WHERE initiative_id = 'plafond-direct' ORDER BY id`);
      expect(events.map((event) => [event.type, event.data.status])).toEqual([
        ['initiative', 'open'],
        ['initiative', 'closed'],
      ]);
    });

    it('reopens when a moderator rejects a response, since rejected ones do not count, and says so live', async () => {
      await openSurvey(h, 'plafond-modere', { responseCap: 1 });
      const ack = await postResponse(h, surveyEnvelope(shortAnswers, { initiative: 'plafond-modere' }));
      expect((await readInitiative('plafond-modere')).status).toBe('closed');
      const rejected = await h.app.inject({
        method: 'POST',
        url: `/v1/staff/initiatives/plafond-modere/contributions/${ack.json().id}/moderation`,
        headers: bearer(h.tokens.demo.moderator),
        payload: { state: 'rejected' },
      });
      expect(rejected.statusCode).toBe(204);
      expect((await readInitiative('plafond-modere')).status).toBe('open');
      expect((await postResponse(h, surveyEnvelope(shortAnswers, { initiative: 'plafond-modere' }))).statusCode).toBe(201);
      const events = await h.db.query<{ data: { status: string } }>(`SELECT data FROM events WHERE initiative_id = 'plafond-modere' ORDER BY id`);
      expect(events.map((event) => event.data.status)).toEqual(['open', 'closed', 'open', 'closed']);
    });

    it('accepts exactly the cap when responses race at the boundary', async () => {
      await openSurvey(h, 'plafond-course', { responseCap: 4 });
      const answers = await Promise.all(Array.from({ length: 10 }, () => postResponse(h, surveyEnvelope(shortAnswers, { initiative: 'plafond-course' }))));
      expect(answers.filter((answer) => answer.statusCode === 201)).toHaveLength(4);
      expect(answers.filter((answer) => answer.statusCode === 409).map((answer) => answer.json().code)).toEqual(Array(6).fill('initiative_closed'));
      expect(await countContributionsOf(h, 'plafond-course')).toBe(4);
    });
  });
});
