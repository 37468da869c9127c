import { html, nothing } from 'lit';
import { field } from '@participe/core/atoms';
import { resultsChart } from '@participe/core/chart';
import { defineStrings, translator } from '@participe/core/element';
import { defineIssueWording, wordIssue, type Language } from '@participe/core/schemas';
import { anonymisedMark, chartWords, defineStaff, entryFieldId, isAnonymised, type EntryFieldsContext } from '@participe/core/staff';
import '../element/define.js';
import { canadaLikeReasons, maxReasons, pageFeedbackIssueCodes, pageFeedbackType, type PageFeedbackDefinition, type PageFeedbackPayload, type PageFeedbackReason } from '../manifest.js';

const strings = defineStrings({
  fr: {
    label: 'Rétroaction sur la page',
    definitionHint:
      `Champs permis\u00a0: «\u00a0question\u00a0» (facultatif, {"fr": "…", "en": "…"}) remplace la question par défaut\u00a0; «\u00a0commentMaxLength\u00a0» (de 0 à 2000, 500 par défaut) limite la longueur du commentaire, 0 le masque\u00a0; «\u00a0reasons\u00a0» (facultatif, au plus ${maxReasons}) liste les raisons offertes après «\u00a0Non\u00a0», chacune {"id": "pas-a-jour", "label": {"fr": "…", "en": "…"}}, identifiants uniques.`,
    answer: 'Réponse',
    answerLegend: 'La personne a-t-elle trouvé ce qu’elle cherchait\u202f?',
    yes: 'Oui',
    no: 'Non',
    reason: 'Raison',
    reasonLegend: 'Pourquoi la personne n’a-t-elle pas trouvé\u202f?',
    reasonsTitle: 'Raisons données par les personnes qui ont répondu «\u00a0Non\u00a0»',
    comment: 'Commentaire',
    commentHint: 'Recopiez le commentaire sans les renseignements personnels qu’il pourrait contenir.',
    page: 'Page concernée',
    pageHint: 'Adresse complète, par exemple https://www.quebec.ca/sante, sans «\u00a0?\u00a0» ni «\u00a0#\u00a0».',
    answerRequired: 'Choisissez Oui ou Non.',
    pageRequired: 'Entrez l’adresse de la page concernée.',
    defaultQuestion: 'Avez-vous trouvé ce que vous cherchiez\u202f?',
  },
  en: {
    label: 'Page feedback',
    definitionHint:
      `Allowed fields: "question" (optional, {"fr": "…", "en": "…"}) replaces the default question; "commentMaxLength" (0 to 2000, 500 by default) limits the comment, 0 hides it; "reasons" (optional, at most ${maxReasons}) lists the reasons offered after "No", each {"id": "out-of-date", "label": {"fr": "…", "en": "…"}}, ids unique.`,
    answer: 'Answer',
    answerLegend: 'Did the person find what they were looking for?',
    yes: 'Yes',
    no: 'No',
    reason: 'Reason',
    reasonLegend: 'Why did the person not find it?',
    reasonsTitle: 'Reasons given by those who answered "No"',
    comment: 'Comment',
    commentHint: 'Copy the comment without any personal information it may hold.',
    page: 'Page concerned',
    pageHint: 'Full address, such as https://www.quebec.ca/sante, without "?" or "#".',
    answerRequired: 'Choose Yes or No.',
    pageRequired: 'Enter the address of the page concerned.',
    defaultQuestion: 'Did you find what you were looking for?',
  },
});

export { strings as pageFeedbackStaffStrings };

/** Page feedback's own codes in the console's words. */
export const pageFeedbackIssueWording = defineIssueWording(pageFeedbackIssueCodes, {
  fr: {
    query_or_fragment: () => 'ne doit contenir ni paramètres (?) ni fragment (#)',
    duplicate_reason: ({ id }) => `l’identifiant de raison «\u00a0${id}\u00a0» est utilisé plus d’une fois`,
    unknown_reason: () => 'doit être l’une des raisons de cette initiative',
    reason_with_yes: () => 'ne se donne qu’avec la réponse «\u00a0Non\u00a0»',
  },
  en: {
    query_or_fragment: () => 'must not contain a query string (?) or a fragment (#)',
    duplicate_reason: ({ id }) => `reason id "${id}" is used more than once`,
    unknown_reason: () => 'must be one of the reasons this initiative lists',
    reason_with_yes: () => 'is given only with the answer "No"',
  },
});

