import { describe, expect, it } from 'vitest';
import { pageFeedbackExample } from '@participe/page-feedback/manifest';
import { validate } from '@participe/core/schemas';
import { InitiativeSettingsInput } from '../src/type-registry.js';
import { fieldOfIssue, formFromSettings, newSettingsForm, parseJson, settingsFromForm } from '../src/settings-form.js';

const { organisation: _organisation, status: _status, resultsPublished: _published, ...exampleSettings } = pageFeedbackExample;

describe('settings form', () => {
  it('turns existing settings into a form and back without changing them', () => {
    const { settings, definitionProblem } = settingsFromForm(formFromSettings(exampleSettings));
    expect(definitionProblem).toBeUndefined();
    const checked = validate(InitiativeSettingsInput, settings);
    expect(checked.ok).toBe(true);
    expect(settings).toMatchObject({ id: exampleSettings.id, title: exampleSettings.title, allowedOrigins: exampleSettings.allowedOrigins, retentionDays: 365 });
    expect(Date.parse(settings['opensAt'] as string)).toBe(Date.parse(exampleSettings.opensAt!));
    expect(settings['definition']).toEqual(exampleSettings.definition);
  });

  it('starts a new form from the type’s template, with safe defaults', () => {
    const form = newSettingsForm('page-feedback', { commentMaxLength: 500 });
    expect(form).toMatchObject({ type: 'page-feedback', moderation: 'none', retentionDays: '365', id: '' });
    expect(JSON.parse(form.definition)).toEqual({ commentMaxLength: 500 });
  });

  it('reads lists, numbers, optional texts and empty dates the way the schema expects', () => {
    const form = {
      ...newSettingsForm('page-feedback', {}),
      allowedOrigins: ' https://www.quebec.ca \n\nhttps://example.gouv.qc.ca\n',
      retentionDays: ' 30 ',
      'description.fr': '',
      'description.en': '',
    };
    const { settings } = settingsFromForm(form);
    expect(settings['allowedOrigins']).toEqual(['https://www.quebec.ca', 'https://example.gouv.qc.ca']);
    // A page's address, a trailing slash or capitals stand for the origin; what names none is left for the schema to refuse.
    const pasted = settingsFromForm({ ...form, allowedOrigins: 'https://WWW.Quebec.ca/fr/ministere/page/?x=1\nhttps://www.quebec.ca/\nhttp://localhost:4173/\nhtp://mauvaise' });
    expect(pasted.settings['allowedOrigins']).toEqual(['https://www.quebec.ca', 'http://localhost:4173', 'htp://mauvaise']);
    // Context fields: none when blank, the JSON when it parses, the text as typed otherwise (the schema words it).
    expect(settings).not.toHaveProperty('context');
    expect(settingsFromForm({ ...form, context: '[{"name": "programme", "maxLength": 4}]' }).settings['context']).toEqual([{ name: 'programme', maxLength: 4 }]);
    expect(settingsFromForm({ ...form, context: '[{"name": ' }).settings['context']).toBe('[{"name": ');
    expect(settings['retentionDays']).toBe(30);
    expect(settings).not.toHaveProperty('description');
    expect(settings['opensAt']).toBeNull();
    expect(settingsFromForm({ ...form, retentionDays: 'trente' }).settings['retentionDays']).toBe('trente');
    expect(settingsFromForm({ ...form, retentionDays: '' }).settings['retentionDays']).toBeUndefined();
    expect(settingsFromForm({ ...form, 'description.en': 'Only English' }).settings['description']).toEqual({ fr: '', en: 'Only English' });
  });

  it('reports where a definition stops being JSON', () => {
    expect(parseJson('{"a": 1}')).toEqual({ value: { a: 1 }, problem: undefined });
    const { problem } = parseJson('{\n  "a": 1,\n}');
    expect(problem?.line).toBe(3);
    expect(settingsFromForm({ ...newSettingsForm('page-feedback', {}), definition: '{' }).definitionProblem).toBeDefined();
  });

  it('places each issue on the field its path belongs to', () => {
    expect(fieldOfIssue('title.fr')).toBe('title.fr');
    expect(fieldOfIssue('privacyNotice.retention.en')).toBe('privacyNotice.retention.en');
    expect(fieldOfIssue('allowedOrigins[2]')).toBe('allowedOrigins');
    expect(fieldOfIssue('definition.question.fr')).toBe('definition');
    expect(fieldOfIssue('description')).toBe('description.fr');
    expect(fieldOfIssue('(root)')).toBeUndefined();
  });
});
