import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { surveyExample } from '@participe/survey/manifest';
import { StaffContribution } from '@participe/core/schemas';
import { SurveyDefinition } from '@participe/survey/manifest';
import { SurveyResults } from '@participe/survey/manifest';
import * as z from 'zod/mini';
import { leafPaths, toCsv } from '../src/domain/csv.js';
import { exportColumns } from '../src/domain/export.js';
import type { InitiativeRecord } from '../src/storage/initiatives.js';
import { bearer, drivers, startHarness, type Harness } from './support/harness.js';
import { enterResponse, openSurvey, postResponse, surveyEnvelope, surveyId, type Answers } from './support/survey.js';

const injection = '=HYPERLINK("http://evil.example","clic")';

/** Six responses through the example; the fifth is rejected by a moderator, so five count. */
const responses: Array<{ answers: Answers; channel: 'web' | 'paper'; language: 'fr' | 'en'; reject?: true }> = [
  {
    channel: 'web',
    language: 'fr',
    answers: {
      frequence: 'semaine',
      services: { choices: ['sante', 'permis'] },
      satisfaction: 5,
      enonces: { trouver: '5', clair: '4' },
      facilite: '4',
      recommander: true,
      'nombre-permis': 3,
      'date-demande': '2026-03-15',
      priorites: ['delais', 'mobile', 'aide'],
      mot: injection,
      informer: true,
      courriel: 'ana@example.org',
      'code-postal': 'h2x1y4',
      consentement: true,
    },
  },
  {
    channel: 'web',
    language: 'en',
    answers: {
      frequence: 'mois',
      services: { choices: ['impots'], other: 'Assurance parentale' },
      satisfaction: 2,
      problemes: 'Trop lent, "vraiment"',
      enonces: { trouver: '2', clair: '3' },
      facilite: '2',
      recommander: false,
      priorites: ['mobile', 'delais', 'aide'],
      mot: 'Éléphant à l’école',
      informer: false,
    },
  },
  {
    channel: 'web',
    language: 'fr',
    answers: {
      frequence: 'annee',
      services: { choices: ['permis'] },
      satisfaction: 4,
      enonces: { trouver: '4', clair: '4' },
      'nombre-permis': 1,
      priorites: ['delais', 'aide', 'mobile'],
      mot: '',
      informer: false,
    },
  },
  {
    channel: 'paper',
    language: 'fr',
    answers: {
      frequence: 'semaine',
      services: { choices: ['sante'] },
      satisfaction: 1,
      problemes: 'Formulaire introuvable',
      enonces: { trouver: '1', clair: '2' },
      facilite: '1',
      recommander: false,
      priorites: ['aide', 'delais', 'mobile'],
      informer: false,
    },
  },
  {
    channel: 'web',
    language: 'fr',
    reject: true,
    answers: {
      frequence: 'jamais',
      services: { choices: ['sante'] },
      satisfaction: 3,
      enonces: { trouver: '3', clair: '3' },
      priorites: ['mobile', 'aide', 'delais'],
      informer: false,
    },
  },
  {
    channel: 'web',
    language: 'en',
    answers: {
      frequence: 'semaine',
      services: { choices: ['impots', 'permis'] },
      satisfaction: 4,
      enonces: { trouver: '5', clair: '5' },
      facilite: '5',
      recommander: true,
      'nombre-permis': 6,
      'date-demande': '2025-11-02',
      priorites: ['delais', 'mobile', 'aide'],
      informer: true,
      courriel: 'bob@example.org',
      consentement: true,
    },
  },
];

