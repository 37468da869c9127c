import type { LocalizedText } from '../schemas/common.js';
import type { Acknowledgement } from '../schemas/contribution.js';
import type { InitiativeStatus, InitiativeType, PrivacyNotice } from '../schemas/initiative.js';

/** Where a widget stands; also exposed as a CSS custom state, e.g. `participe-survey:state(submitted)`. */
export type WidgetState = 'loading' | 'open' | 'upcoming' | 'closed' | 'error' | 'offline' | 'submitted';

/** The fields every initiative has that the base element relies on. */
export interface InitiativeLike {
  id: string;
  type: InitiativeType;
  title: LocalizedText;
  status: InitiativeStatus;
  opensAt?: string | null | undefined;
  closesAt?: string | null | undefined;
  retentionDays: number;
  privacyNotice: PrivacyNotice;
}

/** Takes a payload instead of the collector client: the console's paper and phone entry. */
export type Submitter = (payload: unknown) => Promise<Acknowledgement>;
