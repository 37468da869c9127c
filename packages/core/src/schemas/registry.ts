import * as z from 'zod/mini';
import type { InitiativeType } from './initiative.js';
import { PageFeedbackDefinition, pageFeedbackPayload, PageFeedbackInitiative, PageFeedbackSettings } from './page-feedback.js';
import { SurveyDefinition, SurveyInitiative, surveyPayload, SurveySettings } from './survey.js';

/**
 * What the collector needs to know about one initiative type: how to check its definition
 * and, given a definition, how to check one citizen's payload. Widgets import their own
 * type's schemas directly so that their bundles never carry the others.
 */
export interface InitiativeTypeSchemas<D = unknown> {
  definition: z.ZodMiniType<D>;
  settings: z.ZodMiniType;
  initiative: z.ZodMiniType;
  payload: (definition: D) => z.ZodMiniType;
}

const define = <D>(schemas: InitiativeTypeSchemas<D>) => schemas as InitiativeTypeSchemas<unknown>;

/** The types this release knows; the others are named in `initiativeTypes` and arrive with their widgets. */
export const typeSchemas: Partial<Record<InitiativeType, InitiativeTypeSchemas>> = {
  'page-feedback': define({
    definition: PageFeedbackDefinition,
    settings: PageFeedbackSettings,
    initiative: PageFeedbackInitiative,
    payload: pageFeedbackPayload,
  }),
  survey: define({
    definition: SurveyDefinition,
    settings: SurveySettings,
    initiative: SurveyInitiative,
    payload: surveyPayload,
  }),
  // `pnpm new:widget` adds new types above this line.
};
