import { expect } from '@open-wc/testing';
import { demoOrganisation } from '@participe/core/fixtures';
import type { StaffContribution, StaffInitiative } from '@participe/core/schemas';
import { qaExample } from '@participe/qa/manifest';
import { contribution, demoAdmin, fakeStaffApi, type FakeAccount } from './fake-staff-api.js';
import { buttonNamed, choose, control, linkNamed, liveRegion, normalized, resetPage, signedIn, until, untilElement, untilText, viewNamed } from './helpers.js';

afterEach(resetPage);

const analyst: FakeAccount = { ...demoAdmin, email: 'analyste@ministere-demo.example', role: 'analyst' };

function staffInitiative(): StaffInitiative {
  const { organisation: _o, status: _s, resultsPublished: _r, ...settings } = qaExample;
  return { settings, organisation: demoOrganisation, status: 'open', availability: 'open', resultsPublished: false, contributionCount: 0, createdAt: '2026-01-05T14:00:00Z', updatedAt: '2026-01-05T14:00:00Z' };
}

const question = (n: number, text: string, changes: Partial<StaffContribution> = {}) =>
  contribution(n, { initiative: qaExample.id, payload: { question: text, name: 'Jeanne' }, moderationState: 'approved', ...changes });

function qaApi(account: FakeAccount = demoAdmin) {
  return fakeStaffApi({
    accounts: [account],
    initiatives: [staffInitiative()],
    contributions: [
      question(1, 'Quand commencent les travaux\u202f?'),
      question(2, 'Une question en attente\u202f?', { moderationState: 'pending' }),
      question(3, 'Les travaux commencent quand\u202f?'),
    ],
    questionVotes: { [question(1, '').id]: 9, [question(3, '').id]: 2 },
  });
}

describe('live Q&A in the console', () => {
  it('offers its views to the roles that may moderate only', async () => {
    const shell = await signedIn(qaApi(), `/initiatives/${qaExample.id}`);
    const view = await viewNamed(shell, qaExample.title.fr);
    expect(linkNamed(view, 'File de modération')).to.exist;
    expect(linkNamed(view, 'Animation')).to.exist;
    resetPage();
    const analystShell = await signedIn(qaApi(analyst), `/initiatives/${qaExample.id}`, analyst);
    const analystView = await viewNamed(analystShell, qaExample.title.fr);
    expect([...analystView.querySelectorAll('a')].map((a) => a.textContent!.trim())).not.to.include('Animation');
  });

  it('moderates live: a question sent meanwhile joins the queue and is announced', async () => {
    const fake = qaApi();
    const shell = await signedIn(fake, `/initiatives/${qaExample.id}/question-queue`);
    const view = await viewNamed(shell, 'File de modération');
    await until(() => !!view.querySelector('participe-moderation-queue')?.shadowRoot?.querySelector('h2'), 'the queue');
    const queue = view.querySelector('participe-moderation-queue')!.shadowRoot!;
    await untilText(queue, 'Une question en attente');
    await expect(shell).to.be.accessible();
    // A participant asks during the event: the queue finds it by itself.
    fake.contributions.push(question(4, 'Arrivée pendant la séance\u202f?', { moderationState: 'pending' }));
    await untilText(queue, 'Arrivée pendant la séance', 'the new question', );
    await untilText(liveRegion(shell), 'Une nouvelle contribution à examiner.');
    buttonNamed(queue, 'Approuver').click();
    await until(() => fake.requests.some((request) => request.url.pathname.endsWith('/moderation')), 'the approval');
  });

  it('pins, answers and merges questions in the hosts’ view, most upvoted first', async () => {
    const fake = qaApi();
    const shell = await signedIn(fake, `/initiatives/${qaExample.id}/hosting`);
    const view = await viewNamed(shell, 'Animation');
    await untilText(view, '2 questions affichées');
    const cards = () => [...view.querySelectorAll('.card')];
    expect(normalized(cards()[0]!)).to.contain('Quand commencent les travaux');
    expect(normalized(cards()[0]!)).to.contain('9 appuis');
    await expect(shell).to.be.accessible();

    const pin = cards()[0]!.querySelector<HTMLButtonElement>('button[aria-pressed]')!;
    pin.click();
    await until(() => pin.getAttribute('aria-pressed') === 'true', 'pinned');
    expect(normalized(cards()[0]!)).to.contain('Épinglée');
    await untilText(liveRegion(shell), 'Question épinglée.');

    // The second repeats the first: merged, its upvotes go there.
    const second = cards()[1]!;
    second.querySelector('summary')!.click();
    const form = second.querySelector('participe-official-response')!.shadowRoot!;
    await until(() => !!form.querySelector('select'), 'the answer form');
    choose(control<HTMLSelectElement>(form, 'Statut'), 'duplicate');
    const kept = await untilElement(form, `response-${question(3, '').id}-duplicate`);
    choose(kept as HTMLSelectElement, question(1, '').id);
    await until(() => !buttonNamed(form, 'Publier la réponse').hasAttribute('aria-disabled'), 'a question to keep');
    buttonNamed(form, 'Publier la réponse').click();
    await until(() => fake.requests.some((request) => request.url.pathname.endsWith('/merge')), 'the merge');
    expect(fake.requests.find((request) => request.url.pathname.endsWith('/merge'))!.body).to.deep.equal({ into: question(1, '').id });
    await untilText(view, '1 question affichée');
    await expect(shell).to.be.accessible();
  });
});
