import { describe, expect, it } from 'vitest';
import { frenchTypographyProblems } from '@participe/core/element';
import { elementStrings } from '../src/element/strings.js';
import { wallStrings } from '../src/element/wall/strings.js';
import { testimonialsStaffStrings } from '../src/staff/strings.js';
import { changeWords, flagWords, visibilityWords } from '../src/words.js';

describe('the testimonial wall’s strings', () => {
  it('follow French typography (no-break spaces before : ? ! ;)', () => {
    for (const table of [elementStrings.fr, wallStrings.fr, testimonialsStaffStrings.fr, changeWords.fr, visibilityWords.fr, flagWords.fr]) expect(frenchTypographyProblems(table)).toEqual([]);
  });

  it('count in both languages', () => {
    expect(wallStrings.fr.wallHeading(1, '1')).toBe('Témoignage publié (1)');
    expect(wallStrings.fr.wallHeading(2, '2')).toBe('Témoignages publiés (2)');
    expect(wallStrings.en.wallHeading(1, '1')).toBe('Published testimonial (1)');
    expect(wallStrings.fr.summaryAverage(3, '3', '4,3')).toBe('note moyenne 4,3 sur 5 (3 notes)');
    expect(wallStrings.en.summaryAverage(1, '1', '2.0')).toBe('average rating 2.0 out of 5 (1 rating)');
    expect(testimonialsStaffStrings.fr.count(2, '2')).toBe('2 témoignages publiés');
    expect(testimonialsStaffStrings.en.count(1, '1')).toBe('1 published testimonial');
  });
});
