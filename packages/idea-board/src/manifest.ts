import { defineType, noLimits } from '@participe/core/manifest';
import { ANONYMISED } from '@participe/core/schemas';
import { discussionExample, ideaBoardExample } from './fixtures.js';
import { ideaBoardPersonalData } from './personal-data.js';
import { IdeaBoardDefinition, ideaBoardPayload, ideaStatuses, type IdeaBoardPayload } from './schema.js';

export * from './schema.js';
export { discussionExample, ideaBoardExample } from './fixtures.js';

/** What anyone may read of a contribution: all of it, except a display name retention removed. */
function publicPayload(_definition: IdeaBoardDefinition, payload: IdeaBoardPayload): unknown {
  if ('name' in payload && payload.name === ANONYMISED) {
    const { name: _name, ...rest } = payload;
    return rest;
  }
  return payload;
}

/**
 * An idea board: citizens propose ideas (title, description, category), others support or rate
 * them, and the ministry answers each publicly; or, in discussion mode, a wall of short public
 * contributions in threads.
 */
export const ideaBoardType = defineType({
  type: 'idea-board',
  definition: IdeaBoardDefinition,
  payload: ideaBoardPayload,
  results: null,
  // A citizen may propose several ideas; votes have their own limit (`voteLimit`).
  limits: noLimits,
  personalData: ideaBoardPersonalData,
  publicContributions: {
    publicPayload,
    reportThreshold: (definition) => definition.reportThreshold,
    responseStatuses: ideaStatuses,
    publicWhen: null,
  },
  reservedHeight: '20rem',
  fixtures: {
    initiative: ideaBoardExample,
    moreInitiatives: [discussionExample],
    payloads: [
      { title: 'Un seul mot de passe pour tous les services', description: 'Se connecter une fois pour toutes les démarches du Ministère.', category: 'en-ligne' },
      { title: 'Prendre rendez-vous au comptoir en ligne', description: 'Éviter l’attente en choisissant son heure de passage.', category: 'comptoirs' },
      { title: 'Des lettres en langage clair', description: 'Dire en une phrase ce que je dois faire, et avant quelle date.', category: 'formulaires' },
    ],
    withText: (text) => ({ title: text.slice(0, 120), description: text.slice(0, 2000), category: 'en-ligne' }),
    personalFields: ['title', 'description'],
  },
});
