import { defineType } from '@participe/core/manifest';
import { budgetExample, budgetExamplePayloads } from './fixtures.js';
import { budgetPersonalData } from './personal-data.js';
import { BudgetDefinition, budgetPayload, BudgetResults } from './schema.js';

export * from './schema.js';
export * from './rules.js';
export { allocation, budgetExample, budgetExamplePayloads } from './fixtures.js';

/** A budget simulator: citizens adjust spending and revenue lines under a balanced-budget rule. */
export const budgetType = defineType({
  type: 'budget',
  definition: BudgetDefinition,
  payload: budgetPayload,
  results: BudgetResults,
  // Allocations are private: staff read them, citizens see published results only.
  publicContributions: null,
  limits: (definition) => ({ onePerParticipant: definition.onePerParticipant, responseCap: undefined, perParticipant: undefined }),
  personalData: budgetPersonalData,
  reservedHeight: '32rem',
  fixtures: {
    initiative: budgetExample,
    payloads: budgetExamplePayloads,
    withText: (text) => ({ ...budgetExamplePayloads[0]!, comment: text.slice(0, 1000) }),
    personalFields: ['comment'],
  },
});
