import { describe, expect, it } from 'vitest';
import { describeChoicePath, choiceListControlId } from '../src/staff/definition-form.js';
import { formatPath, parsePath, pathId, valueAt, withValueAt } from '../src/staff/definition-paths.js';

describe('definition paths', () => {
  it('parse and format the paths issues carry', () => {
    expect(parsePath('pages[0].questions[12].label.fr')).toEqual(['pages', 0, 'questions', 12, 'label', 'fr']);
    expect(formatPath(['pages', 0, 'questions', 12, 'label', 'fr'])).toBe('pages[0].questions[12].label.fr');
    expect(pathId('pages[0].questions[12].label.fr')).toBe('pages-0-questions-12-label-fr');
  });

  it('read and write at a path, leaving everything else (key order included) as it was', () => {
    const definition = { review: true, pages: [{ id: 'a', questions: [{ id: 'q', label: { fr: 'F', en: 'E' }, required: false }] }], onePerParticipant: true };
    expect(valueAt(definition, 'pages[0].questions[0].label.en')).toBe('E');
    expect(valueAt(definition, 'pages[3].id')).toBeUndefined();
    const changed = withValueAt(definition, 'pages[0].questions[0].label.en', 'English');
    expect(JSON.stringify(changed)).toBe(JSON.stringify(definition).replace('"en":"E"', '"en":"English"'));
    expect(definition.pages[0]!.questions[0]!.label.en).toBe('E');
    // Undefined removes a key, or an item of a list.
    expect(withValueAt(definition, 'pages[0].questions[0].required', undefined).pages[0]!.questions[0]).toEqual({ id: 'q', label: { fr: 'F', en: 'E' } });
    expect(withValueAt({ list: [1, 2, 3] }, 'list[1]', undefined)).toEqual({ list: [1, 3] });
    // Missing steps are created.
    expect(withValueAt({}, 'pages[0].title.fr', 'Titre')).toEqual({ pages: [{ title: { fr: 'Titre' } }] });
  });

  it('place a choice list’s issues on its controls and name them in words', () => {
    const list = 'pages[1].questions[0].choices';
    expect(choiceListControlId(list, `${list}[2].label.en`)).toBe('pages-1-questions-0-choices-2-en');
    expect(choiceListControlId(list, `${list}[2].id`)).toBe('pages-1-questions-0-choices-2-id');
    expect(choiceListControlId(list, list)).toBe('pages-1-questions-0-choices-add');
    const definition = { pages: [{}, { questions: [{ choices: [{ id: 'a' }, { id: 'b' }, { id: 'sante', label: { fr: 'Santé', en: '' } }] }] }] };
    expect(describeChoicePath(list, `${list}[2].label.en`, definition, 'fr')).toBe('Élément 3 «\u00a0Santé\u00a0», libellé en anglais');
    expect(describeChoicePath(list, `${list}[2].label.en`, definition, 'en', (n) => `Choice ${n}`)).toBe('Choice 3 “sante”, English label');
    expect(describeChoicePath(list, 'pages[0].id', definition, 'fr')).toBeUndefined();
  });
});
