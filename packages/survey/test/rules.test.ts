import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { toIssues } from '@participe/core/schemas';
import {
  answerProblemOf,
  checkAnswer,
  checkAnswers,
  describeProblem,
  normalizePostalCode,
  SurveyDefinition,
  surveyExample,
  SurveyInitiative,
  surveyPayload,
  visibleSurvey,
  type AnswerProblem,
  type SurveyQuestion,
} from '../src/manifest.js';

const definition = surveyExample.definition;
const wireIssues = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? [] : toIssues(result.error.issues);
};
const issues = (schema: z.ZodMiniType, value: unknown) => wireIssues(schema, value).map((issue) => `${issue.path}: ${issue.message}`);
/** Path, code and figures: what the widget and the console word. */
const codes = (schema: z.ZodMiniType, value: unknown) => wireIssues(schema, value).map(({ message: _english, ...issue }) => issue);
const withPages = (pages: unknown[]) => ({ ...definition, pages });
const page = (questions: unknown[], extra = {}) => ({ id: `p${Math.random().toString(36).slice(2, 6)}`, questions, ...extra });
const q = (id: string, type: string, extra = {}) => ({ id, type, label: { fr: id, en: id }, ...extra });
const yesNo = (id: string) => q(id, 'yes-no');
const c = (id: string) => ({ id, label: { fr: id, en: id } });

const complete = {
  frequence: 'mois',
  services: { choices: ['sante', 'permis'] },
  satisfaction: 2,
  problemes: 'Le site plante.',
  enonces: { trouver: '2', clair: '4' },
  'nombre-permis': 3,
  priorites: ['delais', 'mobile', 'aide'],
  informer: true,
  courriel: ' nom@exemple.ca ',
  'code-postal': 'h2x1y4',
  consentement: true,
};

describe('survey definition', () => {
  it('accepts the example, which uses every question type', () => {
    expect(issues(SurveyInitiative, surveyExample)).toEqual([]);
    const types = new Set(definition.pages.flatMap((p) => p.questions.map((question) => question.type)));
    expect([...types].sort()).toEqual(
      ['consent', 'date', 'email', 'likert', 'long-text', 'matrix', 'multiple', 'number', 'postal-code', 'ranking', 'rating', 'single', 'static', 'text', 'yes-no'].sort(),
    );
  });

  it.each([
    ['an unknown question type', withPages([page([q('a', 'slider')])]), 'pages[0].questions[0].type: unknown type'],
    ['a duplicate question id', withPages([page([yesNo('a')]), page([yesNo('a')])]), 'pages: question id "a" is used more than once'],
    ['a duplicate choice id', withPages([page([q('a', 'single', { choices: [c('x'), c('x')] })])]), 'pages[0].questions[0]: choice id "x" is used more than once'],
    ['a condition on a later question', withPages([page([q('a', 'yes-no', { showIf: { question: 'b', answered: true } }), yesNo('b')])]), 'pages[0].questions[0].showIf: refers to "b", which is not a question asked earlier'],
    ['a condition on a static text', withPages([page([q('s', 'static'), q('a', 'yes-no', { showIf: { question: 's', answered: true } })])]), 'refers to "s", which is not a question asked earlier'],
    ['"equals" with a choice that does not exist', withPages([page([q('a', 'single', { choices: [c('x'), c('y')] }), q('b', 'yes-no', { showIf: { question: 'a', equals: 'z' } })])]), '"equals" "z" cannot be an answer to "a"'],
    ['"includes" on a single choice', withPages([page([q('a', 'single', { choices: [c('x'), c('y')] }), q('b', 'yes-no', { showIf: { question: 'a', includes: 'x' } })])]), '"includes" needs a choice of a multiple-choice question'],
    ['min above max', withPages([page([q('a', 'multiple', { choices: [c('x'), c('y'), c('z')], min: 3, max: 2 })])]), 'pages[0].questions[0].min: must not be more than max'],
    ['max above the choices', withPages([page([q('a', 'multiple', { choices: [c('x'), c('y')], max: 3 })])]), 'pages[0].questions[0].max: cannot be more than the 2 choices'],
    ['a required static text', withPages([page([q('s', 'static', { required: true })])]), 'a static text takes no answer'],
    ['a label without English', withPages([page([{ id: 'a', type: 'yes-no', label: { fr: 'Oui?' } }])]), 'pages[0].questions[0].label.en: expected string'],
    ['an empty page', withPages([page([])]), 'pages[0].questions: must have at least 1 item(s)'],
  ])('explains %s with its path', (_name, value, expected) => {
    expect(issues(SurveyDefinition, value).join('\n')).toContain(expected);
  });
});

