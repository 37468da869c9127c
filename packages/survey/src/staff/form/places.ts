import { translator } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import { choiceListControlId, describeChoicePath, pathId, valueAt } from '@participe/core/staff';
import type { SurveyDefinition } from '../../schema.js';
import { pageName, placedQuestions, questionName } from './numbering.js';
import { builderStrings } from './strings.js';

// Where an issue of the survey's definition is: the builder's control (for the error summary's
// links) and the words staff read ("Question 3 « Secteurs prioritaires », English label").

const localizedKeys = new Set(['label', 'hint', 'title', 'description', 'unit', 'minLabel', 'maxLabel', 'text', 'comment']);
const questionKeys = new Set(['id', 'type', 'required', 'other', 'otherCounts', 'unsure', 'min', 'max', 'maxLength', 'integer', 'limit', 'heading']);
const settingKeys = new Set(['review', 'onePerParticipant', 'responseCap']);

/** The id of the builder's control for an issue path (relative to the definition). */
export function surveyControlId(path: string): string | undefined {
  if (settingKeys.has(path)) return pathId(path);
  if (path === 'pages') return 'pages-add';
  const showIf = /^(.*\.showIf)(?:\.(question|equals|includes|atLeast|atMost))?/.exec(path);
  if (showIf) return pathId(showIf[2] ? `${showIf[1]}.${showIf[2]}` : showIf[1]!);
  const list = /^(pages\[\d+\]\.questions\[\d+\]\.(?:choices|rows|columns))/.exec(path);
  if (list) return choiceListControlId(list[1]!, path);
  if (/^pages\[\d+\]\.questions$/.test(path)) return `${pathId(path)}-add`;
  const item = /^(pages\[\d+\](?:\.questions\[\d+\])?)(?:\.(\w+)(?:\.(fr|en))?)?$/.exec(path);
  if (!item) return undefined;
  const [, owner, key, lang] = item;
  if (!key) return `${pathId(owner!)}-id`;
  if (localizedKeys.has(key)) return `${pathId(`${owner}.${key}`)}-${lang ?? 'fr'}`;
  if (key === 'id' || questionKeys.has(key)) return pathId(`${owner}.${key}`);
  return `${pathId(owner!)}-id`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A key of a page or question, in words. */
function keyWords(key: string, lang: string | undefined, language: Language): string {
  const t = translator(builderStrings, language);
  const words: Record<string, string> = {
    id: t('placeId'),
    label: t('placeLabel'),
    hint: t('placeHint'),
    title: t('placeTitle'),
    description: t('placeDescription'),
    text: t('placeText'),
    unit: t('placeUnit'),
    minLabel: t('placeMinLabel'),
    maxLabel: t('placeMaxLabel'),
    showIf: t('placeCondition'),
    questions: t('placeQuestions'),
    choices: t('placeChoices'),
    rows: t('placeRows'),
    columns: t('placeColumns'),
    required: t('placeRequired'),
    comment: t('placeComment'),
    unsure: t('placeUnsure'),
    type: t('placeType'),
    other: lowerFirst(t('other')),
    otherCounts: lowerFirst(t('otherCounts')),
    min: lowerFirst(t('min')),
    max: lowerFirst(t('max')),
    maxLength: lowerFirst(t('maxLength')),
    integer: lowerFirst(t('integer')),
    limit: lowerFirst(t('limit')),
    heading: lowerFirst(t('heading')),
  };
  const what = words[key] ?? key;
  return lang ? t(lang === 'en' ? 'placeInEn' : 'placeInFr', { what }) : what;
}

/** An issue path of the survey's definition in words, in `language`; undefined when it is not the builder's. */
export function describeSurveyPath(path: string, definition: unknown, language: Language): string | undefined {
  const t = translator(builderStrings, language);
  if (settingKeys.has(path)) return t(path as 'review' | 'onePerParticipant' | 'responseCap');
  if (path === 'pages') return t('pagesPlace');
  const question = /^pages\[(\d+)\]\.questions\[(\d+)\](.*)$/.exec(path);
  if (question) {
    const [, page, index, rest] = question;
    const placed = placedQuestions(definition as Partial<SurveyDefinition>).find((candidate) => candidate.page === Number(page) && candidate.index === Number(index));
    const name = questionName(placed ?? { question: {}, number: Number(index) + 1 }, language);
    const listPath = /^\.(choices|rows|columns)\[/.exec(rest!);
    if (listPath) {
      const word = listPath[1] === 'rows' ? t('row', 0).replace(/\s*\d+$/, '') : listPath[1] === 'columns' ? t('column', 0).replace(/\s*\d+$/, '') : t('choice', 0).replace(/\s*\d+$/, '');
      const inside = describeChoicePath(`pages[${page}].questions[${index}].${listPath[1]}`, path, definition, language, (number) => `${word} ${number}`);
      return inside ? `${name}, ${inside}` : name;
    }
    return withKey(name, rest!, language);
  }
  const page = /^pages\[(\d+)\](.*)$/.exec(path);
  if (page) return withKey(pageName(valueAt(definition, `pages[${page[1]}]`) as never, Number(page[1]), language), page[2]!, language);
  return undefined;
}

/** "Name, key" for the rest of a path (`.label.en`, `.showIf.all[0]`…). */
function withKey(name: string, rest: string, language: Language): string {
  const key = /^\.(\w+)(?:\.(fr|en)$)?/.exec(rest);
  return key ? `${name}, ${keyWords(key[1]!, key[2], language)}` : name;
}
