import { demoOrganisation } from '@participe/core/fixtures';
import { currentValues, toCents, type BudgetValues } from './rules.js';
import type { BudgetInitiative, BudgetLine } from './schema.js';

const t = (fr: string, en: string) => ({ fr, en });
const M = 1_000_000;

/** A money line: amounts in dollars. */
const line = (id: string, label: { fr: string; en: string }, amount: number, min: number, max: number, step: number, more: Partial<BudgetLine> = {}): BudgetLine => ({
  id,
  label,
  amount,
  min,
  max,
  step,
  consequences: [],
  ...more,
});

/**
 * A town's 2027 budget: 21 lines in five categories (four of spending, one of revenue), that
 * starts with a deficit of 3.22 M$ the citizen must close: today's amounts, bounds and steps,
 * consequences of a change, two locked lines (debt service, government transfers), school crossing
 * guards counted in people rather than dollars, and the tax change for an average home.
 */
export const budgetExample: BudgetInitiative = {
  id: 'budget-2027',
  type: 'budget',
  organisation: demoOrganisation,
  status: 'open',
  title: t('Budget 2027 de la Ville de Démonstration', 'Ville de Démonstration 2027 budget'),
  description: t(
    'Les dépenses prévues dépassent les revenus de 3,22 M$. Comment équilibreriez-vous le budget\u202f? Ajustez les postes, puis envoyez votre budget au conseil municipal.',
    'Planned spending is $3.22M more than revenue. How would you balance the budget? Adjust the lines, then send your budget to the town council.',
  ),
  opensAt: '2026-01-01T00:00:00-05:00',
  closesAt: '2027-12-31T23:59:59-05:00',
  moderation: 'none',
  allowedOrigins: ['http://localhost:4173', 'http://127.0.0.1:4173'],
  retentionDays: 365,
  privacyNotice: {
    purpose: t(
      'Connaître les priorités budgétaires des citoyens avant l’adoption du budget 2027. Votre budget est anonyme.',
      'Learn citizens’ budget priorities before the 2027 budget is adopted. Your budget is anonymous.',
    ),
    recipient: t('Le Service des finances de la Ville de Démonstration.', 'The Finance Department of Ville de Démonstration.'),
    retention: t(
      'Votre commentaire est détruit 365 jours après la fin de la consultation\u00a0; les montants anonymes sont conservés.',
      'Your comment is destroyed 365 days after the consultation ends; the anonymous amounts are kept.',
    ),
  },
  resultsPublished: false,
  definition: {
    rule: { maxDeficit: 0 },
    mustChange: true,
    commentMaxLength: 1000,
    onePerParticipant: true,
    household: {
      lines: ['taxe-residentielle'],
      taxBase: 12_000 * M,
      homeValue: 350_000,
      label: t('une maison unifamiliale évaluée à 350\u00a0000\u00a0$', 'a single-family home assessed at $350,000'),
    },
    categories: [
      {
        id: 'securite',
        kind: 'spending',
        label: t('Sécurité publique', 'Public safety'),
        lines: [
          line('police', t('Police', 'Police'), 32 * M, 28 * M, 36 * M, 250_000, {
            description: t('Patrouilles, enquêtes et prévention.', 'Patrols, investigations and prevention.'),
            consequences: [
              { change: -5, text: t('Deux patrouilles de moins la nuit.', 'Two fewer night patrols.') },
              { change: -10, text: t('Quatre patrouilles de moins et des délais d’intervention plus longs.', 'Four fewer patrols and longer response times.') },
              { change: 5, text: t('Une équipe de prévention de plus dans les écoles.', 'One more prevention team in schools.') },
            ],
          }),
          line('incendie', t('Sécurité incendie', 'Fire protection'), 21 * M, 19 * M, 23 * M, 250_000, {
            consequences: [{ change: -5, text: t('Une caserne fermée la nuit.', 'One fire station closed at night.') }],
          }),
          line('securite-civile', t('Sécurité civile', 'Emergency preparedness'), 1.5 * M, 1 * M, 2.5 * M, 100_000),
          line('brigadiers', t('Brigadiers scolaires', 'School crossing guards'), 40, 30, 60, 1, {
            unit: { one: t('brigadier', 'crossing guard'), other: t('brigadiers', 'crossing guards'), cost: 18_000 },
            description: t('Un brigadier par intersection près des écoles primaires.', 'One guard per crossing near elementary schools.'),
          }),
        ],
      },
      {
        id: 'transport',
        kind: 'spending',
        label: t('Transport', 'Transportation'),
        lines: [
          line('deneigement', t('Déneigement', 'Snow removal'), 14 * M, 11 * M, 17 * M, 250_000, {
            consequences: [
              { change: -10, text: t('Trottoirs déneigés en 48 heures plutôt qu’en 24.', 'Sidewalks cleared within 48 hours instead of 24.') },
              { change: 10, text: t('Rues résidentielles déneigées en 12 heures.', 'Residential streets cleared within 12 hours.') },
            ],
          }),
          line('voirie', t('Entretien des rues', 'Street maintenance'), 18 * M, 14 * M, 22 * M, 250_000, {
            consequences: [{ change: -10, text: t('Dix kilomètres de rues de moins repavés.', 'Ten fewer kilometres of streets repaved.') }],
          }),
          line('transport-collectif', t('Transport collectif', 'Public transit'), 12 * M, 10 * M, 15 * M, 250_000, {
            description: t('Contribution de la Ville à la société de transport.', 'The town’s contribution to the transit authority.'),
          }),
          line('pistes-cyclables', t('Pistes cyclables', 'Bike paths'), 2 * M, 0, 5 * M, 100_000),
        ],
      },
      {
        id: 'loisirs',
        kind: 'spending',
        label: t('Loisirs et culture', 'Recreation and culture'),
        lines: [
          line('bibliotheques', t('Bibliothèques', 'Libraries'), 6.5 * M, 5 * M, 8 * M, 100_000, {
            consequences: [{ change: -10, text: t('Bibliothèques fermées le dimanche.', 'Libraries closed on Sundays.') }],
          }),
          line('parcs', t('Parcs et espaces verts', 'Parks and green spaces'), 9 * M, 7 * M, 11 * M, 100_000),
          line('arenas-piscines', t('Arénas et piscines', 'Arenas and pools'), 7.5 * M, 6 * M, 9 * M, 100_000),
          line('culture', t('Événements culturels', 'Cultural events'), 3 * M, 1.5 * M, 4.5 * M, 100_000),
        ],
      },
      {
        id: 'services',
        kind: 'spending',
        label: t('Eau, environnement et administration', 'Water, environment and administration'),
        lines: [
          line('eau-potable', t('Eau potable et eaux usées', 'Drinking water and wastewater'), 15 * M, 13 * M, 18 * M, 250_000),
          line('matieres-residuelles', t('Collecte des matières résiduelles', 'Waste collection'), 11 * M, 9 * M, 13 * M, 250_000, {
            consequences: [{ change: -10, text: t('Collecte des ordures aux trois semaines.', 'Garbage collected every three weeks.') }],
          }),
          line('administration', t('Administration générale', 'General administration'), 16 * M, 14 * M, 17 * M, 250_000),
          line('dette', t('Service de la dette', 'Debt service'), 20 * M, 20 * M, 20 * M, 250_000, {
            locked: { reason: t('Remboursements fixés par les emprunts déjà contractés.', 'Repayments set by loans already taken out.') },
          }),
        ],
      },
      {
        id: 'revenus',
        kind: 'revenue',
        label: t('Revenus', 'Revenue'),
        lines: [
          line('taxe-residentielle', t('Taxe foncière résidentielle', 'Residential property tax'), 98 * M, 90 * M, 110 * M, 500_000, {
            description: t('Payée par les propriétaires et, par les loyers, par les locataires.', 'Paid by owners and, through rents, by tenants.'),
          }),
          line('taxe-non-residentielle', t('Taxe foncière non résidentielle', 'Non-residential property tax'), 42 * M, 38 * M, 48 * M, 500_000),
          line('tarification', t('Tarifs (eau, loisirs)', 'User fees (water, recreation)'), 16 * M, 14 * M, 20 * M, 250_000),
          line('transferts', t('Transferts gouvernementaux', 'Government transfers'), 22 * M, 22 * M, 22 * M, 250_000, {
            locked: { reason: t('Montants fixés par les gouvernements du Québec et du Canada.', 'Amounts set by the governments of Québec and Canada.') },
          }),
          line('droits', t('Droits de mutation, permis et amendes', 'Transfer duties, permits and fines'), 8 * M, 7 * M, 10 * M, 250_000),
        ],
      },
    ],
  },
};

/** Today's values with some lines changed (money lines in dollars, unit lines in units): a payload's `values`. */
export function allocation(changes: Record<string, number> = {}): BudgetValues {
  const values = currentValues(budgetExample.definition);
  for (const [id, value] of Object.entries(changes)) values[id] = id === 'brigadiers' ? value : toCents(value);
  return values;
}

/** Balanced allocations of the example, each closing the deficit differently. */
export const budgetExamplePayloads = [
  // Residential tax up 3.5 M$: a surplus of 280,000 $.
  { values: allocation({ 'taxe-residentielle': 101.5 * M }) },
  // Cuts only: a surplus of 16,000 $.
  { values: allocation({ police: 31 * M, deneigement: 13 * M, culture: 2 * M, 'pistes-cyclables': 1.8 * M, brigadiers: 38 }), comment: 'Gardez les bibliothèques ouvertes.' },
  // Fees and duties up, administration down: a surplus of 280,000 $.
  { values: allocation({ tarification: 17 * M, droits: 9 * M, administration: 14.5 * M }) },
];
