import type { StaffMe } from '@participe/core/schemas';
import type { StaffApi } from './api.js';

/** What the shell hands every signed-in view: the API, who is signed in, and its own services. */
export interface ConsoleContext {
  readonly api: StaffApi;
  readonly me: StaffMe;
  /** Says something politely through the shell's live region. */
  announce(message: string): void;
  /** Goes to a console path such as `/initiatives/abc` (a new history entry). */
  navigate(path: string): void;
  /** Sets the document title from the view's own title. */
  setTitle(viewTitle: string): void;
}
