import { html, nothing, type TemplateResult } from 'lit';
import { translator } from '@participe/core/element';
import { numberAt, selectAt, setAt, valueAt, type DefinitionFormContext } from '@participe/core/staff';
import type { SurveyCondition, SurveyQuestion } from '../../schema.js';
import { questionName, type PlacedQuestion } from './numbering.js';
import { builderStrings } from './strings.js';

type Context = DefinitionFormContext<unknown>;
type Test = 'equals' | 'includes' | 'answered' | 'notAnswered' | 'atLeast' | 'atMost';

/** The tests that fit an earlier question, as the schema's condition checks allow them. */
function testsFor(type: SurveyQuestion['type'] | undefined): Test[] {
  switch (type) {
    case 'single':
    case 'likert':
    case 'yes-no':
      return ['equals', 'answered', 'notAnswered'];
    case 'multiple':
      return ['includes', 'answered', 'notAnswered'];
    case 'number':
    case 'rating':
      return ['equals', 'atLeast', 'atMost', 'answered', 'notAnswered'];
    default:
      return ['answered', 'notAnswered'];
  }
}

const choicesOf = (question: Partial<SurveyQuestion> | undefined) =>
  question && 'choices' in question && Array.isArray(question.choices) ? question.choices.filter((choice) => choice?.id) : [];

/** A condition's first test for `test` on `target`, with a value that fits it. */
function testOf(target: Partial<SurveyQuestion>, test: Test): SurveyCondition {
  const question = target.id ?? '';
  const firstChoice = choicesOf(target)[0]?.id ?? '';
  const firstNumber = target.type === 'rating' ? (target.min ?? 1) : 0;
  switch (test) {
    case 'equals':
      return { question, equals: target.type === 'yes-no' ? true : target.type === 'number' || target.type === 'rating' ? firstNumber : firstChoice };
    case 'includes':
      return { question, includes: firstChoice };
    case 'atLeast':
      return { question, atLeast: firstNumber };
    case 'atMost':
      return { question, atMost: firstNumber };
    case 'notAnswered':
      return { question, answered: false };
    default:
      return { question, answered: true };
  }
}

const testIn = (condition: Record<string, unknown>): Test =>
  'equals' in condition ? 'equals' : 'includes' in condition ? 'includes' : 'atLeast' in condition ? 'atLeast' : 'atMost' in condition ? 'atMost' : condition['answered'] === false ? 'notAnswered' : 'answered';

const testWords = { equals: 'testEquals', includes: 'testIncludes', answered: 'testAnswered', notAnswered: 'testNotAnswered', atLeast: 'testAtLeast', atMost: 'testAtMost' } as const;

/**
 * When a page or question shows (`<path>.showIf`): always, or after a test on one earlier answer.
 * A combined condition (`all`/`any`) is kept as it is and left to the JSON view.
 */
export function conditionEditor(context: Context, path: string, earlier: PlacedQuestion[]): TemplateResult {
  const t = translator(builderStrings, context.language);
  const showIfPath = `${path}.showIf`;
  const condition = valueAt(context.definition, showIfPath) as Record<string, unknown> | undefined;
  const combined = !!condition && ('all' in condition || 'any' in condition);
  const mode = !condition ? 'always' : combined ? 'combined' : 'when';
  if (!condition && !earlier.length) return html`<p class="muted">${t('conditionNoEarlier')}</p>`;
  const modes: Array<readonly [string, string]> = [
    ['always', t('conditionAlways')],
    ...(earlier.length ? [['when', t('conditionWhen')] as const] : []),
    ...(combined ? [['combined', t('conditionCombined')] as const] : []),
  ];
  const modeSelect = selectAt(context, {
    path: showIfPath,
    label: t('condition'),
    hint: combined ? t('conditionCombinedHint') : undefined,
    choices: modes,
    value: mode,
    onChoose: (chosen) => {
      if (chosen === 'always') setAt(context, showIfPath, undefined);
      else if (chosen === 'when' && earlier[0]) setAt(context, showIfPath, testOf(earlier[earlier.length - 1]!.question, 'answered'));
    },
  });
  if (mode !== 'when') return html`<div class="stack">${modeSelect}</div>`;
  const targetId = String(condition!['question'] ?? '');
  const target = earlier.find((placed) => placed.question.id === targetId);
  const test = testIn(condition!);
  const questionSelect = selectAt(context, {
    path: `${showIfPath}.question`,
    label: t('conditionQuestion'),
    choices: [...(target ? [] : [['', targetId || '—'] as const]), ...earlier.map((placed) => [placed.question.id ?? '', questionName(placed, context.language)] as const)],
    value: targetId,
    onChoose: (chosen) => {
      const next = earlier.find((placed) => placed.question.id === chosen);
      if (next) setAt(context, showIfPath, testOf(next.question, testsFor(next.question.type).includes(test) ? test : 'answered'));
    },
  });
  const tests = testsFor(target?.question.type);
  const testSelect = selectAt(context, {
    path: `${showIfPath}.test`,
    label: t('conditionTest'),
    choices: (tests.includes(test) ? tests : [test, ...tests]).map((candidate) => [candidate, t(testWords[candidate])] as const),
    value: test,
    onChoose: (chosen) => target && setAt(context, showIfPath, testOf(target.question, chosen as Test)),
  });
  return html`<div class="stack">
    ${modeSelect}
    <div class="pair">${questionSelect} ${testSelect}</div>
    ${valueControl(context, showIfPath, test, target?.question)}
  </div>`;
}

/** The value a test compares with: a choice, yes or no, or a number. */
function valueControl(context: Context, showIfPath: string, test: Test, target: Partial<SurveyQuestion> | undefined): TemplateResult | typeof nothing {
  const t = translator(builderStrings, context.language);
  if (test === 'answered' || test === 'notAnswered') return nothing;
  const key = test;
  const path = `${showIfPath}.${key}`;
  const current = valueAt(context.definition, path);
  if (target?.type === 'yes-no' && key === 'equals') {
    return selectAt(context, {
      path,
      label: t('conditionValue'),
      choices: [['true', t('yes')], ['false', t('no')]],
      value: String(current),
      onChoose: (chosen) => setAt(context, path, chosen === 'true'),
    });
  }
  if (target?.type === 'number' || target?.type === 'rating') return numberAt(context, { path, label: t('conditionValue'), required: true, decimals: true });
  const choices = choicesOf(target);
  const known = choices.some((choice) => choice.id === current);
  return selectAt(context, {
    path,
    label: t('conditionValue'),
    choices: [...(known ? [] : [['', String(current ?? '—')] as const]), ...choices.map((choice) => [choice.id, choice.label?.[context.language] || choice.id] as const)],
    value: String(current ?? ''),
  });
}
