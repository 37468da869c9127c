import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '@participe/core/schemas';
import type { IssueText } from '@participe/core/staff';

export interface SummaryEntry {
  /** Id of the control to focus; absent for issues no field shows. */
  controlId?: string | undefined;
  label: string;
  message: IssueText;
}

/**
 * The list of what to fix, shown above a form after a failed submission. It takes focus (the caller
 * focuses `#error-summary`), and each entry moves focus to its control. Links, not buttons, as
 * people expect from government forms; the click is handled here because the URL fragment belongs
 * to the console's router.
 */
export function errorSummary(
  title: string,
  entries: SummaryEntry[],
  focusControl: (id: string) => void,
  language: Language,
): TemplateResult | typeof nothing {
  if (!entries.length) return nothing;
  const colon = language === 'fr' ? '\u00a0: ' : ': ';
  return html`<div class="error-summary" id="error-summary" role="group" tabindex="-1" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${title}</h2>
    <ul>
      ${entries.map(
        (entry) =>
          html`<li>
            ${entry.controlId
              ? html`<a
                  href="#${entry.controlId}"
                  @click=${(event: Event) => {
                    event.preventDefault();
                    focusControl(entry.controlId!);
                  }}
                  >${entry.label}${colon}<span lang=${entry.message.lang}>${entry.message.text}</span></a
                >`
              : html`${entry.label}${colon}<span lang=${entry.message.lang}>${entry.message.text}</span>`}
          </li>`,
      )}
    </ul>
  </div>`;
}
