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

/** Events cross the shadow boundary (`composed`) and bubble, so a host page can listen on `document`. */
export function emit<K extends 'participe-submit' | 'participe-error'>(
  target: EventTarget,
  name: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
