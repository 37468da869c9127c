import { defineType } from '@participe/core/manifest';
import { ANONYMISED } from '@participe/core/schemas';
import { qaExample, qaUpcomingExample } from './fixtures.js';
import { qaPersonalData } from './personal-data.js';
import { answerStatuses, QaDefinition, qaPayload, QaResults, type QaPayload } from './schema.js';

export * from './schema.js';
export { qaExample, qaUpcomingExample } from './fixtures.js';

/** What anyone may read of a question: all of it, except a name retention removed. */
function publicPayload(_definition: QaDefinition, payload: QaPayload): unknown {
  if (payload.name === ANONYMISED) {
    const { name: _name, ...rest } = payload;
    return rest;
  }
  return payload;
}

/**
 * Live Q&A: during an event, participants post questions (signed or anonymous) and upvote others';
 * moderators approve them, hosts answer and pin them, and every viewer sees it live.
 */
export const qaType = defineType({
  type: 'qa',
  definition: QaDefinition,
  payload: qaPayload,
  results: QaResults,
  limits: (definition) => ({ onePerParticipant: false, responseCap: undefined, perParticipant: definition.questionsPerParticipant }),
  personalData: qaPersonalData,
  publicContributions: {
    publicPayload,
    reportThreshold: (definition) => definition.reportThreshold,
    responseStatuses: answerStatuses,
    // Every approved question is public: askers choose nothing else.
    publicWhen: null,
  },
  // The same height as `:host`'s min-height in the element's styles.
  reservedHeight: '20rem',
  fixtures: {
    initiative: qaExample,
    moreInitiatives: [qaUpcomingExample],
    payloads: [
      { question: 'Quand les travaux de la route 132 commenceront-ils\u202f?', name: 'Jeanne' },
      { question: 'Les documents de la séance seront-ils publiés en ligne\u202f?' },
      { question: 'Comment participer si je ne peux pas me déplacer\u202f?', name: 'Marc' },
    ],
    withText: (text) => ({ question: text.slice(0, qaExample.definition.questionMaxLength), name: text.slice(0, 60) }),
    personalFields: ['question', 'name'],
  },
});
