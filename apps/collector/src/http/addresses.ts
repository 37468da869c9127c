import { createHash, randomBytes } from 'node:crypto';

const addressSalt = randomBytes(16);

/** A client address as counters keep it: salted and hashed, never in clear (the salt lives as long as the process). */
export const addressKey = (address: string) => createHash('sha256').update(addressSalt).update(address).digest('base64url');
