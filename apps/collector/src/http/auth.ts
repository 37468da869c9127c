import type { FastifyReply, FastifyRequest } from 'fastify';
import { can, type Permission } from '@participe/core/schemas';
import type { Database } from '../storage/database.js';
import { ApiProblem, forbidden } from './errors.js';
import type { Actor } from '../storage/audit.js';
import { findSessionPrincipal, findTokenPrincipal, type Principal } from '../storage/staff.js';
import { hashToken, tokenKind } from '../security/tokens.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** What each role may do, within its own organisation only: core's table, which the console reads too. */
export type { Permission } from '@participe/core/schemas';
export { can } from '@participe/core/schemas';

const unauthorized = () => new ApiProblem(401, 'unauthorized', 'Sign in first: send Authorization: Bearer <token>.');

/**
 * Staff requests authenticate with `Authorization: Bearer …` only — a console session or an API
 * token. Cookies are never read, so another site cannot make a browser act for a signed-in person.
 */
export function bearerAuthentication(db: Database) {
  return async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const header = request.headers.authorization;
    const token = header?.match(/^Bearer ([A-Za-z0-9_-]{10,200})$/)?.[1];
    const kind = token && tokenKind(token);
    const principal = !token || !kind ? undefined : kind === 'session' ? await findSessionPrincipal(db, hashToken(token)) : await findTokenPrincipal(db, hashToken(token));
    if (!principal) {
      reply.header('www-authenticate', 'Bearer');
      throw unauthorized();
    }
    request.principal = principal;
  };
}

/** The authenticated principal of a staff route (the staff plugin's hook guarantees one). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthorized();
  return request.principal;
}

/** The principal, after checking that its role allows `permission`. */
export function authorize(request: FastifyRequest, permission: Permission): Principal {
  const principal = principalOf(request);
  if (!can(principal.role, permission)) throw forbidden(`The ${principal.role} role cannot do this (${permission}).`);
  return principal;
}

export const actorOf = (principal: Principal): Actor => ({ kind: principal.kind, id: principal.id, organisationId: principal.organisationId });
