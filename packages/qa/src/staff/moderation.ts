import { nothing, type TemplateResult } from 'lit';
import type { StaffInitiative } from '@participe/core/schemas';
import { moderationQueue, StaffViewElement } from '@participe/core/staff';
import { NAME_MAX_LENGTH, type QaDefinition } from '../schema.js';
import { renderQuestionPayload } from './payload.js';
import { qaStaffStrings } from './strings.js';

/** How often the queue looks for new questions during the event. */
export const QUEUE_REFRESH_MS = 4000;

/** The moderation queue: core's (approve, dismiss with a reason, correct), live, with the Q&A's words. */
export class QaModeration extends StaffViewElement {
  protected viewName(): string {
    return qaStaffStrings[this.language].moderationView;
  }

  protected renderView(initiative: StaffInitiative): TemplateResult | typeof nothing {
    const definition = initiative.settings.definition as QaDefinition;
    const t = qaStaffStrings[this.language];
    return moderationQueue(this.context, this.initiativeId, {
      renderPayload: (payload, contentLanguage) => renderQuestionPayload(payload, this.language, contentLanguage),
      corrections: () => [
        { key: 'question', label: t.question, multiline: true, maxLength: definition.questionMaxLength },
        ...(definition.names ? [{ key: 'name', label: t.name, multiline: false, maxLength: NAME_MAX_LENGTH }] : []),
      ],
      topics: [],
      refreshEveryMs: QUEUE_REFRESH_MS,
    });
  }
}

if (!customElements.get('qa-moderation')) customElements.define('qa-moderation', QaModeration);

declare global {
  interface HTMLElementTagNameMap {
    'qa-moderation': QaModeration;
  }
}
