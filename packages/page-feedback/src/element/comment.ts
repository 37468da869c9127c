import { html, type TemplateResult } from 'lit';
import { characterCount, field } from '@participe/core/atoms';
import { defineStrings, type IssueDescription } from '@participe/core/element';
import type { Issue, Language } from '@participe/core/schemas';

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
  onInput(event: Event): void;
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
      extraId: 'comment-counter',
      extra: characterCount({ id: 'comment-counter', length: view.text.length, maxLength: view.maxLength, message: view.counter }),
    },
    ({ id, describedBy, invalid }) =>
      html`<textarea class="input" id=${id} name="comment" rows="4" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${view.text} @input=${view.onInput}></textarea>`,
  );
}

/** What a refusal's issues are about, and page feedback's own code (`query_or_fragment`), in the citizen's words. */
const refusalWords = defineStrings({
  fr: {
    'payload.answer': 'Votre réponse',
    'payload.comment': 'Votre commentaire',
    'payload.page': 'L’adresse de la page',
    query_or_fragment: 'elle ne doit contenir ni paramètres (?) ni fragment (#)',
  },
  en: {
    'payload.answer': 'Your answer',
    'payload.comment': 'Your comment',
    'payload.page': 'The page address',
    query_or_fragment: 'it must not contain a query string (?) or a fragment (#)',
  },
});

/** Loaded with the comment step, which every submission goes through (a refusal follows one). */
export function describeIssue(issue: Issue, language: Language): IssueDescription {
  const words: Readonly<Record<string, string | undefined>> = refusalWords[language];
  return { field: words[issue.path], words: issue.code === 'query_or_fragment' ? words[issue.code] : undefined };
}
