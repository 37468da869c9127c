import { demoOrganisation } from '@participe/core/fixtures';
import type { Initiative, Organisation } from '@participe/core/schemas';
import * as z from 'zod/mini';
import type { Database } from '../storage/database.js';
import { hashPassword } from '../security/passwords.js';
import { findOwnInitiative, insertInitiative, updateResultsPublished, updateSettings, updateStatus } from '../storage/initiatives.js';
import { upsertOrganisation } from '../storage/organisations.js';
import { accountIdByEmail, ensureAccount } from '../storage/staff.js';
import { InitiativeSettingsInput, manifests } from '../slices/registry.js';

export const demoAccount = { email: 'demo@ministere-demo.example', password: 'demo-participe-2026' } as const;

/** A second ministry, so that the demo can show one organisation never sees another's data. */
export const otherOrganisation: Organisation = {
  id: 'ministere-autre',
  name: { fr: 'Ministère de l’Autre Exemple', en: 'Ministry of Another Example' },
};
export const otherAccount = { email: 'demo@ministere-autre.example', password: 'autre-participe-2026' } as const;

async function ensureDemoAccount(db: Database, organisationId: string, account: { email: string; password: string }) {
  if (await accountIdByEmail(db, account.email)) return;
  await ensureAccount(db, { organisationId, email: account.email, passwordHash: await hashPassword(account.password), role: 'admin' });
}

/**
 * Creates an example initiative with its status and publication, unless its id exists; either way
 * lets `origins` embed it (the demo site's own origin, whichever port it runs on).
 */
async function ensureExample(db: Database, example: Initiative, origins: readonly string[]) {
  const { organisation, status, resultsPublished, ...settings } = example;
  const checked = z.parse(InitiativeSettingsInput, { ...settings, allowedOrigins: [...new Set([...settings.allowedOrigins, ...origins])] });
  await db.transaction(async (tx) => {
    if (await insertInitiative(tx, organisation.id, checked)) {
      await updateStatus(tx, checked.id, status);
      await updateResultsPublished(tx, checked.id, resultsPublished);
      return;
    }
    const existing = await findOwnInitiative(tx, organisation.id, checked.id, true);
    const missing = origins.filter((origin) => existing && !existing.settings.allowedOrigins.includes(origin));
    if (existing && missing.length) await updateSettings(tx, existing.id, { ...existing.settings, allowedOrigins: [...existing.settings.allowedOrigins, ...missing] });
  });
}

/**
 * Creates the demo data unless it exists: two organisations with an admin each, and the open
 * example initiatives of every type. Running it again changes nothing.
 */
export async function seedDemo(db: Database, { origins = [] }: { origins?: readonly string[] } = {}): Promise<void> {
  await upsertOrganisation(db, demoOrganisation);
  await upsertOrganisation(db, otherOrganisation);
  await ensureDemoAccount(db, demoOrganisation.id, demoAccount);
  await ensureDemoAccount(db, otherOrganisation.id, otherAccount);
  for (const manifest of manifests) {
    for (const example of [manifest.fixtures.initiative, ...(manifest.fixtures.moreInitiatives ?? [])]) await ensureExample(db, example, origins);
  }
}
