// "Download my answers" and "Delete my answers", offered in the privacy notice once this browser
// has contributed. Imported lazily by the base element, only then: a widget's first chunk carries
// none of this code, its wording or its calls to the collector.
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { button } from '../atoms/button.js';
import { collectorClient } from '../client/collector-client.js';
import { CollectorError } from '../client/collector-error.js';
import { deleteMyContributions, readMyContributions } from '../client/my-contributions.js';
import { forgetParticipant, storedParticipant } from '../client/participant.js';
import { browserStore } from '../client/storage.js';
import type { Language } from '../schemas/common.js';
import { myDataStrings, type MyDataStrings } from './my-data-strings.js';
import { interpolate, type StringOverrides } from '../element/strings.js';

/** Whose answers, and what the element does once they are deleted (see `PrivacyController`). */
export interface MyDataContext {
  /** The collector's base address, the key this browser's participant id is kept under. */
  readonly collector: string;
  readonly initiative: string;
  language(): Language;
  /** The host page's wording overrides. */
  overrides(): StringOverrides | undefined;
  /** The answers are gone from the collector and this device's participant id too: the element forgets the rest and says `message`. */
  forgotten(message: string): void;
}

export class MyData {
  /** Asking "are you sure?" before deleting. */
  private confirming = false;
  /** A request is on its way: buttons stay focusable but do nothing. */
  private working = false;
  private message = '';

  constructor(
    private readonly host: ReactiveElement,
    private readonly context: MyDataContext,
  ) {}

  /** A string in the widget's language, with the host page's override if it gave one. */
  private t(key: keyof MyDataStrings, values?: Record<string, string>): string {
    const language = this.context.language();
    return interpolate(this.context.overrides()?.[language]?.[key] ?? myDataStrings[language][key], values);
  }

  private get participant(): string | undefined {
    return storedParticipant(browserStore(), this.context.collector, this.context.initiative);
  }

  private set(changes: { confirming?: boolean; working?: boolean; message?: string }): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  private async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /**
   * The answers are gone from the collector: this device forgets them too (participant id, mark,
   * draft, and what the widget keeps, such as an "already answered" mark), the widget starts
   * afresh and says so in its status region, which takes focus.
   */
  private forgotten(message: string): void {
    forgetParticipant(browserStore(), this.context.collector, this.context.initiative);
    this.set({ confirming: false, working: false, message: '' });
    this.context.forgotten(message);
  }

  /** A 404 means nothing is kept any more (anonymised, or deleted elsewhere): this device forgets it too. */
  private failed(error: unknown): void {
    if (error instanceof CollectorError && error.status === 404) return this.forgotten(this.t('myDataNothingKept'));
    this.set({ working: false, message: this.t('myDataFailed') });
  }

  private async download(): Promise<void> {
    const participant = this.participant;
    if (!participant || this.working) return;
    this.set({ working: true, message: this.t('myDataWorking') });
    try {
      const mine = await readMyContributions(this.context.collector, this.context.initiative, participant);
      const url = URL.createObjectURL(new Blob([JSON.stringify(mine, null, 2)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = this.t('myDataFileName', { initiative: this.context.initiative });
      link.hidden = true;
      // In the document while clicked: some browsers save only from attached links.
      this.host.renderRoot.append(link);
      link.click();
      link.remove();
      // Long enough for the browser to start saving the file.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.set({ working: false, message: this.t('myDataDownloaded') });
    } catch (error) {
      this.failed(error);
    }
  }

  private ask(): void {
    if (this.working) return;
    this.set({ confirming: true, message: '' });
    void this.focus('#my-data-confirm');
  }

  private cancel(): void {
    if (this.working) return;
    this.set({ confirming: false, message: '' });
    void this.focus('.my-data__delete button');
  }

  private async delete(): Promise<void> {
    const participant = this.participant;
    if (!participant || this.working) return;
    const { collector, initiative } = this.context;
    // Submissions still waiting in this browser's outbox are withdrawn first: nothing of this
    // participant may reach the collector after the deletion.
    collectorClient(collector).withdraw((envelope) => envelope.initiative === initiative && envelope.participant === participant);
    this.set({ working: true, message: this.t('myDataWorking') });
    try {
      await deleteMyContributions(collector, initiative, participant);
    } catch (error) {
      return this.failed(error);
    }
    this.forgotten(this.t('myDataDeleted'));
  }

  render(): TemplateResult | typeof nothing {
    if (!this.participant) return nothing;
    const disabled = this.working;
    const actions = this.confirming
      ? html`<div role="group" aria-labelledby="my-data-confirm">
          <p id="my-data-confirm" tabindex="-1">${this.t('myDataConfirm')}</p>
          <div class="actions">
            ${button({ label: this.t('myDataConfirmYes'), disabled, onClick: () => void this.delete() })}
            ${button({ label: this.t('myDataCancel'), variant: 'secondary', disabled, onClick: () => this.cancel() })}
          </div>
        </div>`
      : html`<div class="actions">
          ${button({ label: this.t('myDataDownload'), variant: 'secondary', disabled, onClick: () => void this.download() })}
          <span class="my-data__delete">${button({ label: this.t('myDataDelete'), variant: 'secondary', disabled, onClick: () => this.ask() })}</span>
        </div>`;
    return html`<div class="my-data" part="my-data">
      <p>${this.t('myDataIntro')}</p>
      ${actions}
      <p role="status">${this.message}</p>
    </div>`;
  }
}
