import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../src/chart/wrap-label.js';

describe('chart labels', () => {
  it('wrap long labels between words instead of being clipped', () => {
    expect(wrapLabel('Santé')).toEqual(['Santé']);
    expect(wrapLabel('Transparence des décisions et reddition de comptes publique')).toEqual(['Transparence des décisions', 'et reddition de comptes', 'publique']);
    expect(wrapLabel('Anticonstitutionnellement-parlant-sans-espaces du tout', 10)).toEqual(['Anticonstitutionnellement-parlant-sans-espaces', 'du tout']);
  });
});
