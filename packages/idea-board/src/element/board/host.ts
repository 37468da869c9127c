import type { nothing, TemplateResult } from 'lit';
import type { Draft, Translator, WidgetState } from '@participe/core/element';
import type { Language, LocalizedText } from '@participe/core/schemas';
import type { IdeaBoardInitiative } from '../../schema.js';
import type { IdeaBoardStrings } from '../strings.js';

/**
 * What the board's parts get from `<participe-idea-board>`: its initiative and state, its wording,
 * and the base element's services (submitting through the outbox, drafts, the live region).
 */
export interface BoardHost {
  readonly loaded: IdeaBoardInitiative | undefined;
  readonly state: WidgetState;
  readonly language: Language;
  /** The collector's address; undefined in a preview (nothing is read or sent). */
  readonly collector: string | undefined;
  /** The thread this element shows (`topic` attribute). */
  readonly topic: string | undefined;
  /** A contribution is on its way. */
  readonly busy: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  t: Translator<IdeaBoardStrings>;
  localize(text: LocalizedText): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  formatDate(value: string | Date, options?: Intl.DateTimeFormatOptions): string;
  /** Sends a contribution through the outbox (never lost), with the base element's states. */
  submit(payload: unknown): Promise<void>;
  draft<T>(): Draft<T>;
  /** Said politely through the live region, after `delayMs`. */
  announce(message: string, delayMs?: number): void;
  renderPrivacyNotice(expanded: boolean): TemplateResult | typeof nothing;
  /** Back to the open board after a contribution was acknowledged (to propose another). */
  reopen(): void;
  requestUpdate(): void;
}
