import type { TemplateResult } from 'lit';
import type { Acknowledgement, InitiativeType, Language, validate } from '@participe/core/schemas';
import type { IssueText } from '../issue-text.js';

/** A core schema, as `validate` takes it. */
export type Schema<T> = Parameters<typeof validate<T>>[0];

/** What a type's paper-entry fields need from the entry view. */
export interface EntryFieldsContext {
  /** The initiative's definition (already checked by the collector), for limits such as a maximum length. */
  definition: unknown;
  values: Readonly<Record<string, string>>;
  /** The issue shown next to each field, by field name. */
  errors: Readonly<Record<string, IssueText | undefined>>;
  language: Language;
  update(name: string, value: string): void;
  /** Shared wording: "Error:", "required", "optional". */
  words: { errorPrefix: string; required: string; optional: string };
}

/**
 * Paper entry with the console's own fields (a short form such as page feedback): the entry view
 * wraps them in its form, checks them with the type's payload schema and sends them.
 */
export interface FieldsEntry {
  readonly kind: 'fields';
  initialValues(): Record<string, string>;
  render(context: EntryFieldsContext): TemplateResult;
  /** The payload the fields describe, unchecked: the type's core payload schema checks it. */
  toPayload(values: Readonly<Record<string, string>>): unknown;
  /** The field a payload issue path belongs to (`comment` for `comment`). */
  fieldOf(path: string): string | undefined;
  /** A field's label, for the error summary. */
  label(field: string, language: Language): string;
  /**
   * The type's own words for an issue, where the schema's are too technical for staff (e.g.
   * "choose Yes or No" rather than "must be one of yes, no"); undefined keeps the schema's.
   */
  issueMessage?(field: string, values: Readonly<Record<string, string>>, language: Language): string | undefined;
}

/** What a widget-based entry gets from the entry view. */
export interface WidgetEntryContext {
  /** The initiative as the widget reads it from the collector, opened so that its form shows. */
  initiative: unknown;
  /**
   * For the widget's `.submitter`: stores the response as keyed in by staff (channel and language
   * are the view's). Rejects with the collector's refusal, which the widget shows in its own words.
   */
  submit(payload: unknown): Promise<Acknowledgement>;
}

/**
 * Paper entry through the citizen's own form (a long form such as a survey): the real widget, its
 * answers sent by the console. After an acknowledgement the widget fires `participe-submit`, and the
 * view mounts a fresh one for the next response.
 */
export interface WidgetEntry {
  readonly kind: 'widget';
  render(context: WidgetEntryContext): TemplateResult;
  /** What a payload issue path (`answers.courriel`) points at, in words, for the console's copy of a refusal. */
  issueLabel(path: string, definition: unknown, language: Language): string | undefined;
}

/** The results dashboard of a type whose results the collector computes. */
export interface ResultsSupport {
  /** Core's schema of the type's results: the collector's answer is checked against it. */
  schema: Schema<unknown>;
  /** How many responses the results count. */
  responses(results: unknown): number;
  /** Every figure as charts with the same numbers in tables, worded in `language`. */
  render(results: unknown, definition: unknown, language: Language): TemplateResult;
}

/** Types a type's results support by its own results schema. */
export const resultsSupport = <R>(support: {
  schema: Schema<R>;
  responses(results: R): number;
  render(results: R, definition: unknown, language: Language): TemplateResult;
}) => support as ResultsSupport;

/**
 * Everything the console knows about one initiative type. The common parts (list, editor, table,
 * filters, export, entry, results page) are shared; a type brings its label, its definition
 * template, its preview widget, how to show one payload, its paper entry and, when it has results,
 * how to chart them. A new widget adds a file next to this one and a line in `staffTypes`.
 */
export interface StaffTypeSupport {
  readonly type: InitiativeType;
  label(language: Language): string;
  /** Seeds the definition editor of a new initiative. */
  definitionTemplate(): unknown;
  /** The fields of the definition, in a sentence or two. */
  definitionHint(language: Language): string;
  /** The real widget showing `initiative` (as the collector would serve it), sending nothing. */
  renderPreview(initiative: unknown): TemplateResult;
  /**
   * One contribution's payload, readable, with labels in the interface `language`; citizen text is
   * rendered as text, marked with the language it was written in (`contentLanguage`). `definition`
   * is the initiative's (checked), for types whose payload only makes sense with it.
   */
  renderPayload(payload: unknown, definition: unknown, language: Language, contentLanguage: Language): TemplateResult;
  entry: FieldsEntry | WidgetEntry;
  results?: ResultsSupport;
}

/** The DOM id of a paper-entry field. */
export const entryFieldId = (name: string) => `entry-${name}`;
