import type { TemplateResult } from 'lit';
import type { InitiativeType, Language } from '@participe/core/schemas';
import type { IssueText } from '../issue-text.js';

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
 * Everything the console knows about one initiative type. The common parts (list, editor, table,
 * filters, export) are shared; a type brings its label, its definition template, its preview widget,
 * how to show one payload, and its paper-entry fields. A new widget adds a file next to this one
 * and a line in `staffTypes`.
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
   * rendered as text, marked with the language it was written in (`contentLanguage`).
   */
  renderPayload(payload: unknown, language: Language, contentLanguage: Language): TemplateResult;
  entry: {
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
  };
}

/** The DOM id of a paper-entry field. */
export const entryFieldId = (name: string) => `entry-${name}`;
