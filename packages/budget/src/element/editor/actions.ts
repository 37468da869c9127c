// What the citizen's actions do to the work the element keeps: set a line, read a typed amount,
// reset, switch modes, send. Each change says the new balance politely once changes pause.
import { checkValue, currentValues, householdImpact, linesOf, parseMoney, parseUnits, positionOf, ruleProblem, scaleOf, totalsOf, valueAt, type BudgetValues } from '../../rules.js';
import type { BudgetDefinition, BudgetLine } from '../../schema.js';
import { amountOf, money } from './format.js';
import type { BudgetDraft, BudgetMode, BudgetView, BudgetWork, KeptBudget, TypedProblem } from './view.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Values a draft or a kept budget holds, each line checked: anything no longer valid (the definition changed) starts from today's amount. */
function restoreValues(definition: BudgetDefinition, raw: unknown): BudgetValues {
  const values = currentValues(definition);
  if (!isObject(raw)) return values;
  for (const { line } of linesOf(definition)) if (raw[line.id] !== undefined && !checkValue(line, raw[line.id])) values[line.id] = raw[line.id] as number;
  return values;
}

/** The work a citizen starts from: their draft when there is one, else today's budget. */
export function startWork(definition: BudgetDefinition, draft: BudgetDraft | undefined): BudgetWork {
  return {
    values: restoreValues(definition, draft?.values),
    comment: typeof draft?.comment === 'string' ? draft.comment : '',
    mode: draft?.mode === 'table' ? 'table' : 'sliders',
    texts: {},
    typed: {},
    chart: false,
    attempted: false,
  };
}

/** The budget this device sent, as kept in the browser; undefined when there is none. */
export function readKept(definition: BudgetDefinition, raw: unknown): KeptBudget | undefined {
  if (!isObject(raw) || !isObject(raw['values'])) return undefined;
  return { values: restoreValues(definition, raw['values']), comment: typeof raw['comment'] === 'string' ? raw['comment'] : '' };
}

/** The balance in words: "Déficit de 3 220 000 $", "Surplus de 280 000 $", "Budget équilibré". */
export function balanceWords(view: BudgetView, values: BudgetValues): string {
  const { balance } = totalsOf(view.initiative.definition, values);
  if (balance === 0) return view.t('balanced');
  return view.t(balance < 0 ? 'deficit' : 'surplus', { amount: money(view.language, Math.abs(balance)) });
}

/** Why the budget cannot be sent yet, in the citizen's words; empty when it can. */
export function blockers(view: BudgetView, work: BudgetWork = view.work): string[] {
  const { t, language, initiative } = view;
  const definition = initiative.definition;
  const reasons: string[] = [];
  const typed = linesOf(definition).filter(({ line }) => work.typed[line.id]);
  if (typed.length) reasons.push(t('whyTyped', { lines: typed.map(({ line }) => line.label[language]).join(', ') }));
  const problem = ruleProblem(definition, work.values);
  if (problem?.code === 'deficit-too-large') reasons.push(t('whyDeficit', { amount: money(language, problem.deficit - problem.maxDeficit) }));
  if (problem?.code === 'surplus-too-large') reasons.push(t('whySurplus', { amount: money(language, problem.surplus - problem.maxSurplus) }));
  if (problem?.code === 'nothing-changed') reasons.push(t('whyUnchanged'));
  if (work.comment.length > definition.commentMaxLength) reasons.push(t('whyComment'));
  return reasons;
}

/** The balance and what is left to do, as one sentence for the live region. */
function balanceSentence(view: BudgetView, work: BudgetWork): string {
  const reasons = blockers(view, work);
  return `${balanceWords(view, work.values)}. ${reasons[0] ?? view.t('ruleMet')}`;
}

/** The household's yearly tax change, when the definition shows one; for the summary and the panel. */
export const householdOf = (view: BudgetView, values: BudgetValues) => householdImpact(view.initiative.definition, values);

function commit(view: BudgetView, patch: Partial<BudgetWork>, message?: string): void {
  view.update(patch);
  const work = view.current();
  view.announce(message ? `${message} ${balanceSentence(view, work)}` : balanceSentence(view, work));
}

const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> => {
  const { [key]: _gone, ...rest } = record;
  return rest;
};

/** A line takes a new value (from its slider, its buttons or its box): what was typed there is done with. */
export function setValue(view: BudgetView, line: BudgetLine, value: number, message?: string): void {
  const work = view.current();
  if (line.locked) return;
  commit(view, { values: { ...work.values, [line.id]: value }, texts: without(work.texts, line.id), typed: without(work.typed, line.id) }, message);
}

/** One step down or up, within the bounds. */
export function step(view: BudgetView, line: BudgetLine, direction: -1 | 1): void {
  const scale = scaleOf(line);
  const value = view.current().values[line.id] ?? scale.current;
  const next = Math.max(scale.min, Math.min(scale.max, value + direction * scale.step));
  if (next !== value) setValue(view, line, next);
}

/** What the citizen types in an amount box, kept as typed until they leave the box or press Enter. */
export function typeText(view: BudgetView, line: BudgetLine, text: string): void {
  const work = view.current();
  view.update({ texts: { ...work.texts, [line.id]: text } });
}

/** Reads the typed amount: taken when it is one the line allows, else the problem is shown next to the box. */
export function readText(view: BudgetView, line: BudgetLine): void {
  const work = view.current();
  const text = work.texts[line.id];
  if (text === undefined) return;
  const value = line.unit ? parseUnits(text, view.language) : parseMoney(text, view.language);
  const checked = value === undefined ? { code: 'unreadable' as const } : checkValue(line, value);
  if (checked) {
    const problem: TypedProblem = checked.code === 'off-step' ? { ...checked, near: valueAt(scaleOf(line), positionOf(scaleOf(line), value!)) } : checked.code === 'not-whole' ? { code: 'unreadable' } : checked;
    view.update({ typed: { ...work.typed, [line.id]: problem } });
    return;
  }
  if (value === work.values[line.id]) view.update({ texts: without(work.texts, line.id), typed: without(work.typed, line.id) });
  else setValue(view, line, value!);
}

export function reset(view: BudgetView, line: BudgetLine): void {
  const { current } = scaleOf(line);
  setValue(view, line, current, view.t('lineReset', { line: line.label[view.language], amount: amountOf(line, current, view.language) }));
}

export function resetAll(view: BudgetView): void {
  commit(view, { values: currentValues(view.initiative.definition), texts: {}, typed: {} }, view.t('resetAllDone'));
}

export function setMode(view: BudgetView, mode: BudgetMode): void {
  view.update({ mode });
}

export function toggleChart(view: BudgetView): void {
  const chart = !view.current().chart;
  view.update({ chart });
  if (chart) view.showChart();
}

export function setComment(view: BudgetView, comment: string, counter: string): void {
  view.update({ comment });
  view.announce(counter);
}

/**
 * Sends the budget: the values and the comment, nothing else (the collector recomputes totals).
 * While something stands in the way, the reasons take focus instead.
 */
export function send(view: BudgetView, event?: Event): void {
  event?.preventDefault();
  if (view.busy) return;
  const work = view.current();
  if (blockers(view, work).length) {
    view.update({ attempted: true });
    view.focusAfterRender('#budget-why');
    return;
  }
  const comment = work.comment.trim();
  view.send({ values: work.values, ...(comment && { comment }) });
}