describe('survey definition codes', () => {
  it.each([
    ['a duplicate question id', withPages([page([yesNo('a')]), page([yesNo('a')])]), { path: 'pages', code: 'duplicate_id', params: { kind: 'question', id: 'a' } }],
    ['a duplicate choice id', withPages([page([q('a', 'single', { choices: [c('x'), c('x')] })])]), { path: 'pages[0].questions[0]', code: 'duplicate_id', params: { kind: 'choice', id: 'x' } }],
    [
      'a condition on a later question',
      withPages([page([q('a', 'yes-no', { showIf: { question: 'b', answered: true } }), yesNo('b')])]),
      { path: 'pages[0].questions[0].showIf', code: 'condition_refers_later', params: { question: 'b' } },
    ],
    [
      '"equals" with a choice that does not exist',
      withPages([page([q('a', 'single', { choices: [c('x'), c('y')] }), q('b', 'yes-no', { showIf: { question: 'a', equals: 'z' } })])]),
      { path: 'pages[0].questions[1].showIf', code: 'condition_value_unfit', params: { question: 'a', value: 'z', type: 'single' } },
    ],
    [
      '"includes" on a single choice',
      withPages([page([q('a', 'single', { choices: [c('x'), c('y')] }), q('b', 'yes-no', { showIf: { question: 'a', includes: 'x' } })])]),
      { path: 'pages[0].questions[1].showIf', code: 'condition_needs_choice', params: { question: 'a', choice: 'x' } },
    ],
    [
      '"atLeast" on a yes-no',
      withPages([page([yesNo('a'), q('b', 'yes-no', { showIf: { question: 'a', atLeast: 1 } })])]),
      { path: 'pages[0].questions[1].showIf', code: 'condition_needs_number', params: { question: 'a', type: 'yes-no' } },
    ],
    ['min above max', withPages([page([q('a', 'multiple', { choices: [c('x'), c('y'), c('z')], min: 3, max: 2 })])]), { path: 'pages[0].questions[0].min', code: 'min_above_max' }],
    ['max above the choices', withPages([page([q('a', 'multiple', { choices: [c('x'), c('y')], max: 3 })])]), { path: 'pages[0].questions[0].max', code: 'more_than_choices', params: { count: 2 } }],
    ['max above the choices, "Other" not counted', withPages([page([q('a', 'multiple', { choices: [c('x'), c('y')], other: true, otherCounts: false, max: 3 })])]), { path: 'pages[0].questions[0].max', code: 'more_than_choices', params: { count: 2 } }],
    ['a scale offering "Don’t know" with a choice of that id', withPages([page([q('a', 'likert', { unsure: true, choices: [c('unsure'), c('y')] })])]), { path: 'pages[0].questions[0].choices', code: 'duplicate_id', params: { kind: 'choice', id: 'unsure' } }],
    ['a ranking limit above the choices', withPages([page([q('a', 'ranking', { choices: [c('x'), c('y')], limit: 3 })])]), { path: 'pages[0].questions[0].limit', code: 'more_than_choices', params: { count: 2 } }],
    ['a required static text', withPages([page([q('s', 'static', { required: true })])]), { path: 'pages[0].questions[0].required', code: 'static_takes_no_answer' }],
    ['an id with capitals', withPages([page([yesNo('Question')])]), { path: 'pages[0].questions[0].id', code: 'invalid_format', params: { format: 'item_id' } }],
  ])('gives %s its code and figures', (_name, value, expected) => {
    expect(codes(SurveyDefinition, value)).toContainEqual(expected);
  });
});

describe('visibility', () => {
  it('shows the permits page only to those who chose permits, and follow-ups only when they apply', () => {
    const ids = (answers: Record<string, unknown>) => visibleSurvey(definition, answers).map(({ page: p, questions }) => `${p.id}:${questions.map((x) => x.id).join(',')}`);
    expect(ids({ services: { choices: ['sante'] }, satisfaction: 4, informer: false })).toEqual([
      'vous:frequence,services',
      'experience:satisfaction,enonces,facilite,recommander',
      'priorites:priorites,mot',
      'suivi:intro-suivi,informer',
    ]);
    expect(ids(complete)).toContain('permis:nombre-permis,date-demande');
    expect(ids(complete)).toContain('experience:satisfaction,problemes,enonces,facilite,recommander');
    expect(ids(complete)).toContain('suivi:intro-suivi,informer,courriel,code-postal,consentement');
  });
});

