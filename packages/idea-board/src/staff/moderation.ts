import { nothing, type TemplateResult } from 'lit';
import type { StaffInitiative } from '@participe/core/schemas';
import { moderationQueue, StaffViewElement, type CorrectionField } from '@participe/core/staff';
import type { IdeaBoardDefinition } from '../schema.js';
import { renderIdeaPayload } from './payload.js';
import { ideaBoardStaffStrings } from './strings.js';

/** The board's moderation queue: core's, with the idea board's words and corrections. */
export class IdeaBoardModeration extends StaffViewElement {
  protected viewName(): string {
    return ideaBoardStaffStrings[this.language].moderationView;
  }

  protected renderView(initiative: StaffInitiative): TemplateResult | typeof nothing {
    const definition = initiative.settings.definition as IdeaBoardDefinition;
    const t = ideaBoardStaffStrings[this.language];
    const corrections = (payload: unknown): CorrectionField[] =>
      payload && typeof payload === 'object' && 'text' in payload
        ? [
            { key: 'text', label: t.text, multiline: true, maxLength: definition.textMaxLength },
            { key: 'name', label: t.name, multiline: false, maxLength: 60 },
          ]
        : [
            { key: 'title', label: t.title, multiline: false, maxLength: definition.titleMaxLength },
            { key: 'description', label: t.description, multiline: true, maxLength: definition.descriptionMaxLength },
          ];
    return moderationQueue(this.context, this.initiativeId, {
      renderPayload: (payload, contentLanguage) => renderIdeaPayload(payload, definition, this.language, contentLanguage),
      corrections,
      topics: definition.topics.map((topic) => ({ id: topic.id, label: this.localize(topic.label) })),
    });
  }
}

if (!customElements.get('idea-board-moderation')) customElements.define('idea-board-moderation', IdeaBoardModeration);

declare global {
  interface HTMLElementTagNameMap {
    'idea-board-moderation': IdeaBoardModeration;
  }
}
