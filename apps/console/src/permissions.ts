import type { StaffRole } from '@participe/core/schemas';

/**
 * What each role may do, as the collector's `src/auth.ts` decides it. The console only uses it to
 * hide what a role cannot do; the collector's 403 stays the real guard.
 * Keep in step with the collector (better: move this table to core so both import it).
 */
const permissions = {
  'initiatives:read': ['admin', 'editor', 'moderator', 'analyst'],
  'initiatives:write': ['admin', 'editor'],
  'contributions:read': ['admin', 'moderator', 'analyst'],
  'contributions:enter': ['admin', 'editor', 'moderator'],
  'contributions:moderate': ['admin', 'moderator'],
  'contributions:export': ['admin', 'analyst'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof permissions;

export const can = (role: StaffRole, permission: Permission): boolean => (permissions[permission] as readonly StaffRole[]).includes(role);
