import type { nothing, TemplateResult } from 'lit';
import type { Translator } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import type { BudgetProblem, BudgetValues } from '../../rules.js';
import type { BudgetInitiative, BudgetPayload } from '../../schema.js';
import type { BudgetStrings } from '../strings.js';

/** Why a typed amount was not taken; `near` is the closest amount the line allows. */
export type TypedProblem = (BudgetProblem & { near?: number }) | { code: 'unreadable' };

/** Sliders and amount boxes line by line, or one table of every line. */
export type BudgetMode = 'sliders' | 'table';

/** What the citizen is doing, kept by the element; the editor renders it and asks for changes. */
export interface BudgetWork {
  values: BudgetValues;
  comment: string;
  mode: BudgetMode;
  /** What the citizen is typing in a line's amount box, until it is read (on Enter or leaving the box). */
  texts: Readonly<Record<string, string>>;
  /** Why a typed amount was not taken, by line. */
  typed: Readonly<Record<string, TypedProblem>>;
  /** The chart of the allocation is shown. */
  chart: boolean;
  /** The citizen tried to send: problems are shown in full. */
  attempted: boolean;
}

/** What the element keeps in the browser while the citizen works (never sent). */
export interface BudgetDraft {
  values?: unknown;
  comment?: unknown;
  mode?: unknown;
}

/** The budget the citizen sent, for their summary. */
export interface KeptBudget {
  values: BudgetValues;
  comment: string;
}

/** What the editor renders from, and the element's handlers it calls: the element keeps the state. */
export interface BudgetView {
  initiative: BudgetInitiative;
  language: Language;
  t: Translator<BudgetStrings>;
  work: BudgetWork;
  busy: boolean;
  /** The allocation chart's module, once loaded. */
  chart: typeof import('../chart.js') | undefined;
  update(patch: Partial<BudgetWork>): void;
  /** The latest work (not the one of the last render). */
  current(): BudgetWork;
  showChart(): void;
  privacyNotice(expanded: boolean): TemplateResult | typeof nothing;
  /** Says something politely, once changes pause. */
  announce(message: string): void;
  focusAfterRender(selector: string): void;
  send(payload: BudgetPayload): void;
  /** Whether copying the summary worked, once tried. */
  copied: 'done' | 'failed' | undefined;
  setCopied(state: 'done' | 'failed'): void;
}
