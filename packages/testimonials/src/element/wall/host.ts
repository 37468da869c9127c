import type { nothing, TemplateResult } from 'lit';
import type { Draft, Translator, WidgetState } from '@participe/core/element';
import type { Language, LocalizedText } from '@participe/core/schemas';
import type { TestimonialsInitiative } from '../../schema.js';
import type { TestimonialsStrings } from '../strings.js';

/**
 * What the wall's parts get from `<participe-testimonials>`: its initiative and state, its wording,
 * and the base element's services (submitting through the outbox, drafts, the live region).
 */
export interface WallHost {
  readonly loaded: TestimonialsInitiative | undefined;
  readonly state: WidgetState;
  readonly language: Language;
  /** The collector's address; undefined in a preview (nothing is read or sent). */
  readonly collector: string | undefined;
  /** A testimonial is on its way. */
  readonly busy: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  t: Translator<TestimonialsStrings>;
  localize(text: LocalizedText): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  formatDate(value: string | Date, options?: Intl.DateTimeFormatOptions): string;
  /** Sends a testimonial through the outbox (never lost), with the base element's states. */
  submit(payload: unknown): Promise<void>;
  draft<T>(): Draft<T>;
  /** Said politely through the live region, after `delayMs`. */
  announce(message: string, delayMs?: number): void;
  renderPrivacyNotice(expanded: boolean): TemplateResult | typeof nothing;
  /** Back to the open wall after a testimonial was acknowledged (to share another). */
  reopen(): void;
  requestUpdate(): void;
}
