import { AccessRequestDeletion, AccessRequestSearch, validate, type StaffContribution, type StaffInitiative } from '@participe/core/schemas';
import { type SurveyDefinition } from '@participe/survey/manifest';
import { json, refuse } from './fake-http.js';

// `POST /v1/staff/access-requests/search` and `…/deletion` as the collector answers them
// (`apps/collector/src/routes/staff/access-requests.ts`): within the caller's organisation, the
// address compared trimmed and lowercased with each type's personal email fields. The caller checks
// the `privacy:respond` permission first.

/** Email addresses a contribution holds in personal email fields: a survey's email questions (page feedback has none). */
function emailsIn(initiative: StaffInitiative, contribution: StaffContribution): unknown[] {
  if (initiative.settings.type !== 'survey') return [];
  const answers = (contribution.payload as { answers?: Record<string, unknown> } | null)?.answers ?? {};
  const questions = (initiative.settings.definition as SurveyDefinition).pages.flatMap((page) => page.questions);
  return questions.filter((question) => question.type === 'email').map((question) => answers[question.id]);
}

const normalise = (email: string) => email.trim().toLowerCase();

function search(email: string, own: StaffInitiative[], contributions: StaffContribution[]) {
  const holds = (contribution: StaffContribution) => {
    const initiative = own.find((candidate) => candidate.settings.id === contribution.initiative);
    return !!initiative && emailsIn(initiative, contribution).some((value) => typeof value === 'string' && normalise(value) === normalise(email));
  };
  const items = contributions.filter(holds).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  const initiatives = own
    .filter((initiative) => items.some((item) => item.initiative === initiative.settings.id))
    .map(({ settings }) => ({ id: settings.id, type: settings.type, title: settings.title }));
  return { items, initiatives };
}

/** `route` is `search` or `deletion`; a deletion removes from `contributions` in place. */
export function accessRequest(route: 'search' | 'deletion', body: unknown, own: StaffInitiative[], contributions: StaffContribution[]): Response {
  if (route === 'search') {
    const checked = validate(AccessRequestSearch, body);
    if (!checked.ok) return refuse(400, 'validation_failed', 'The request body is invalid.', checked.issues);
    return json(200, search(checked.value.email, own, contributions), { 'cache-control': 'no-store' });
  }
  const checked = validate(AccessRequestDeletion, body);
  if (!checked.ok) return refuse(400, 'validation_failed', 'The request body is invalid.', checked.issues);
  // Only contributions holding the address: a listed id that does not is left alone.
  const only = checked.value.contributions && new Set(checked.value.contributions);
  const doomed = new Set(search(checked.value.email, own, contributions).items.filter((item) => !only || only.has(item.id)).map((item) => item.id));
  for (let index = contributions.length - 1; index >= 0; index -= 1) if (doomed.has(contributions[index]!.id)) contributions.splice(index, 1);
  return json(200, { deleted: doomed.size });
}