describe('answers', () => {
  it('accept a complete response and normalise it', () => {
    expect(checkAnswers(definition, complete)).toEqual([]);
    const parsed = z.parse(surveyPayload(definition), { answers: complete });
    expect(parsed.answers['code-postal']).toBe('H2X 1Y4');
    expect(parsed.answers.courriel).toBe('nom@exemple.ca');
  });

  it('refuse an answer to a question that was not shown (forged)', () => {
    const forged = { ...complete, services: { choices: ['sante'] } };
    expect(checkAnswers(definition, forged)).toContainEqual({ question: 'nombre-permis', problem: { code: 'hidden' } });
    expect(issues(surveyPayload(definition), { answers: forged })).toContain(
      'answers.nombre-permis: this question was not shown for the other answers, so it cannot be answered',
    );
  });

  it('refuse unknown questions and missing required answers', () => {
    const { frequence, ...rest } = complete;
    expect(checkAnswers(definition, { ...rest, extra: 'x' })).toEqual(
      expect.arrayContaining([
        { question: 'frequence', problem: { code: 'required' } },
        { question: 'extra', problem: { code: 'unknown_question' } },
      ]),
    );
    expect(frequence).toBe('mois');
  });

  const single = q('a', 'single', { choices: [c('x'), c('y')], other: true, required: true }) as SurveyQuestion;
  const multiple = q('a', 'multiple', { choices: [c('x'), c('y'), c('z')], other: true, min: 2, max: 3 }) as SurveyQuestion;
  it.each([
    [single, undefined, 'required'],
    [single, 'w', 'not_a_choice'],
    [single, { other: 'Autre chose' }, undefined],
    [single, 42, 'wrong_kind'],
    [multiple, { choices: ['x'] }, 'choose_at_least'],
    [multiple, { choices: ['x', 'y', 'z'], other: 'w' }, 'choose_at_most'],
    [multiple, { choices: ['x'], other: '  ' }, 'other_missing'],
    [multiple, { choices: ['x', 'x'] }, 'not_a_choice'],
    // "Other" chosen and left blank is refused on single choice as on multiple, required or not.
    [single, { other: '' }, 'other_missing'],
    [single, { other: '   ' }, 'other_missing'],
    [{ ...single, required: false }, { other: '' }, 'other_missing'],
    [{ ...multiple, min: undefined }, { choices: [], other: ' ' }, 'other_missing'],
    [{ ...single, other: false }, { other: 'x' }, 'wrong_kind'],
    // "Other" outside the limits when the question says so: three principles plus suggestions.
    [{ ...multiple, otherCounts: false }, { choices: ['x', 'y', 'z'], other: 'w' }, undefined],
    [{ ...multiple, otherCounts: false }, { choices: ['x'], other: 'w' }, 'choose_at_least'],
    [{ ...multiple, otherCounts: true }, { choices: ['x'], other: 'w' }, undefined],
    [q('a', 'text', { maxLength: 5 }), 'trop long', 'too_long'],
    [q('a', 'number', { min: 0, max: 10, integer: true }), 11, 'above_maximum'],
    [q('a', 'number', { integer: true }), 1.5, 'not_whole'],
    [q('a', 'number', { integer: false }), 1.5, undefined],
    [q('a', 'number', {}), '3', 'wrong_kind'],
    [q('a', 'rating', { min: 1, max: 5 }), 0, 'below_minimum'],
    [q('a', 'yes-no'), 'oui', 'wrong_kind'],
    // "Don't know" where offered, and only there.
    [q('a', 'yes-no', { unsure: true }), 'unsure', undefined],
    [q('a', 'yes-no'), 'unsure', 'wrong_kind'],
    [q('a', 'rating', { min: 1, max: 5, unsure: true }), 'unsure', undefined],
    [q('a', 'likert', { choices: [c('x'), c('y')], unsure: true }), 'unsure', undefined],
    [q('a', 'likert', { choices: [c('x'), c('y')] }), 'unsure', 'not_a_choice'],
    [q('a', 'ranking', { choices: [c('x'), c('y'), c('z')] }), ['x', 'y'], 'ranking_incomplete'],
    [q('a', 'ranking', { choices: [c('x'), c('y'), c('z')], limit: 2 }), ['z', 'x'], undefined],
    [q('a', 'matrix', { rows: [c('r1'), c('r2')], columns: [c('1'), c('2')], required: true }), { r1: '1' }, 'matrix_incomplete'],
    [q('a', 'matrix', { rows: [c('r1')], columns: [c('1'), c('2')] }), { r1: '3' }, 'not_a_choice'],
    [q('a', 'date', { min: '2026-01-01' }), '2025-12-31', 'below_minimum'],
    [q('a', 'date', {}), '2026-02-30', 'invalid_date'],
    [q('a', 'email', {}), 'pas un courriel', 'invalid_email'],
    [q('a', 'postal-code', {}), 'D1A 1A1', 'invalid_postal_code'],
    [q('a', 'consent', { required: true }), false, 'consent_required'],
    [q('a', 'static', {}), 'x', 'not_answerable'],
  ].map(([question, value, expected]) => [(question as SurveyQuestion).type, value, expected, question]) as Array<[string, unknown, string | undefined, SurveyQuestion]>)(
    '%s answer %j → %s',
    (_type, value, expected, question) => {
      expect(checkAnswer(question, value)?.code).toBe(expected);
    },
  );

  it('reach the collector’s answer with the rules’ codes and figures, and come back from it as the same problems', () => {
    const { frequence: _asked, ...withoutFrequence } = complete;
    const answers = { ...withoutFrequence, satisfaction: 9, mot: 'x'.repeat(101), 'date-demande': '2019-12-31' };
    const wire = wireIssues(surveyPayload(definition), { answers });
    expect(wire.map(({ message: _english, ...issue }) => issue)).toEqual([
      { path: 'answers.frequence', code: 'required' },
      { path: 'answers.satisfaction', code: 'above_maximum', params: { maximum: 5 } },
      { path: 'answers.date-demande', code: 'below_minimum', params: { minimum: '2020-01-01' } },
      { path: 'answers.mot', code: 'too_long', params: { maximum: 100 } },
      // Satisfied now: the follow-up on problems was not shown.
      { path: 'answers.problemes', code: 'hidden' },
    ]);
    for (const issue of wire) {
      const problem = answerProblemOf(issue);
      expect(problem && describeProblem(problem)).toBe(issue.message);
    }
  });

  it('read back only the codes and figures the rules know', () => {
    expect(answerProblemOf({ code: 'choose_at_least', params: { minimum: 2 } })).toEqual({ code: 'choose_at_least', params: { minimum: 2 } });
    expect(answerProblemOf({ code: 'required' })).toEqual({ code: 'required' } satisfies AnswerProblem);
    expect(answerProblemOf({ code: 'choose_at_least' })).toBeUndefined();
    expect(answerProblemOf({ code: 'too_big', params: { maximum: 2, origin: 'string' } })).toBeUndefined();
    expect(answerProblemOf({ code: 'condition_refers_later', params: { question: 'a' } })).toBeUndefined();
  });

  it('normalise Canadian postal codes', () => {
    expect(normalizePostalCode('h2x-1y4')).toBe('H2X 1Y4');
    expect(normalizePostalCode('Z2X 1Y4')).toBeUndefined();
  });
});