const expectedResults: SurveyResults = {
  initiative: surveyId,
  type: 'survey',
  responses: 5,
  questions: [
    { question: 'frequence', kind: 'choices', answered: 5, counts: { semaine: 3, mois: 1, annee: 1, jamais: 0 } },
    { question: 'services', kind: 'choices', answered: 5, counts: { sante: 2, impots: 2, permis: 3, other: 1 } },
    {
      question: 'satisfaction',
      kind: 'numbers',
      answered: 5,
      mean: 3.2,
      median: 4,
      distribution: [
        { value: 1, count: 1 },
        { value: 2, count: 1 },
        { value: 3, count: 0 },
        { value: 4, count: 2 },
        { value: 5, count: 1 },
      ],
    },
    { question: 'problemes', kind: 'count-only', answered: 2 },
    {
      question: 'enonces',
      kind: 'matrix',
      answered: 5,
      counts: { trouver: { 1: 1, 2: 1, 3: 0, 4: 1, 5: 2 }, clair: { 1: 0, 2: 1, 3: 1, 4: 2, 5: 1 } },
    },
    { question: 'facilite', kind: 'choices', answered: 4, counts: { 1: 1, 2: 1, 3: 0, 4: 1, 5: 1 } },
    { question: 'recommander', kind: 'choices', answered: 4, counts: { yes: 2, no: 2 } },
    {
      question: 'nombre-permis',
      kind: 'numbers',
      answered: 3,
      mean: 3.33,
      median: 3,
      distribution: [
        { value: 1, count: 1 },
        { value: 3, count: 1 },
        { value: 6, count: 1 },
      ],
    },
    { question: 'date-demande', kind: 'count-only', answered: 2 },
    { question: 'priorites', kind: 'ranking', answered: 5, averageRank: { delais: 1.4, mobile: 2.2, aide: 2.4 }, firstPlace: { mobile: 1, delais: 3, aide: 1 } },
    { question: 'mot', kind: 'count-only', answered: 2 },
    { question: 'informer', kind: 'choices', answered: 5, counts: { yes: 2, no: 3 } },
    { question: 'courriel', kind: 'count-only', answered: 2 },
    { question: 'code-postal', kind: 'count-only', answered: 1 },
    { question: 'consentement', kind: 'count-only', answered: 2 },
  ],
};

/** Every free text the responses hold: none may reach the published results. */
const freeTexts = ['Assurance parentale', 'Trop lent', 'Formulaire introuvable', 'HYPERLINK', 'Éléphant', 'ana@example.org', 'bob@example.org', 'H2X', '2026-03-15'];

type CsvRow = Record<string, string>;

