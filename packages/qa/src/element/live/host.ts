import type { nothing, TemplateResult } from 'lit';
import type { Draft, Translator, WidgetState } from '@participe/core/element';
import type { Language, LocalizedText } from '@participe/core/schemas';
import type { QaInitiative } from '../../schema.js';
import type { QaStrings } from '../strings.js';

/** What the Q&A's parts get from `<participe-qa>`: its initiative, wording and the base element's services. */
export interface QaHost {
  readonly loaded: QaInitiative | undefined;
  readonly state: WidgetState;
  readonly language: Language;
  /** The collector's address; undefined in a preview (nothing is read or sent). */
  readonly collector: string | undefined;
  readonly busy: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  t: Translator<QaStrings>;
  localize(text: LocalizedText): string;
  formatNumber(value: number): string;
  formatDate(value: string | Date, options?: Intl.DateTimeFormatOptions): string;
  /** Sends a question through the outbox (never lost), with the base element's states. */
  submit(payload: unknown): Promise<void>;
  draft<T>(): Draft<T>;
  /** Said politely through the live region. */
  announce(message: string): void;
  renderPrivacyNotice(expanded: boolean): TemplateResult | typeof nothing;
  /** Reads the initiative again (staff opened or closed the event). */
  reload(): void;
  requestUpdate(): void;
}
