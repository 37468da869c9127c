import { describe, expect, it } from 'vitest';
import { frenchTypographyProblems } from '@participe/core/element';
import { editorStrings } from '../src/element/editor/strings.js';
import { elementStrings } from '../src/element/strings.js';
import { budgetStaffStrings } from '../src/staff/strings.js';

describe('the budget’s strings', () => {
  it('follow French typography (no-break spaces before : ? ! ;)', () => {
    expect(frenchTypographyProblems(elementStrings.fr)).toEqual([]);
    expect(frenchTypographyProblems(editorStrings.fr)).toEqual([]);
    expect(frenchTypographyProblems(budgetStaffStrings.fr)).toEqual([]);
  });

  it('count in both languages', () => {
    expect(editorStrings.fr.responses(1, '1')).toBe('1 budget reçu.');
    expect(editorStrings.fr.responses(2, '2')).toBe('2 budgets reçus.');
    expect(editorStrings.en.responses(1, '1')).toBe('1 budget received.');
    expect(editorStrings.en.responses(0, '0')).toBe('0 budgets received.');
  });
});
