import type { StaffViewContext } from '@participe/core/staff';
import type { StaffApi } from './api.js';

/**
 * What the shell hands every signed-in view: the API, who is signed in, and its own services. A
 * type's own views get the same object, through the narrower `StaffViewContext` of core.
 */
export interface ConsoleContext extends StaffViewContext {
  readonly api: StaffApi;
}
