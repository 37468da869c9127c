import type { BudgetDefinition } from '../schema.js';

const text = (fr: string, en: string) => ({ fr, en });

/**
 * What a new budget starts from: two spending categories and one of revenue, a deficit to close,
 * a line with consequences, a locked line with its reason, a line counted in units, and the tax
 * change for a typical home — every part of the format in a working example to edit.
 */
export const budgetTemplate = (): BudgetDefinition => ({
  rule: { maxDeficit: 0 },
  mustChange: true,
  commentMaxLength: 1000,
  onePerParticipant: true,
  household: { lines: ['taxes'], taxBase: 5_000_000_000, homeValue: 300_000, label: text('une maison évaluée à 300\u00a0000\u00a0$', 'a home assessed at $300,000') },
  categories: [
    {
      id: 'services',
      kind: 'spending',
      label: text('Services à la population', 'Services to residents'),
      lines: [
        {
          id: 'deneigement',
          label: text('Déneigement', 'Snow removal'),
          description: text('Rues et trottoirs.', 'Streets and sidewalks.'),
          amount: 5_000_000,
          min: 4_000_000,
          max: 6_000_000,
          step: 100_000,
          consequences: [
            { change: -10, text: text('Trottoirs déneigés en 48 heures plutôt qu’en 24.', 'Sidewalks cleared within 48 hours instead of 24.') },
            { change: 10, text: text('Rues déneigées en 12 heures.', 'Streets cleared within 12 hours.') },
          ],
        },
        { id: 'bibliotheques', label: text('Bibliothèques', 'Libraries'), amount: 2_000_000, min: 1_500_000, max: 2_500_000, step: 50_000, consequences: [] },
        {
          id: 'brigadiers',
          label: text('Brigadiers scolaires', 'School crossing guards'),
          amount: 12,
          min: 8,
          max: 20,
          step: 1,
          unit: { one: text('brigadier', 'crossing guard'), other: text('brigadiers', 'crossing guards'), cost: 18_000 },
          consequences: [],
        },
      ],
    },
    {
      id: 'administration',
      kind: 'spending',
      label: text('Administration et dette', 'Administration and debt'),
      lines: [
        { id: 'administration', label: text('Administration', 'Administration'), amount: 3_000_000, min: 2_500_000, max: 3_500_000, step: 50_000, consequences: [] },
        {
          id: 'dette',
          label: text('Service de la dette', 'Debt service'),
          amount: 1_500_000,
          min: 1_500_000,
          max: 1_500_000,
          step: 100_000,
          consequences: [],
          locked: { reason: text('Fixé par les emprunts déjà contractés.', 'Set by loans already taken out.') },
        },
      ],
    },
    {
      id: 'revenus',
      kind: 'revenue',
      label: text('Revenus', 'Revenue'),
      lines: [
        { id: 'taxes', label: text('Taxes foncières', 'Property taxes'), amount: 10_000_000, min: 9_000_000, max: 11_000_000, step: 100_000, consequences: [] },
        { id: 'tarifs', label: text('Tarifs', 'User fees'), amount: 1_500_000, min: 1_000_000, max: 2_000_000, step: 50_000, consequences: [] },
      ],
    },
  ],
});
