import { originOf, type AnyInitiativeSettingsInput, type InitiativeType } from '@participe/core/schemas';
import { fromLocalInput, toLocalInput } from './dates.js';

/**
 * The initiative editor's fields, named by the settings path they fill. Issues from the schema
 * (core or collector) carry the same paths, so each one lands next to its field.
 */
export const settingsFieldPaths = [
  'type',
  'id',
  'title.fr',
  'title.en',
  'description.fr',
  'description.en',
  'opensAt',
  'closesAt',
  'moderation',
  'allowedOrigins',
  'context',
  'retentionDays',
  'privacyNotice.purpose.fr',
  'privacyNotice.purpose.en',
  'privacyNotice.recipient.fr',
  'privacyNotice.recipient.en',
  'privacyNotice.retention.fr',
  'privacyNotice.retention.en',
  'definition',
] as const;

export type SettingsFieldPath = (typeof settingsFieldPaths)[number];

/** What the person typed, as text, field by field. */
export type SettingsForm = Record<SettingsFieldPath, string>;

/** Where the definition's JSON stops making sense, when it does not parse. */
export interface JsonProblem {
  line?: number;
  column?: number;
}

export const fieldId = (path: SettingsFieldPath) => `field-${path.replace(/\./g, '-')}`;

export function newSettingsForm(type: InitiativeType, definitionTemplate: unknown): SettingsForm {
  const form = Object.fromEntries(settingsFieldPaths.map((path) => [path, ''])) as SettingsForm;
  return { ...form, type, moderation: 'none', retentionDays: '365', definition: JSON.stringify(definitionTemplate, null, 2) };
}

export function formFromSettings(settings: AnyInitiativeSettingsInput): SettingsForm {
  return {
    type: settings.type,
    id: settings.id,
    'title.fr': settings.title.fr,
    'title.en': settings.title.en,
    'description.fr': settings.description?.fr ?? '',
    'description.en': settings.description?.en ?? '',
    opensAt: toLocalInput(settings.opensAt),
    closesAt: toLocalInput(settings.closesAt),
    moderation: settings.moderation ?? 'none',
    allowedOrigins: (settings.allowedOrigins ?? []).join('\n'),
    context: settings.context?.length ? JSON.stringify(settings.context, null, 2) : '',
    retentionDays: String(settings.retentionDays),
    'privacyNotice.purpose.fr': settings.privacyNotice.purpose.fr,
    'privacyNotice.purpose.en': settings.privacyNotice.purpose.en,
    'privacyNotice.recipient.fr': settings.privacyNotice.recipient.fr,
    'privacyNotice.recipient.en': settings.privacyNotice.recipient.en,
    'privacyNotice.retention.fr': settings.privacyNotice.retention.fr,
    'privacyNotice.retention.en': settings.privacyNotice.retention.en,
    definition: JSON.stringify(settings.definition ?? {}, null, 2),
  };
}

/**
 * The settings object the form describes, unchecked: the schema says what is wrong with it, and the
 * preview shows it as is. A definition that is not JSON is left out and reported as `definitionProblem`.
 */
export function settingsFromForm(form: SettingsForm): { settings: Record<string, unknown>; definitionProblem: JsonProblem | undefined } {
  const { value: definition, problem: definitionProblem } = parseJson(form.definition);
  const description = form['description.fr'].trim() || form['description.en'].trim() ? { fr: form['description.fr'], en: form['description.en'] } : undefined;
  const settings: Record<string, unknown> = {
    type: form.type,
    id: form.id.trim(),
    title: { fr: form['title.fr'], en: form['title.en'] },
    ...(description && { description }),
    opensAt: form.opensAt ? fromLocalInput(form.opensAt) : null,
    closesAt: form.closesAt ? fromLocalInput(form.closesAt) : null,
    moderation: form.moderation,
    // A page's address or a trailing slash stands for its origin: normalised, not refused.
    allowedOrigins: [...new Set(form.allowedOrigins.split('\n').map(originOf).filter(Boolean))],
    // Context fields as JSON; text that does not parse goes as is, for the schema to refuse in words.
    ...(form.context.trim() && { context: parseJson(form.context).value ?? form.context }),
    retentionDays: toNumber(form.retentionDays),
    privacyNotice: {
      purpose: { fr: form['privacyNotice.purpose.fr'], en: form['privacyNotice.purpose.en'] },
      recipient: { fr: form['privacyNotice.recipient.fr'], en: form['privacyNotice.recipient.en'] },
      retention: { fr: form['privacyNotice.retention.fr'], en: form['privacyNotice.retention.en'] },
    },
    definition,
  };
  return { settings, definitionProblem };
}

/** The field an issue belongs to: the longest field path that the issue's path starts with. */
export function fieldOfIssue(path: string): SettingsFieldPath | undefined {
  let best: SettingsFieldPath | undefined;
  for (const field of settingsFieldPaths) {
    const within = path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);
    if (within && (!best || field.length > best.length)) best = field;
  }
  // An object-level issue (e.g. `title` when it is missing) belongs to its first field.
  return best ?? settingsFieldPaths.find((field) => field.startsWith(`${path}.`));
}

/** Whole numbers stay numbers; anything else is passed as typed, for the schema to name. */
function toNumber(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export function parseJson(text: string): { value: unknown; problem: JsonProblem | undefined } {
  try {
    return { value: JSON.parse(text), problem: undefined };
  } catch (error) {
    return { value: undefined, problem: jsonProblemAt(text, String((error as Error).message)) };
  }
}

/** Browsers word JSON errors differently; most give a position or a line and column. */
function jsonProblemAt(text: string, message: string): JsonProblem {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return {};
  const before = text.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
