import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { subscribe, type LiveStatus } from '../src/client/live.js';

/** A stand-in for the browser's EventSource: the test opens, fails and feeds it by hand. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly listeners = new Map<string, Array<(event: { data: string; lastEventId: string }) => void>>();

  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(name: string, listener: (event: { data: string; lastEventId: string }) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }
  emit(name: string, data: string, lastEventId: string) {
    for (const listener of this.listeners.get(name) ?? []) listener({ data, lastEventId });
  }
  /** The browser gave up (an HTTP error, a proxy): it will not reconnect by itself. */
  fail() {
    this.readyState = FakeEventSource.CLOSED;
    this.onerror?.();
  }
  /** A dropped connection the browser retries by itself (sending Last-Event-ID). */
  drop() {
    this.readyState = FakeEventSource.CONNECTING;
    this.onerror?.();
  }
}

const URL_ = 'https://collector.example.ca/v1/initiatives/qa/events';
const Impl = FakeEventSource as unknown as typeof EventSource;

describe('subscribe (server-sent events)', () => {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('starts after the event a list was read at, then after the last one received', () => {
    subscribe(URL_, { question: () => undefined }, { EventSource: Impl, lastEventId: '41' });
    const first = FakeEventSource.instances[0]!;
    expect(first.url).toBe(`${URL_}?lastEventId=41`);
    first.open();
    first.emit('question', '{}', '42');
    first.fail();
    vi.runOnlyPendingTimers();
    expect(FakeEventSource.instances[1]!.url).toBe(`${URL_}?lastEventId=42`);
  });

  it('hands parsed events to their handler and reports its status', () => {
    const received: unknown[] = [];
    const statuses: LiveStatus[] = [];
    subscribe(URL_, { question: (data, id) => received.push([data, id]) }, { EventSource: Impl, onStatus: (status) => statuses.push(status) });
    const source = FakeEventSource.instances[0]!;
    expect(source.url).toBe(URL_);
    source.open();
    source.emit('question', '{"text":"Quand?"}', '7');
    expect(received).toEqual([[{ text: 'Quand?' }, '7']]);
    expect(statuses).toEqual(['connecting', 'open']);
  });

  it('lets the browser reconnect by itself after a dropped connection', () => {
    subscribe(URL_, {}, { EventSource: Impl });
    FakeEventSource.instances[0]!.drop();
    vi.advanceTimersByTime(60_000);
    expect(FakeEventSource.instances).toHaveLength(1);
  });

  it('opens a new stream after a backoff when the browser gave up, resuming after the last event', () => {
    const statuses: LiveStatus[] = [];
    subscribe(URL_, { results: () => undefined }, { EventSource: Impl, random: () => 0.5, onStatus: (status) => statuses.push(status) });
    const first = FakeEventSource.instances[0]!;
    first.open();
    first.emit('results', '{}', '41');
    first.fail();
    expect(FakeEventSource.instances).toHaveLength(1);
    vi.advanceTimersByTime(499);
    expect(FakeEventSource.instances).toHaveLength(1);
    vi.advanceTimersByTime(1);
    const second = FakeEventSource.instances[1]!;
    expect(new URL(second.url).searchParams.get('lastEventId')).toBe('41');
    expect(statuses.at(-1)).toBe('reconnecting');
    // Failing again waits longer (exponential backoff), then resumes after the same event.
    second.fail();
    vi.advanceTimersByTime(999);
    expect(FakeEventSource.instances).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeEventSource.instances).toHaveLength(3);
  });

  it('ignores an event that is not JSON, and stops for good when unsubscribed', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const received: unknown[] = [];
    const stop = subscribe(URL_, { question: (data) => received.push(data) }, { EventSource: Impl });
    const source = FakeEventSource.instances[0]!;
    source.emit('question', 'not json', '1');
    expect(received).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[participe]'));
    stop();
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
    source.fail();
    vi.advanceTimersByTime(60_000);
    expect(FakeEventSource.instances).toHaveLength(1);
    warn.mockRestore();
  });
});
