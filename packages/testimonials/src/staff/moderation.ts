import { nothing, type TemplateResult } from 'lit';
import type { StaffInitiative } from '@participe/core/schemas';
import { moderationQueue, StaffViewElement, type CorrectionField } from '@participe/core/staff';
import { visibilities, type TestimonialsDefinition } from '../schema.js';
import { visibilityWords } from '../words.js';
import { renderTestimonialPayload } from './payload.js';
import { testimonialsStaffStrings } from './strings.js';

/**
 * The wall's moderation queue: core's (approve, reject with a reason, correct), with each
 * testimonial's automatic flags shown and its public words correctable before approval — the
 * citizen's original kept by the collector until retention, never shown publicly.
 */
export class TestimonialsModeration extends StaffViewElement {
  protected viewName(): string {
    return testimonialsStaffStrings[this.language].moderationView;
  }

  protected renderView(initiative: StaffInitiative): TemplateResult | typeof nothing {
    const definition = initiative.settings.definition as TestimonialsDefinition;
    const t = testimonialsStaffStrings[this.language];
    const corrections = (): CorrectionField[] => [
      { key: 'text', label: t.text, multiline: true, maxLength: definition.textMaxLength },
      { key: 'firstName', label: t.firstName, multiline: false, maxLength: 60 },
      { key: 'region', label: t.region, multiline: false, maxLength: 80 },
    ];
    return moderationQueue(this.context, this.initiativeId, {
      renderPayload: (payload, contentLanguage) => renderTestimonialPayload(payload, definition, this.language, contentLanguage),
      corrections,
      topics: [],
      filters: [
        { field: 'service', label: t.service, all: t.allServices, choices: definition.services.map((service) => ({ id: service.id, label: this.localize(service.label) })) },
        { field: 'visibility', label: t.visibility, all: t.allVisibilities, choices: visibilities.map((visibility) => ({ id: visibility, label: visibilityWords[this.language][visibility] })) },
      ],
    });
  }
}

if (!customElements.get('testimonials-moderation')) customElements.define('testimonials-moderation', TestimonialsModeration);

declare global {
  interface HTMLElementTagNameMap {
    'testimonials-moderation': TestimonialsModeration;
  }
}