describe('comments on closed questions', () => {
  const label = (text: string) => ({ fr: text, en: text });
  const definition = z.parse(SurveyDefinition, {
    pages: [
      {
        id: 'p',
        questions: [
          { id: 'accord', type: 'yes-no', label: label('Êtes-vous d’accord?'), comment: label('Pourquoi?') },
          { id: 'note', type: 'rating', label: label('Note') },
          { id: 'suite', type: 'likert', label: label('Suite'), showIf: { question: 'accord', equals: false }, comment: label('Commentaire'), choices: [{ id: 'a', label: label('A') }, { id: 'b', label: label('B') }] },
        ],
      },
    ],
  });
  const parse = (payload: unknown) => z.safeParse(surveyPayload(definition), payload);
  const codesOf = (payload: unknown) => {
    const result = parse(payload);
    return result.success ? [] : toIssues(result.error.issues).map(({ path, code }) => `${path} ${code}`);
  };

  it('keeps a comment beside its answer, trimmed; a blank one is no comment', () => {
    expect(parse({ answers: { accord: true }, comments: { accord: '  Parce que.  ' } }).data).toEqual({ answers: { accord: true }, comments: { accord: 'Parce que.' } });
    expect(parse({ answers: { accord: true }, comments: { accord: '   ' } }).data).toEqual({ answers: { accord: true } });
    // A comment without an answer is still the citizen's word on the question.
    expect(parse({ answers: {}, comments: { accord: 'Je ne sais pas.' } }).success).toBe(true);
  });

  it('refuses a comment on a question without a comment box, hidden, unknown, not text or too long', () => {
    expect(codesOf({ answers: {}, comments: { note: 'x' } })).toEqual(['comments.note not_answerable']);
    expect(codesOf({ answers: { accord: true }, comments: { suite: 'x' } })).toEqual(['comments.suite hidden']);
    expect(codesOf({ answers: { accord: false }, comments: { suite: 'x' } })).toEqual([]);
    expect(codesOf({ answers: {}, comments: { inconnue: 'x' } })).toEqual(['comments.inconnue unknown_question']);
    expect(codesOf({ answers: {}, comments: { accord: 3 } })).toEqual(['comments.accord wrong_kind']);
    expect(codesOf({ answers: {}, comments: { accord: 'x'.repeat(1001) } })).toEqual(['comments.accord too_long']);
  });
});
