import { backoffDelay } from './backoff.js';

/** One handler per event name the collector sends; `data` is the event's parsed JSON. */
export type LiveHandlers = Record<string, (data: unknown, eventId: string) => void>;

export type LiveStatus = 'connecting' | 'open' | 'reconnecting';

export interface LiveOptions {
  onStatus?: (status: LiveStatus) => void;
  EventSource?: typeof EventSource | undefined;
  random?: () => number;
  /** Start after this event (the id a list was read at): the stream brings what changed since, nothing twice. */
  lastEventId?: string | undefined;
}

/**
 * Subscribes to a server-sent events stream. The browser reconnects by itself after a dropped
 * connection (sending `Last-Event-ID`); when it gives up (an HTTP error, a proxy), we open a new
 * stream after a backoff and pass the last id as `lastEventId`, since a new EventSource cannot set
 * headers. Returns the function that unsubscribes.
 */
export function subscribe(url: string, handlers: LiveHandlers, { onStatus, EventSource: Impl = globalThis.EventSource, random, lastEventId: from }: LiveOptions = {}): () => void {
  if (!Impl) throw new Error('[participe] this browser has no EventSource: live updates are unavailable.');
  let source: EventSource | undefined;
  let lastEventId = from ?? '';
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const connect = () => {
    const streamUrl = new URL(url);
    if (lastEventId) streamUrl.searchParams.set('lastEventId', lastEventId);
    onStatus?.(attempt === 0 ? 'connecting' : 'reconnecting');
    const current = new Impl(streamUrl.href);
    source = current;
    current.onopen = () => {
      attempt = 0;
      onStatus?.('open');
    };
    current.onerror = () => {
      if (stopped) return;
      onStatus?.('reconnecting');
      if (current.readyState === Impl.CLOSED) {
        timer = setTimeout(connect, backoffDelay(attempt++, { baseMs: 1000, ...(random ? { random } : {}) }));
      }
    };
    for (const [name, handler] of Object.entries(handlers)) {
      current.addEventListener(name, (event) => {
        const message = event as MessageEvent<string>;
        if (message.lastEventId) lastEventId = message.lastEventId;
        let data: unknown;
        try {
          data = JSON.parse(message.data);
        } catch {
          console.warn(`[participe] ignored a live "${name}" event that was not JSON.`);
          return;
        }
        handler(data, message.lastEventId);
      });
    }
  };

  connect();
  return () => {
    stopped = true;
    clearTimeout(timer);
    source?.close();
  };
}
