import { budgetStaff } from '@participe/budget/staff';
import { ideaBoardStaff } from '@participe/idea-board/staff';
import { pageFeedbackStaff } from '@participe/page-feedback/staff';
import { surveyStaff } from '@participe/survey/staff';
import { testimonialsStaff } from '@participe/testimonials/staff';
import { petitionStaff } from '@participe/petition/staff';
import { qaStaff } from '@participe/qa/staff';

/**
 * The participation types this console manages: one line per type. The type picker, the settings
 * union, the results and paper-entry pages and each type's own views are derived from this list
 * (`type-registry.ts`).
 */
export const staffTypes = [pageFeedbackStaff, surveyStaff, budgetStaff, ideaBoardStaff, testimonialsStaff, petitionStaff, qaStaff] as const;