describe('survey export headers', () => {
  const t = (fr: string, en: string) => ({ fr, en });
  const options = [
    { id: 'a', label: t('Un', 'One') },
    { id: 'b', label: t('Deux', 'Two') },
  ];
  const definition = z.parse(SurveyDefinition, {
    pages: [
      {
        id: 'page',
        questions: [
          { id: 'age', type: 'number', label: t('Âge', 'Age') },
          { id: 'age-conjoint', type: 'number', label: t('Âge', 'Age of spouse') },
          { id: 'langue', type: 'single', label: t('Langue', 'Preferred language'), choices: options },
          { id: 'avis', type: 'matrix', label: t('Avis', 'Opinion'), rows: [{ id: 'prix', label: t('Prix', 'Price') }], columns: options },
          { id: 'avis-bis', type: 'matrix', label: t('Avis', 'Opinion'), rows: [{ id: 'prix', label: t('Prix', 'Price') }], columns: options },
        ],
      },
    ],
  });
  const { organisation, status, resultsPublished, ...settings } = surveyExample;
  const initiative: InitiativeRecord = {
    id: 'entetes',
    type: 'survey',
    organisation,
    status,
    resultsPublished,
    settings: { ...settings, id: 'entetes', definition },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  const contribution: StaffContribution = {
    id: randomUUID(),
    initiative: 'entetes',
    channel: 'web',
    language: 'fr',
    participant: randomUUID(),
    moderationState: 'approved',
    receivedAt: '2026-02-01T00:00:00.000Z',
    enteredBy: null,
    payload: { answers: { age: 41, 'age-conjoint': -3, langue: 'b', avis: { prix: 'a' }, retiree: 'Ancienne réponse' } },
  };
  /** The export of this one contribution, as the collector writes it (paths as its SQL finds them; survey columns read nothing from the database). */
  const writeExport = async (language: 'fr' | 'en') => toCsv([contribution], await exportColumns({ query: async () => [] } as never, initiative, language, leafPaths([contribution])));
  const headers = async (language: 'fr' | 'en') => (parse((await writeExport(language)).slice(1)) as string[][])[0]!.slice(7);

  it('adds the id to labels two questions share, and to a label equal to a metadata header', async () => {
    expect(await headers('fr')).toEqual(['Âge (age)', 'Âge (age-conjoint)', 'Langue (langue)', 'Avis (avis) — Prix', 'Avis (avis-bis) — Prix', 'retiree']);
    expect(await headers('en')).toEqual(['Age', 'Age of spouse', 'Preferred language', 'Opinion (avis) — Price', 'Opinion (avis-bis) — Price', 'retiree']);
  });

  it('keeps numbers as numbers and answers to questions removed since under their id', async () => {
    const [, row] = parse((await writeExport('fr')).slice(1)) as string[][];
    expect(row!.slice(7)).toEqual(['41', '-3', 'Deux', 'Un', '', 'Ancienne réponse']);
  });
});

describe.each(drivers)('survey results and export on %s', (driver) => {
  let h: Harness;
  /** Contribution ids, in the order of `responses`. */
  const ids: string[] = [];
  beforeAll(async () => {
    h = await startHarness(driver);
    for (const response of responses) {
      const ack =
        response.channel === 'paper'
          ? await enterResponse(h, surveyId, response.answers)
          : await postResponse(h, surveyEnvelope(response.answers, { language: response.language }));
      expect(ack.statusCode, ack.body).toBe(201);
      ids.push(ack.json().id);
      if (response.reject) {
        const url = `/v1/staff/initiatives/${surveyId}/contributions/${ack.json().id}/moderation`;
        const moderated = await h.app.inject({ method: 'POST', url, headers: bearer(h.tokens.demo.moderator), payload: { state: 'rejected' } });
        expect(moderated.statusCode).toBe(204);
      }
    }
  });
  afterAll(() => h?.close());

  const publish = async (id: string) => {
    const published = await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${id}/results-publication`, headers: bearer(h.tokens.demo.editor), payload: { published: true } });
    expect(published.statusCode).toBe(200);
  };
  const readResults = (id: string) => h.app.inject({ method: 'GET', url: `/v1/initiatives/${id}/results` });
  const exportCsv = async (query = '') => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${surveyId}/export?format=csv${query}`, headers: bearer(h.tokens.demo.analyst) });
    expect(response.statusCode, response.body).toBe(200);
    const text = response.rawPayload.toString('utf8');
    const [header, ...rows] = parse(text.slice(1)) as string[][];
    const byId = new Map(rows.map((row) => [row[0]!, Object.fromEntries(header!.map((name, index) => [name, row[index]!])) as CsvRow]));
    return { text, header: header!, row: (index: number) => byId.get(ids[index]!)! };
  };

  describe('results', () => {
    it('shows staff the results before they are published, to their own organisation only', async () => {
      const staffResults = (token: string) => h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${surveyId}/results`, headers: bearer(token) });
      const mine = await staffResults(h.tokens.demo.analyst);
      expect(mine.statusCode, mine.body).toBe(200);
      expect(z.parse(SurveyResults, mine.json())).toEqual(expectedResults);
      expect((await staffResults(h.tokens.other.admin)).statusCode).toBe(404);
    });

    it('publishes nothing until staff publish, then exact figures per question', async () => {
      expect((await readResults(surveyId)).statusCode).toBe(404);
      await publish(surveyId);
      const response = await readResults(surveyId);
      expect(response.statusCode).toBe(200);
      expect(z.parse(SurveyResults, response.json())).toEqual(expectedResults);
    });

    it('never publishes free text, emails, postal codes or dates', async () => {
      const published = (await readResults(surveyId)).body;
      for (const text of freeTexts) expect(published).not.toContain(text);
    });

    it('sends the same results to live viewers when publishing', async () => {
      const [event] = await h.db.query<{ data: unknown }>(`SELECT data FROM events WHERE initiative_id = $1 AND type = 'results' ORDER BY id DESC LIMIT 1`, [surveyId]);
      expect(event!.data).toEqual({ published: true, results: expectedResults });
    });

    it('publishes a survey without responses as zeroes, with no mean or median', async () => {
      await openSurvey(h, 'sans-reponse');
      await publish('sans-reponse');
      const results = z.parse(SurveyResults, (await readResults('sans-reponse')).json());
      expect(results.responses).toBe(0);
      expect(results.questions.every((question) => question.answered === 0)).toBe(true);
      expect(results.questions.find((question) => question.question === 'satisfaction')).toEqual({
        question: 'satisfaction',
        kind: 'numbers',
        answered: 0,
        mean: null,
        median: null,
        distribution: [1, 2, 3, 4, 5].map((value) => ({ value, count: 0 })),
      });
      expect(results.questions.find((question) => question.question === 'priorites')).toEqual({
        question: 'priorites',
        kind: 'ranking',
        answered: 0,
        averageRank: {},
        firstPlace: { mobile: 0, delais: 0, aide: 0 },
      });
    });
  });

  describe('"Don’t know" on yes/no and scales', () => {
    const label = (text: string) => ({ fr: text, en: text });
    const unsureSurvey = {
      onePerParticipant: false,
      review: false,
      pages: [
        {
          id: 'avis',
          questions: [
            { id: 'accord', type: 'yes-no', unsure: true, label: label('D’accord?') },
            { id: 'note', type: 'rating', min: 1, max: 5, unsure: true, label: label('Note') },
            { id: 'echelle', type: 'likert', unsure: true, label: label('Échelle'), choices: [{ id: 'non', label: label('Non') }, { id: 'oui', label: label('Oui') }] },
          ],
        },
      ],
    };
    beforeAll(async () => {
      await openSurvey(h, 'ne-sait-pas', unsureSurvey);
      for (const answers of [
        { accord: true, note: 4, echelle: 'oui' },
        { accord: 'unsure', note: 'unsure', echelle: 'unsure' },
        { accord: false, note: 2, echelle: 'unsure' },
      ]) {
        const ack = await postResponse(h, surveyEnvelope(answers, { initiative: 'ne-sait-pas' }));
        expect(ack.statusCode, ack.body).toBe(201);
      }
    });

    it('counts "Don’t know" apart: a choice of its own, never in a mean or a median', async () => {
      const response = await h.app.inject({ method: 'GET', url: '/v1/staff/initiatives/ne-sait-pas/results', headers: bearer(h.tokens.demo.analyst) });
      const results = z.parse(SurveyResults, response.json());
      const of = (id: string) => results.questions.find((question) => question.question === id);
      expect(of('accord')).toEqual({ question: 'accord', kind: 'choices', answered: 3, counts: { yes: 1, no: 1, unsure: 1 } });
      expect(of('echelle')).toEqual({ question: 'echelle', kind: 'choices', answered: 3, counts: { non: 0, oui: 1, unsure: 2 } });
      expect(of('note')).toMatchObject({ kind: 'numbers', answered: 3, unsure: 1, mean: 3, median: 3 });
    });

    it('refuses "unsure" where the question does not offer it', async () => {
      const refused = await postResponse(h, surveyEnvelope({ ...{ frequence: 'mois', services: { choices: ['sante'] }, satisfaction: 'unsure' } }));
      expect(refused.statusCode).toBe(400);
      expect(refused.json().issues).toContainEqual(expect.objectContaining({ path: 'payload.answers.satisfaction', code: 'wrong_kind' }));
    });

    it('writes "Don’t know" in words in the export', async () => {
      const response = await h.app.inject({ method: 'GET', url: '/v1/staff/initiatives/ne-sait-pas/export?format=csv&lang=en', headers: bearer(h.tokens.demo.analyst) });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.body).toContain('Don’t know');
      expect(response.body).not.toMatch(/,unsure(,|\r?\n)/);
    });
  });

  describe('CSV export', () => {
    const label = (id: string, language: 'fr' | 'en') =>
      surveyExample.definition.pages.flatMap((page) => page.questions).find((question) => question.id === id)!.label[language];

    it('has one column per question, headed in French by default, after the metadata', async () => {
      const { text, header } = await exportCsv();
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const fr = (id: string) => label(id, 'fr');
      expect(header).toEqual([
        'Identifiant',
        'Reçu le',
        'Canal',
        'Langue',
        'Modération',
        'Participant',
        'Saisi par',
        fr('frequence'),
        fr('services'),
        `${fr('services')} — Autre`,
        fr('satisfaction'),
        fr('problemes'),
        `${fr('enonces')} — L’information est facile à trouver`,
        `${fr('enonces')} — Le langage est clair`,
        fr('facilite'),
        fr('recommander'),
        fr('nombre-permis'),
        fr('date-demande'),
        fr('priorites'),
        fr('mot'),
        fr('informer'),
        fr('courriel'),
        fr('code-postal'),
        fr('consentement'),
      ]);
    });

    it('writes answers in words: labels, yes and no, choices joined, rankings numbered, dates as entered', async () => {
      const { row } = await exportCsv('&lang=fr');
      expect(row(0)).toMatchObject({
        Canal: 'web',
        Modération: 'approved',
        [label('frequence', 'fr')]: 'Chaque semaine',
        [label('services', 'fr')]: 'Santé; Permis et licences',
        [`${label('services', 'fr')} — Autre`]: '',
        [label('satisfaction', 'fr')]: '5',
        [label('problemes', 'fr')]: '',
        [`${label('enonces', 'fr')} — L’information est facile à trouver`]: 'Tout à fait d’accord',
        [`${label('enonces', 'fr')} — Le langage est clair`]: 'Plutôt d’accord',
        [label('recommander', 'fr')]: 'Oui',
        [label('nombre-permis', 'fr')]: '3',
        [label('date-demande', 'fr')]: '2026-03-15',
        [label('priorites', 'fr')]: '1. Des délais plus courts; 2. Un meilleur affichage sur mobile; 3. Plus d’aide en ligne',
        [label('courriel', 'fr')]: 'ana@example.org',
        [label('code-postal', 'fr')]: 'H2X 1Y4',
        [label('consentement', 'fr')]: 'Oui',
      });
      expect(row(1)).toMatchObject({
        [label('services', 'fr')]: 'Impôts; Autre',
        [`${label('services', 'fr')} — Autre`]: 'Assurance parentale',
        [label('problemes', 'fr')]: 'Trop lent, "vraiment"',
        [label('recommander', 'fr')]: 'Non',
        [label('mot', 'fr')]: 'Éléphant à l’école',
      });
      expect(row(3)).toMatchObject({ Canal: 'paper', [label('problemes', 'fr')]: 'Formulaire introuvable' });
      expect(row(3)['Saisi par']).not.toBe('');
      expect(row(4)).toMatchObject({ Modération: 'rejected', [label('frequence', 'fr')]: 'Jamais' });
    });

    it('defuses a formula typed into a text question', async () => {
      const { text, row } = await exportCsv();
      expect(row(0)[label('mot', 'fr')]).toBe(`'${injection}`);
      expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    });

    it('heads columns and writes words in English with lang=en', async () => {
      const { header, row } = await exportCsv('&lang=en');
      expect(header.slice(0, 9)).toEqual(['ID', 'Received at', 'Channel', 'Language', 'Moderation', 'Participant', 'Entered by', label('frequence', 'en'), label('services', 'en')]);
      expect(header).toContain(`${label('enonces', 'en')} — Information is easy to find`);
      expect(row(1)).toMatchObject({
        Language: 'en',
        [label('frequence', 'en')]: 'Every month',
        [label('services', 'en')]: 'Taxes; Other',
        [`${label('services', 'en')} — Other`]: 'Assurance parentale',
        [label('recommander', 'en')]: 'No',
        [label('priorites', 'en')]: '1. Better display on mobile; 2. Shorter delays; 3. More online help',
      });
    });

    it('refuses a language it does not write', async () => {
      const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${surveyId}/export?lang=de`, headers: bearer(h.tokens.demo.analyst) });
      expect(response.statusCode).toBe(400);
      expect(response.json().issues[0].path).toBe('query.lang');
    });

    it('keeps the JSON export as stored', async () => {
      const response = await h.app.inject({ method: 'GET', url: `/v1/staff/initiatives/${surveyId}/export?format=json&lang=en`, headers: bearer(h.tokens.demo.analyst) });
      const items = z.parse(z.array(StaffContribution), response.json());
      const first = items.find((item) => item.id === ids[0]);
      expect(first?.payload).toEqual({ answers: { ...responses[0]!.answers, 'code-postal': 'H2X 1Y4' } });
    });
  });
});
