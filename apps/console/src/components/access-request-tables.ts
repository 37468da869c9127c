import { html, type TemplateResult } from 'lit';
import { formatDate } from '@participe/core/element';
import type { AccessRequestResult, Language, StaffContribution } from '@participe/core/schemas';
import type { ConsoleTranslate } from '../strings.js';
import { staffFacetOf } from '../type-registry.js';
import { channelKeys } from './contribution-words.js';
import { participantText } from './participant.js';

/** An access request's search result, as the view keeps it. */
export interface FoundContributions {
  /** The address searched (trimmed): deletion sends this one, whatever the field holds since. */
  email: string;
  items: StaffContribution[];
  initiatives: AccessRequestResult['initiatives'];
  /** Each initiative's definition by id, for its type's rendering of payloads. */
  definitions: ReadonlyMap<string, unknown>;
}

/**
 * One table per initiative (title in the interface language), each contribution with a checkbox
 * to select it, when it was received, its channel, its participant and its payload as its type
 * renders it.
 */
export function accessRequestTables(
  found: FoundContributions,
  selected: ReadonlySet<string>,
  toggle: (id: string, checked: boolean) => void,
  language: Language,
  t: ConsoleTranslate,
): TemplateResult[] {
  return found.initiatives.map((initiative) => {
    const title = initiative.title[language];
    const titleId = `initiative-${initiative.id}`;
    const support = staffFacetOf(initiative.type);
    const definition = found.definitions.get(initiative.id);
    const items = found.items.filter((item) => item.initiative === initiative.id);
    // The table's scrolling region is the one landmark named by the title (a labelled section too would repeat it).
    return html`<div class="stack">
      <h3 id=${titleId}>${title}</h3>
      <div class="table-scroll" role="region" aria-labelledby=${titleId} tabindex="0">
        <table>
          <caption class="visually-hidden">${t('accessTableCaption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">${t('columnSelect')}</th>
              <th scope="col">${t('columnReceived')}</th>
              <th scope="col">${t('columnChannel')}</th>
              <th scope="col">${t('columnParticipant')}</th>
              <th scope="col">${t('columnContent')}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map((item) => {
              const received = formatDate(language, item.receivedAt, { dateStyle: 'medium', timeStyle: 'short' });
              return html`<tr>
                <td>
                  <label class="option">
                    <input type="checkbox" .checked=${selected.has(item.id)} @change=${(event: Event) => toggle(item.id, (event.target as HTMLInputElement).checked)} />
                    <span class="visually-hidden">${t('accessSelect', { date: received })}</span>
                  </label>
                </td>
                <th scope="row">${received}</th>
                <td>${t(channelKeys[item.channel])}</td>
                <td>${participantText(item, language, t)}</td>
                <td class="content">
                  ${support ? support.renderPayload(item.payload, definition, language, item.language) : html`<code>${JSON.stringify(item.payload)}</code>`}
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </div>`;
  });
}
