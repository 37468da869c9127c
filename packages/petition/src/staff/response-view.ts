import { html, nothing, type TemplateResult } from 'lit';
import { button, field, notice } from '@participe/core/atoms';
import { translator } from '@participe/core/element';
import { StaffInitiative } from '@participe/core/schemas';
import { StaffViewElement } from '@participe/core/staff';
import type { PetitionDefinition } from '../schema.js';
import { viewStrings } from './views-strings.js';

/** The official response, in French and English: saved into the petition's definition, shown by the widget at once. */
export class PetitionResponse extends StaffViewElement {
  static override properties = {
    ...StaffViewElement.properties,
    fr: { state: true },
    en: { state: true },
    message: { state: true },
  };

  private declare fr: string;
  private declare en: string;
  private declare message: { tone: 'success' | 'error'; text: string } | undefined;

  protected viewName(): string {
    return viewStrings[this.language].responseView;
  }

  protected override initiativeLoaded(initiative: StaffInitiative): void {
    const response = (initiative.settings.definition as PetitionDefinition).response;
    this.fr = response?.text.fr ?? '';
    this.en = response?.text.en ?? '';
  }

  private async publish(initiative: StaffInitiative): Promise<void> {
    const t = translator(viewStrings, this.language);
    if (!this.fr.trim() || !this.en.trim()) {
      this.message = { tone: 'error', text: t('responseRequired') };
      return;
    }
    const definition = initiative.settings.definition as PetitionDefinition;
    const settings = { ...initiative.settings, definition: { ...definition, response: { text: { fr: this.fr.trim(), en: this.en.trim() }, publishedAt: new Date().toISOString() } } };
    try {
      await this.context.request('PUT', `v1/staff/initiatives/${encodeURIComponent(this.initiativeId)}`, { body: settings, schema: StaffInitiative });
      this.message = { tone: 'success', text: t('published') };
      this.context.announce(t('published'));
      await this.loadInitiative();
    } catch (error) {
      this.message = { tone: 'error', text: this.context.describeError(error) };
    }
  }

  protected renderView(initiative: StaffInitiative): TemplateResult | typeof nothing {
    const t = translator(viewStrings, this.language);
    const area = (id: 'fr' | 'en', label: string) =>
      field({ id: `response-${id}`, label, marker: this.kit('required'), errorPrefix: this.kit('errorPrefix') }, ({ id: controlId, describedBy, invalid }) =>
        html`<textarea class="input" id=${controlId} lang=${id} rows="8" aria-describedby=${describedBy} aria-invalid=${invalid} .value=${this[id] ?? ''} @input=${(event: Event) => (this[id] = (event.target as HTMLTextAreaElement).value)}></textarea>`,
      );
    return html`${this.message ? html`<div role="status">${notice(this.message.tone, this.message.text)}</div>` : nothing}
      <form
        class="form"
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.publish(initiative);
        }}
      >
        ${area('fr', t('responseFr'))} ${area('en', t('responseEn'))}
        <div class="actions">${button({ label: t('publish'), type: 'submit' })}</div>
      </form>`;
  }
}

if (!customElements.get('petition-response')) customElements.define('petition-response', PetitionResponse);

declare global {
  interface HTMLElementTagNameMap {
    'petition-response': PetitionResponse;
  }
}
