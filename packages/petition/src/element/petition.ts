import { html, nothing } from 'lit';
import { ParticipeElement, type StringTables } from '@participe/core/element';
import type { PetitionInitiative } from '../schema.js';
import type { SigningController } from './signing/controller.js';
import type { SigningHost } from './signing/host.js';
import type { SigningStrings } from './signing/strings.js';
import { strings, type PetitionStrings } from './strings.js';
import { petitionStyles } from './petition.styles.js';

type Parts = typeof import('./signing/index.js');
type Strings = PetitionStrings & SigningStrings;

/** Deadlines are Québec's: 23:59 in Montréal is the 31st, whatever the reader's zone. */
const quebecDate: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'America/Toronto' };

/**
 * A petition: its text, author and deadline, the live count of confirmed signatures and the
 * progress toward the threshold that obliges an official response, then that response (French and
 * English). The signature form asks only for a name, an email address, a postal code and consent;
 * a proof-of-work (ALTCHA) runs in the background once the form gets focus, instead of a visual
 * CAPTCHA. A signature counts once confirmed: the email's link opens the page again, where a
 * button confirms it. In hand-off mode (a petition lodged with the National Assembly) it shows the
 * text and a link to sign there, and collects nothing.
 *
 * Attributes, events, the shared parts, custom properties and states come from `ParticipeElement`
 * (`@participe/core/element`); these are its own.
 *
 * @summary A petition: read it, sign it once, confirm by email, watch the count.
 *
 * @csspart text - The petition's text.
 * @csspart author - Who lodged it.
 * @csspart progress - The count and the progress bar toward the threshold.
 * @csspart count - The number of confirmed signatures.
 * @csspart response - The official response.
 * @csspart form - The signature form.
 * @csspart hand-off - The link to sign elsewhere (hand-off mode).
 */
export class ParticipePetition extends ParticipeElement<PetitionInitiative, Strings> {
  static override styles = [ParticipeElement.styles, petitionStyles];

  protected readonly type = 'petition';
  // Loaded while the initiative is fetched: the schema library stays out of the first chunk.
  protected readonly schema = () => import('../schema.js').then((module) => module.PetitionInitiative);
  private parts: Parts | undefined;
  private signing: SigningController | undefined;
  /** The address the last signature was sent for, said in "check your email". */
  private sentTo = '';

  /** The reading view's strings at first; the signing part's join them when it arrives. */
  protected get tables(): StringTables<Strings> {
    const signing = this.parts?.signingStrings;
    return (signing ? { fr: { ...strings.fr, ...signing.fr }, en: { ...strings.en, ...signing.en } } : strings) as StringTables<Strings>;
  }

  private readonly host: SigningHost = (() => {
    const element = this;
    return {
      get loaded() {
        return element.loaded;
      },
      get collector() {
        return element.collectorUrl;
      },
      get language() {
        return element.language;
      },
      get renderRoot() {
        return element.renderRoot;
      },
      get updateComplete() {
        return element.updateComplete;
      },
      t: (key, ...args) => element.t(key, ...args),
      formatNumber: (value, options) => element.formatNumber(value, options),
      announce: (message, delayMs) => element.announceWhenSettled(message, delayMs),
      requestUpdate: () => element.requestUpdate(),
      draft: () => element.draft(),
      moveTo: (state) => (element.state = state),
      signed: (email) => {
        element.sentTo = email;
        element.state = 'submitted';
        void element.updateComplete.then(() => element.renderRoot.querySelector<HTMLElement>('.status')?.focus());
      },
    };
  })();

  protected override async loadParts(): Promise<void> {
    this.parts ??= await import('./signing/index.js');
    this.adoptStyles(this.parts.fieldStyles, this.parts.signingStyles);
    this.signing ??= new this.parts.SigningController(this.host);
  }

  protected override initiativeLoaded(): void {
    this.signing?.start();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loaded && this.state !== 'error') this.signing?.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.signing?.stop();
  }

  /** The same words whether or not the address had signed: a stranger learns nothing. */
  protected override submittedMessage(): string {
    return `${this.t('checkEmail')}. ${this.t('checkEmailBody', this.sentTo)}`;
  }

  protected override renderContent() {
    const initiative = this.loaded;
    if (!initiative || this.state === 'upcoming') return nothing;
    const { definition, closesAt } = initiative;
    const handOff = definition.mode === 'hand-off';
    return html`<div class="petition">
      ${definition.response
        ? html`<section class="response" part="response" aria-labelledby="petition-response-title">
            <h3 id="petition-response-title">${this.t('responseTitle')}</h3>
            <p>${this.localize(definition.response.text)}</p>
            <p class="dates">${this.t('respondedOn', this.formatDate(definition.response.publishedAt, quebecDate))}</p>
          </section>`
        : nothing}
      <p class="text" part="text">${this.localize(definition.text)}</p>
      <p class="author" part="author">${this.t('author', definition.author)}</p>
      ${closesAt ? html`<p class="dates">${this.t(this.state === 'closed' ? 'closedOn' : 'closesOn', this.formatDate(closesAt, quebecDate))}</p>` : nothing}
      ${handOff && definition.handOffUrl
        ? html`<p>${this.t('handOff')}</p>
            <p><a part="hand-off" class="hand-off" href=${definition.handOffUrl} target="_blank" rel="noopener noreferrer">${this.t('handOffLink')} <span class="visually-hidden">${this.t('opensNewWindow')}</span></a></p>`
        : nothing}
      ${!handOff && this.parts && this.signing ? this.parts.renderProgress(this.signing, this.host) : nothing}
      ${!handOff && (this.state === 'open' || this.state === 'offline') && this.parts && this.signing
        ? this.parts.renderSigning(this.signing, this.host, this.renderPrivacyNotice(true))
        : nothing}
    </div>`;
  }
}
