// Public requests look an initiative up once a second at most; a change is still seen at once: on
// this process when staff make it, from another process as soon as its live event is heard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEvent } from '../src/storage/events.js';
import { updateStatus } from '../src/storage/initiatives.js';
import { bearer, demoInitiative, drivers, startHarness, type Harness } from './support/harness.js';

describe.each(drivers)('the initiative cache on %s', (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(driver);
  });
  afterAll(() => h?.close());

  const publicStatus = async () => (await h.app.inject({ method: 'GET', url: `/v1/initiatives/${demoInitiative}` })).json().status as string;

  it('shows a staff change on the very next request', async () => {
    expect(await publicStatus()).toBe('open');
    await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${demoInitiative}/status`, headers: bearer(h.tokens.demo.editor), payload: { status: 'closed' } });
    expect(await publicStatus()).toBe('closed');
    await h.app.inject({ method: 'POST', url: `/v1/staff/initiatives/${demoInitiative}/status`, headers: bearer(h.tokens.demo.editor), payload: { status: 'open' } });
    expect(await publicStatus()).toBe('open');
  });

  it('hears of a change made by another process through its live event', async () => {
    expect(await publicStatus()).toBe('open');
    // What another collector process does: change the row, and record the event in the same transaction.
    await h.db.transaction(async (tx) => {
      await updateStatus(tx, demoInitiative, 'closed');
      await recordEvent(tx, demoInitiative, 'initiative', { status: 'closed' });
    });
    for (let attempt = 0; (await publicStatus()) !== 'closed'; attempt++) {
      if (attempt > 500) throw new Error('the change was never seen');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await h.db.transaction(async (tx) => {
      await updateStatus(tx, demoInitiative, 'open');
      await recordEvent(tx, demoInitiative, 'initiative', { status: 'open' });
    });
  });
});
