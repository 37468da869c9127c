import { describe, expect, it } from 'vitest';
import { backoffDelay, retryAfterMs } from '../src/client/backoff.js';

describe('backoffDelay', () => {
  it('doubles its ceiling at each attempt, up to the cap', () => {
    const top = () => 0.999999;
    expect([0, 1, 2, 3, 10].map((attempt) => backoffDelay(attempt, { baseMs: 100, capMs: 1000, random: top }))).toEqual([99, 199, 399, 799, 999]);
  });
  it('draws the wait uniformly below the ceiling (full jitter)', () => {
    expect(backoffDelay(3, { baseMs: 100, random: () => 0 })).toBe(0);
    expect(backoffDelay(3, { baseMs: 100, random: () => 0.5 })).toBe(400);
  });
  it('spreads many clients apart', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(5)));
    expect(delays.size).toBeGreaterThan(40);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});
