import { html, type TemplateResult } from 'lit';
import { characterCount, choice, field, group } from '@participe/core/atoms';
import { defineStrings, type IssueDescription } from '@participe/core/element';
import { personalDetailKindsIn, personalDetailsInWords, type Issue, type Language, type PersonalDetailKind } from '@participe/core/schemas';
import type { PageFeedbackReason } from '../schema.js';

export { fieldStyles } from '@participe/core/atoms';

export interface CommentView {
  label: string;
  marker: string;
  hint: string;
  error: string | undefined;
  errorPrefix: string;
  text: string;
  maxLength: number;
  counter: string;
  /** Said next to the field when the comment seems to hold personal details; never blocking. */
  detailsWarning: string | undefined;
  onInput(event: Event): void;
}

/** The kinds of obvious personal details in the comment (core's detector), in words; empty when none. */
export function detailsIn(text: string, language: Language): { count: number; words: string } {
  const kinds: PersonalDetailKind[] = personalDetailKindsIn([text]);
  return { count: kinds.length, words: kinds.length ? personalDetailsInWords(kinds, language) : '' };
}

/**
 * The optional comment, with its remaining-characters counter. Loaded with the initiative rather
 * than in the first chunk: it appears only once the citizen has answered Yes or No.
 */
export function renderComment(view: CommentView): TemplateResult {
  return field(
    {
      id: 'comment',
      label: view.label,
      marker: view.marker,
      hint: view.hint,
      error: view.error,
      errorPrefix: view.errorPrefix,
      extraId: view.detailsWarning ? 'comment-counter comment-details' : 'comment-counter',
      extra: html`${characterCount({ id: 'comment-counter', length: view.text.length, maxLength: view.maxLength, message: view.counter })}
      ${view.detailsWarning ? html`<p class="field__hint details-warning" id="comment-details" part="warning">${view.detailsWarning}</p>` : ''}`,
    },
    ({ id, describedBy, invalid }) =>
      html`<textarea class="input" id=${id} name="comment" rows="4" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${view.text} @input=${view.onInput}></textarea>`,
  );
}

export interface ReasonsView {
  legend: string;
  marker: string;
  errorPrefix: string;
  reasons: readonly PageFeedbackReason[];
  language: Language;
  chosen: string | undefined;
  onChoose(id: string): void;
}

/** The reasons for "No", before the comment: one radio group, optional, its legend the question. */
export function renderReasons(view: ReasonsView): TemplateResult {
  return group(
    { id: 'reasons', legend: view.legend, marker: view.marker, errorPrefix: view.errorPrefix },
    html`${view.reasons.map((reason) =>
      choice({
        type: 'radio',
        name: 'reason',
        id: `reason-${reason.id}`,
        label: reason.label[view.language],
        checked: view.chosen === reason.id,
        onChange: (checked) => checked && view.onChoose(reason.id),
      }),
    )}`,
  );
}

/** What a refusal's issues are about, and page feedback's own code (`query_or_fragment`), in the citizen's words. */
const refusalWords = defineStrings({
  fr: {
    'payload.answer': 'Votre réponse',
    'payload.reason': 'La raison choisie',
    'payload.comment': 'Votre commentaire',
    'payload.page': 'L’adresse de la page',
    query_or_fragment: 'elle ne doit contenir ni paramètres (?) ni fragment (#)',
    unknown_reason: 'elle ne fait plus partie des raisons proposées',
    reason_with_yes: 'elle ne se donne qu’avec la réponse «\u00a0Non\u00a0»',
  },
  en: {
    'payload.answer': 'Your answer',
    'payload.reason': 'The reason chosen',
    'payload.comment': 'Your comment',
    'payload.page': 'The page address',
    query_or_fragment: 'it must not contain a query string (?) or a fragment (#)',
    unknown_reason: 'it is no longer one of the reasons offered',
    reason_with_yes: 'it is given only with the answer "No"',
  },
});

const ownCodes = new Set(['query_or_fragment', 'unknown_reason', 'reason_with_yes']);

/** Loaded with the comment step, which every submission goes through (a refusal follows one). */
export function describeIssue(issue: Issue, language: Language): IssueDescription {
  const words: Readonly<Record<string, string | undefined>> = refusalWords[language];
  return { field: words[issue.path], words: ownCodes.has(issue.code) ? words[issue.code] : undefined };
}