const fields = ['answer', 'reason', 'comment', 'page'] as const;

const reasonsOf = (definition: unknown): PageFeedbackReason[] => (definition as Partial<PageFeedbackDefinition> | undefined)?.reasons ?? [];

function renderPayload(payload: unknown, definition: unknown, language: Language, contentLanguage: Language) {
  const t = translator(strings, language);
  const { answer, reason, comment, page } = (payload ?? {}) as Partial<PageFeedbackPayload>;
  if (answer !== 'yes' && answer !== 'no') return html`<code>${JSON.stringify(payload)}</code>`;
  // A reason staff removed from the definition since still shows, by its id.
  const reasonLabel = reason && (reasonsOf(definition).find((known) => known.id === reason)?.label[language] ?? reason);
  return html`<dl class="payload">
    <dt>${t('answer')}</dt>
    <dd>${t(answer)}</dd>
    ${reasonLabel ? html`<dt>${t('reason')}</dt><dd>${reasonLabel}</dd>` : nothing}
    ${comment
      ? html`<dt>${t('comment')}</dt>
          ${isAnonymised(comment) ? html`<dd>${anonymisedMark(language)}</dd>` : html`<dd lang=${contentLanguage}>${comment}</dd>`}`
      : nothing}
    ${typeof page === 'string' ? html`<dt>${t('page')}</dt><dd><code>${page}</code></dd>` : nothing}
  </dl>`;
}

function renderEntryFields({ definition, values, errors, language, update, words }: EntryFieldsContext) {
  const t = translator(strings, language);
  const maxLength = (definition as Partial<PageFeedbackDefinition> | undefined)?.commentMaxLength ?? 500;
  const answerError = errors['answer'];
  return html`<fieldset class="field ${answerError ? 'field--invalid' : ''}" aria-describedby=${answerError ? `${entryFieldId('answer')}-error` : nothing}>
      <legend>${t('answerLegend')} <span class="field__marker">(${words.required})</span></legend>
      ${answerError
        ? html`<p class="field__error" id="${entryFieldId('answer')}-error"><span class="visually-hidden">${words.errorPrefix} </span><span lang=${answerError.lang}>${answerError.text}</span></p>`
        : nothing}
      <div class="options">
        ${(['yes', 'no'] as const).map(
          (answer, index) =>
            html`<label class="option"
              ><input
                type="radio"
                name="answer"
                id=${index === 0 ? entryFieldId('answer') : `${entryFieldId('answer')}-${answer}`}
                value=${answer}
                .checked=${values['answer'] === answer}
                @change=${() => update('answer', answer)}
              />${t(answer)}</label
            >`,
        )}
      </div>
    </fieldset>
    ${values['answer'] === 'no' && reasonsOf(definition).length > 0
      ? html`<fieldset class="field ${errors['reason'] ? 'field--invalid' : ''}" aria-describedby=${errors['reason'] ? `${entryFieldId('reason')}-error` : nothing}>
          <legend>${t('reasonLegend')} <span class="field__marker">(${words.optional})</span></legend>
          ${errors['reason']
            ? html`<p class="field__error" id="${entryFieldId('reason')}-error"><span class="visually-hidden">${words.errorPrefix} </span><span lang=${errors['reason'].lang}>${errors['reason'].text}</span></p>`
            : nothing}
          <div class="options">
            ${reasonsOf(definition).map(
              (reason, index) =>
                html`<label class="option"
                  ><input
                    type="radio"
                    name="reason"
                    id=${index === 0 ? entryFieldId('reason') : `${entryFieldId('reason')}-${reason.id}`}
                    value=${reason.id}
                    .checked=${values['reason'] === reason.id}
                    @change=${() => update('reason', reason.id)}
                  />${reason.label[language]}</label
                >`,
            )}
          </div>
        </fieldset>`
      : nothing}
    ${maxLength > 0
      ? field(
          { id: entryFieldId('comment'), label: t('comment'), marker: words.optional, hint: t('commentHint'), error: errors['comment']?.text, errorPrefix: words.errorPrefix },
          ({ id, describedBy, invalid }) =>
            html`<textarea class="input" id=${id} rows="4" maxlength=${maxLength} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${values['comment'] ?? ''} @input=${(event: Event) => update('comment', (event.target as HTMLTextAreaElement).value)}></textarea>`,
        )
      : nothing}
    ${field(
      { id: entryFieldId('page'), label: t('page'), marker: words.required, hint: t('pageHint'), error: errors['page']?.text, errorPrefix: words.errorPrefix },
      ({ id, describedBy, invalid }) =>
        html`<input class="input" id=${id} type="url" inputmode="url" autocomplete="off" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${values['page'] ?? ''} @input=${(event: Event) => update('page', (event.target as HTMLInputElement).value)} />`,
    )}`;
}

