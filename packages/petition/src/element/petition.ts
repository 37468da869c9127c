import { html, nothing } from 'lit';
import { ParticipeElement } from '@participe/core/element';
import type { PetitionInitiative } from '../schema.js';
import { strings } from './strings.js';
import { petitionStyles } from './petition.styles.js';

/** Deadlines are Québec's: 23:59 in Montréal is the 31st, whatever the reader's zone. */
const quebecDate: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'America/Toronto' };

/**
 * A petition: its text, its author and dates; in hand-off mode, a link to sign it where it is lodged.
 *
 * Attributes, events, the shared parts, custom properties and states come from `ParticipeElement`
 * (`@participe/core/element`); these are its own.
 *
 * @summary A petition: read it, sign it once, confirm by email, watch the count.
 *
 * @csspart text - The petition's text.
 * @csspart author - Who lodged it.
 * @csspart hand-off - The link to sign it elsewhere (hand-off mode).
 */
export class ParticipePetition extends ParticipeElement<PetitionInitiative, (typeof strings)['fr']> {
  static override styles = [ParticipeElement.styles, petitionStyles];

  protected readonly type = 'petition';
  // Loaded while the initiative is fetched: the schema library stays out of the first chunk.
  protected readonly schema = () => import('../schema.js').then((module) => module.PetitionInitiative);
  protected readonly tables = strings;

  protected override renderContent() {
    const initiative = this.loaded;
    if (!initiative || (this.state !== 'open' && this.state !== 'closed')) return nothing;
    const { definition, closesAt } = initiative;
    return html`<div class="petition">
      <p class="text" part="text" lang=${this.language}>${this.localize(definition.text)}</p>
      <p class="author" part="author">${this.t('author', definition.author)}</p>
      ${closesAt ? html`<p class="dates">${this.t(this.state === 'closed' ? 'closedOn' : 'closesOn', this.formatDate(closesAt, quebecDate))}</p>` : nothing}
      ${definition.mode === 'hand-off' && definition.handOffUrl
        ? html`<p>${this.t('handOff')}</p>
            <p><a part="hand-off" class="hand-off" href=${definition.handOffUrl} target="_blank" rel="noopener noreferrer">${this.t('handOffLink')} <span class="visually-hidden">${this.t('opensNewWindow')}</span></a></p>`
        : nothing}
    </div>`;
  }
}
