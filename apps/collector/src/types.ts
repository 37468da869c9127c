import { budgetServer } from '@participe/budget/server';
import { ideaBoardServer } from '@participe/idea-board/server';
import { pageFeedbackServer } from '@participe/page-feedback/server';
import { surveyServer } from '@participe/survey/server';
import { testimonialsServer } from '@participe/testimonials/server';
import { petitionServer } from '@participe/petition/server';
import { qaServer } from '@participe/qa/server';

/**
 * The participation types this collector serves: one line per type. Everything else that names
 * types (the type list, the settings union, the public schemas, results, exports, personal data,
 * type tables and routes) is derived from this list (`type-registry.ts`).
 */
export const serverTypes = [pageFeedbackServer, surveyServer, budgetServer, ideaBoardServer, testimonialsServer, petitionServer, qaServer] as const;