/** `<participe-page-feedback>`: "Did you find what you were looking for?" */
export const pageFeedbackStaff = defineStaff({
  manifest: pageFeedbackType,
  label: (language) => strings[language].label,
  definitionTemplate: () => ({ commentMaxLength: 500, reasons: canadaLikeReasons }) satisfies PageFeedbackDefinition,
  definitionHint: (language) => strings[language].definitionHint,
  renderPreview: (initiative) => html`<participe-page-feedback .preview=${initiative}></participe-page-feedback>`,
  renderPayload,
  entry: {
    kind: 'fields',
    initialValues: () => ({ answer: '', reason: '', comment: '', page: '' }),
    render: renderEntryFields,
    toPayload: (values) => {
      const comment = values['comment']?.trim();
      return {
        ...(values['answer'] && { answer: values['answer'] }),
        // A reason chosen before switching the answer to "Yes" is not sent.
        ...(values['answer'] === 'no' && values['reason'] && { reason: values['reason'] }),
        ...(comment && { comment }),
        page: values['page']?.trim() ?? '',
      };
    },
    fieldOf: (path) => fields.find((name) => path === name || path.startsWith(`${name}.`)),
    issueMessage: (name, values, language) => {
      const t = translator(strings, language);
      if (name === 'answer' && !values['answer']) return t('answerRequired');
      if (name === 'page' && !values['page']?.trim()) return t('pageRequired');
      return undefined;
    },
    label: (name, language) => {
      const t = translator(strings, language);
      return name === 'answer' || name === 'reason' || name === 'comment' || name === 'page' ? t(name) : name;
    },
  },
  wordIssue: (issue, language) => wordIssue(pageFeedbackIssueWording, issue, language),
  // Two charts: the question the widget asked (its own or the default), yes and no; then, when the
  // definition lists reasons, how many "No" gave each.
  // The definition is short JSON; its hint names every field.
  definitionForm: null,
  results: {
    responses: (results) => results.total,
    render: (results, definition, language) => {
      const t = translator(strings, language);
      const question = definition.question?.[language] ?? t('defaultQuestion');
      const answers = resultsChart({ title: question, labels: [t('yes'), t('no')], values: [results.answers.yes, results.answers.no] }, language, chartWords(language, results.total));
      const reasons = reasonsOf(definition);
      if (reasons.length === 0) return answers;
      const counts = new Map(results.reasons.map(({ id, count }) => [id, count]));
      const values = reasons.map(({ id }) => counts.get(id) ?? 0);
      const given = values.reduce((sum, value) => sum + value, 0);
      return html`${answers}
        ${resultsChart({ title: t('reasonsTitle'), labels: reasons.map((reason) => reason.label[language]), values }, language, chartWords(language, given))}`;
    },
  },
  views: [],
});
