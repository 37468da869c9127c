import { pageFeedbackStaff } from './page-feedback.js';
import { surveyStaff } from './survey.js';
import type { StaffTypeSupport } from './type-support.js';

export * from './type-support.js';

/** Every type the console can manage; a new widget adds its file and one entry here. */
export const staffTypes: readonly StaffTypeSupport[] = [pageFeedbackStaff, surveyStaff];

export function typeSupport(type: string): StaffTypeSupport | undefined {
  return staffTypes.find((support) => support.type === type);
}
