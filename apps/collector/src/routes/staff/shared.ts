import type { FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { Slug } from '@participe/core/schemas';
import { authorize, principalOf, type Permission } from '../../http/auth.js';
import type { Queryable } from '../../storage/database.js';
import { notFound } from '../../http/errors.js';
import { findOwnInitiative } from '../../storage/initiatives.js';
import type { Principal } from '../../storage/staff.js';

export const StaffInitiativeParams = z.strictObject({ id: Slug });

/** Bad cursors are the caller's mistake, not ours. */
export const badCursor = () => notFound('This cursor does not point into this list; start again without it.');

/**
 * The caller's own initiative, then the role check. Another organisation's id answers 404 like a
 * missing one (never 403), so that staff cannot learn what other organisations run.
 */
export async function ownInitiative(db: Queryable, request: FastifyRequest, id: string, permission: Permission, lock = false) {
  const principal: Principal = principalOf(request);
  const initiative = await findOwnInitiative(db, principal.organisationId, id, lock);
  if (!initiative) throw notFound('Your organisation has no initiative with this id.');
  authorize(request, permission);
  return { principal, initiative };
}
