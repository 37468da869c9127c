// Participe's events. The map is open: an event is a `participe-*` entry of the DOM's own
// `GlobalEventHandlersEventMap`, so a widget declares its events in its own package, with no edit
// here, and host pages get them typed in `addEventListener` too:
//
//   export interface ParticipeVoteDetail { idea: string }
//   declare global {
//     interface GlobalEventHandlersEventMap { 'participe-vote': CustomEvent<ParticipeVoteDetail> }
//   }
//   …
//   this.emit('participe-vote', { idea });   // the detail is checked against the declaration

/** Names of the declared Participe events: prefixed, so they never clash with DOM events (`submit`, `change`). */
export type ParticipeEventName = Extract<keyof GlobalEventHandlersEventMap, `participe-${string}`>;

/** The `detail` a Participe event carries, as declared. */
export type ParticipeEventDetail<K extends ParticipeEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** How an event travels; both default to `true` (see `emit`). */
export interface EmitOptions {
  bubbles?: boolean;
  composed?: boolean;
  cancelable?: boolean;
}

/**
 * Dispatches a declared Participe event from `target`. By default it bubbles and is `composed`
 * (crosses shadow boundaries): host pages listen on `document` or on a container, not on an
 * element they did not create themselves (the embed script creates some). Pass `bubbles: false`
 * or `composed: false` for an event meant for the element's own listeners only.
 * Returns `false` when a listener cancelled a `cancelable` event.
 */
export function emit<K extends ParticipeEventName>(target: EventTarget, name: K, detail: ParticipeEventDetail<K>, options: EmitOptions = {}): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, ...options, detail }));
}

/** Detail of `participe-submit`: the collector acknowledged the contribution. */
export interface ParticipeSubmitDetail {
  initiative: string;
  /** The collector's id for the stored contribution (empty in a preview). */
  id: string;
  receivedAt: string;
}

/** Detail of `participe-error`: the widget cannot work as configured, or could not load. */
export interface ParticipeErrorDetail {
  kind: 'config' | 'load';
  problems: string[];
}

export type ParticipeSubmitEvent = CustomEvent<ParticipeSubmitDetail>;
export type ParticipeErrorEvent = CustomEvent<ParticipeErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'participe-submit': ParticipeSubmitEvent;
    'participe-error': ParticipeErrorEvent;
  }
}
