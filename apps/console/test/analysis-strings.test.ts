import { describe, expect, it } from 'vitest';
import { frenchTypographyProblems } from '@participe/core/element';
import { analysisStrings } from '../src/analysis-strings.js';

describe('analysts’ strings', () => {
  it('follow French typography', () => {
    expect(frenchTypographyProblems(analysisStrings.fr)).toEqual([]);
  });

  it('agree in number', () => {
    expect(analysisStrings.fr.progress(1, 3, '1', '3')).toBe('1 contribution sur 3 n’est pas encore codée.');
    expect(analysisStrings.fr.progress(2, 3, '2', '3')).toBe('2 contributions sur 3 ne sont pas encore codées.');
    expect(analysisStrings.en.progress(1, 1, '1', '1')).toBe('1 of 1 contribution is not coded yet.');
    expect(analysisStrings.en.age(0, '0')).toBe('less than a day');
    expect(analysisStrings.fr.age(2, '2')).toBe('2 jours');
  });
});
