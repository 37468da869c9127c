import type { TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import type { AnyManifest } from '../manifest/index.js';
import type { Language } from '../schemas/common.js';
import type { Acknowledgement } from '../schemas/contribution.js';
import type { Issue } from '../schemas/errors.js';
import type { Permission, StaffMe } from '../schemas/staff.js';
import type { validate } from '../schemas/validate.js';

/** An issue message ready to show, with the language it is actually written in. */
export interface IssueText {
  text: string;
  lang: Language;
}

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

/** The results dashboard of a type whose results the collector computes (checked against the manifest's schema). */
export interface ResultsView<R, D> {
  /** How many responses the results count. */
  responses(results: R): number;
  /** Every figure as charts with the same numbers in tables, worded in `language`. */
  render(results: R, definition: D, language: Language): TemplateResult;
}

/** What the console lends a type's own view (a moderation queue, answers…). */
export interface StaffViewContext {
  readonly me: StaffMe;
  /**
   * Calls the collector's staff API (`v1/staff/...`) with the session's token; the answer is
   * checked against `schema` (none: it must be empty). Refusals throw core's `CollectorError`.
   */
  request<T = void>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, options?: { body?: unknown; query?: Record<string, string | number | undefined>; schema?: Schema<T> }): Promise<T>;
  /** Says something politely through the console's live region. */
  announce(message: string): void;
  /** Goes to a console path such as `/initiatives/abc` (a new history entry). */
  navigate(path: string): void;
  /** Sets the document title from the view's own title. */
  setTitle(viewTitle: string): void;
  /** The address of a console path (`/initiatives/abc`), for links. */
  href(path: string): string;
  /** A refusal or failure, in the console's words and language. */
  describeError(error: unknown): string;
  /** Where a view sits, as the console's views show it: Initiatives › the initiative › this view. */
  breadcrumbs(initiative: { id: string; title: string } | undefined, current: string): TemplateResult;
}

/** What a type's definition form gets from the initiative editor. */
export interface DefinitionFormContext<D> {
  /**
   * The definition as it stands (parsed from the editor, not yet checked: fields may be missing or
   * wrong); the form shows it and calls `change` with the whole new definition at each edit.
   */
  definition: Partial<D>;
  /**
   * The definition as it stands now: event handlers build on it (never on `definition`, which two
   * changes in one turn would make stale), then `change` it.
   */
  current(): Partial<D>;
  change(definition: Partial<D>): void;
  /** Moves focus to the control with this id once the change is drawn (after a move or a removal). */
  focus(id: string): void;
  /** Says something politely through the console's live region ("« Santé » is now in position 2 of 5."). */
  announce(message: string): void;
  /** The schema's issues inside the definition, by path relative to it (`categories[1].label.fr`). */
  issues: readonly { path: string; message: IssueText }[];
  language: Language;
  /** Shared wording: "Error:", "required", "optional". */
  words: { errorPrefix: string; required: string; optional: string };
}

/**
 * A form for a type's definition, so that staff do not write JSON (the editor keeps the JSON as an
 * advanced view). It edits the definition object only; the editor checks it with the type's schema
 * and places each issue with `controlId`.
 */
export interface DefinitionForm<D> {
  render(context: DefinitionFormContext<D>): TemplateResult;
  /** The id of the control an issue path (relative to the definition) belongs to, for the error summary's links. */
  controlId(path: string): string | undefined;
  /**
   * Where an issue path (relative to the definition) is, in words staff recognise, in `language`:
   * "Question 3 « Secteurs prioritaires », English label" rather than `pages[0].questions[2].label.en`.
   * Used in the JSON view too; undefined leaves the path as it is.
   */
  describePath(path: string, definition: unknown, language: Language): string | undefined;
}

/** One view of a type's own, listed on the pages of its initiatives: `/initiatives/:id/<segment>`. */
export interface StaffTypeView {
  segment: string;
  label(language: Language): string;
  /** Only roles holding it see the link and may open the view (the collector enforces it too). */
  permission: Permission;
  /** Loads the view's module (its own chunk). */
  load(): Promise<unknown>;
  /** The view, given the console's context and the initiative's id. */
  render(context: StaffViewContext, params: { id: string }): TemplateResult;
}

type ResultsOf<M extends AnyManifest> = M['results'] extends z.ZodMiniType<infer R, unknown> ? R : never;
type DefinitionOf<M extends AnyManifest> = Parameters<M['limits']>[0];

/**
 * Everything the console knows about one type. The common parts (list, editor, contributions table,
 * filters, export, entry, results page) are the console's; a type brings its label, its starter
 * definition, its preview widget, how to show one payload, its paper entry, its results dashboard
 * and its own views. Every member is required: `null` and `[]` say "none" out loud.
 */
export interface StaffFacet<M extends AnyManifest = AnyManifest> {
  manifest: M;
  label(language: Language): string;
  /** Seeds the definition editor of a new initiative (the starter template). */
  definitionTemplate(): DefinitionOf<M>;
  /** The fields of the definition, in a sentence or two. */
  definitionHint(language: Language): string;
  /** The real widget showing `initiative` (as the collector would serve it), sending nothing. */
  renderPreview(initiative: unknown): TemplateResult;
  /**
   * One contribution's payload, readable, with labels in the interface `language`; citizen text is
   * rendered as text, marked with the language it was written in (`contentLanguage`). `definition`
   * is the initiative's (checked), for types whose payload only makes sense with it.
   */
  renderPayload(payload: unknown, definition: DefinitionOf<M>, language: Language, contentLanguage: Language): TemplateResult;
  entry: FieldsEntry | WidgetEntry;
  /** A form for the definition; `null`: staff edit it as JSON. */
  definitionForm: DefinitionForm<DefinitionOf<M>> | null;
  /**
   * The type's own issue codes (its definition's and payload's checks) in the console's `language`
   * (see `defineIssueWording`); undefined for any other code, which the console words itself. Absent
   * when the type's schemas raise core's codes only.
   */
  wordIssue?(issue: Issue, language: Language): string | undefined;
  /** `null` exactly when the manifest publishes no results. */
  results: M['results'] extends null ? null : ResultsView<ResultsOf<M>, DefinitionOf<M>>;
  views: readonly StaffTypeView[];
}

/** Declares a type's console facet (typed against its manifest). */
export const defineStaff = <M extends AnyManifest>(facet: StaffFacet<M>): StaffFacet<M> => facet;

/** The DOM id of a paper-entry field. */
export const entryFieldId = (name: string) => `entry-${name}`;
