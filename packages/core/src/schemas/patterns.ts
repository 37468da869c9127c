// Plain patterns, without zod, so that widget bundles can check attributes without the schema library.

/** Initiative and organisation ids: lowercase letters, digits and hyphens, 1–64 characters. */
export const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** A web origin as browsers send it: scheme, host, optional port. */
export const originPattern = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/;
