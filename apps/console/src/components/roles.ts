import { staffRoles, type StaffRole } from '@participe/core/schemas';
import type { ConsoleTranslate } from '../strings.js';

export const roleKeys = { admin: 'roleAdmin', editor: 'roleEditor', moderator: 'roleModerator', analyst: 'roleAnalyst' } as const satisfies Record<StaffRole, string>;

/** A role in the interface language ("administration", "analysis"…). */
export const roleName = (role: StaffRole, t: ConsoleTranslate) => t(roleKeys[role]);

export { staffRoles };
