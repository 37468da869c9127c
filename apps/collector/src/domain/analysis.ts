import type { CodableText } from '@participe/core/schemas';
import { invalid } from '../http/errors.js';
import { facetOf } from '../slices/registry.js';
import type { InitiativeRecord } from '../storage/initiatives.js';

/** The free-text answers of this initiative analysts may code on their own (its type's `codableTexts`). */
export function codableTexts(initiative: InitiativeRecord): CodableText[] {
  const list = facetOf(initiative.type)?.codableTexts;
  return list ? list(initiative.settings.definition) : [];
}

/** `field` when it is the whole contribution (`''`) or one of the initiative's free-text answers; a 400 otherwise. */
export function checkedField(initiative: InitiativeRecord, field: string, path = 'field'): string {
  if (field === '') return field;
  const known = codableTexts(initiative).map((text) => text.id);
  if (known.includes(field)) return field;
  throw invalid('This initiative has no free-text answer to code by this name.', [
    { path, code: 'invalid_value', params: { values: ['', ...known] }, message: `must be "" (the whole contribution)${known.length ? ` or one of ${known.join(', ')}` : ''}` },
  ]);
}
