import type { Draft, Translator, WidgetState } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import type { PetitionInitiative } from '../../schema.js';
import type { PetitionStrings } from '../strings.js';
import type { SigningStrings } from './strings.js';

/** What the signing part gets from `<participe-petition>`. */
export interface SigningHost {
  readonly loaded: PetitionInitiative | undefined;
  /** The collector's address; undefined in a preview (nothing is read or sent). */
  readonly collector: string | undefined;
  readonly language: Language;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  t: Translator<PetitionStrings & SigningStrings>;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  /** Said politely through the live region, after `delayMs`. */
  announce(message: string, delayMs?: number): void;
  requestUpdate(): void;
  /** What the signer typed, kept in the browser until the collector answers. */
  draft<T>(): Draft<T>;
  /** The element's state: `offline` while a signature waits for the network. */
  moveTo(state: WidgetState): void;
  /** The collector took the signature: "check your email" in the status, focus there. */
  signed(email: string): void;
}
