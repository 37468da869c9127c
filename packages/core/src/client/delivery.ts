// What a widget needs to send contributions. Widgets import this module lazily, right after their
// first render, so that their first chunk holds only what it takes to show them.
export { collectorClient } from './collector-client.js';
export { participantId } from './participant.js';
export { randomId } from './random-id.js';
