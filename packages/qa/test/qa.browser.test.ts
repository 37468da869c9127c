import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fakeCollector, serveFake, until, untilState, type FakeCollector } from '@participe/core/testing';
import { qaExample, qaUpcomingExample, type QaInitiative } from '../src/manifest.js';
import '../src/element/define.js';
import type { ParticipeQa } from '../src/element/qa.js';
import { answered, exampleQuestions, fakeQa, LIST_EVENT_ID, sampleQuestion, type FakeQa } from './fake-qa.js';

let restore: (() => void) | undefined;
let restoreEventSource: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restoreEventSource?.();
  restore = restoreEventSource = undefined;
  fixtureCleanup();
  localStorage.clear();
});

/** A stand-in EventSource: the test sends the collector's live events, and drops the connection, itself. */
class FakeSource extends EventTarget {
  static CLOSED = 2;
  static sources: FakeSource[] = [];
  readyState = 1;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private id = Number(LIST_EVENT_ID);
  constructor(readonly url: string) {
    super();
    FakeSource.sources.push(this);
  }
  close() {
    this.readyState = 2;
  }
  emit(type: string, data: unknown) {
    this.id += 1;
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data), lastEventId: String(this.id) }));
  }
  /** The network dropped: the browser will retry by itself. */
  drop() {
    this.readyState = 0;
    this.onerror?.();
  }
  reopen() {
    this.readyState = 1;
    this.onopen?.();
  }
}

function fakeLive(): FakeSource[] {
  FakeSource.sources = [];
  const original = globalThis.EventSource;
  globalThis.EventSource = FakeSource as unknown as typeof EventSource;
  restoreEventSource = () => (globalThis.EventSource = original);
  return FakeSource.sources;
}

interface Setup {
  initiative?: QaInitiative;
  lang?: string;
  delayMs?: number;
}

/** The Q&A against a fake collector serving its routes, inside an ancestor carrying `lang`. */
async function mount({ initiative = qaExample, lang = 'fr', delayMs }: Setup = {}) {
  const qa: FakeQa = fakeQa({ [initiative.id]: initiative });
  const fake: FakeCollector = fakeCollector({ initiatives: { [initiative.id]: initiative }, routes: qa.routes, ...(delayMs !== undefined && { delayMs }) });
  // What the collector keeps of this browser's questions: pending, as pre-moderation has them.
  fake.options.myContributions = (_route, participant) => {
    const mine = fake.contributions.filter((envelope) => envelope.participant === participant);
    const body = { initiative: initiative.id, contributions: mine.map((envelope, index) => ({ id: `20000000-0000-4000-8000-${String(index).padStart(12, '0')}`, receivedAt: new Date().toISOString(), channel: 'web', language: envelope.language, moderationState: 'pending', payload: envelope.payload })) };
    return new Response(JSON.stringify(mine.length ? body : { code: 'not_found', message: 'None.' }), { status: mine.length ? 200 : 404, headers: { 'content-type': 'application/json' } });
  };
  const served = serveFake(fake);
  restore = served.restore;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<participe-qa initiative="${initiative.id}" collector="${served.collector}"></participe-qa>`;
  const element = wrapper.querySelector('participe-qa')!;
  return { element, wrapper, fake, qa };
}

const shadow = (element: ParticipeQa) => element.shadowRoot!;
const text = (element: ParticipeQa) => shadow(element).textContent!.replace(/\s+/g, ' ');
const $ = <T extends Element = HTMLElement>(element: ParticipeQa, selector: string) => shadow(element).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(element: ParticipeQa, selector: string) => [...shadow(element).querySelectorAll<T>(selector)];
const focused = (element: ParticipeQa) => shadow(element).activeElement as HTMLElement | null;
const questions = (element: ParticipeQa) => $$(element, '.question__text').map((node) => node.textContent!.trim());
const spoken = (element: ParticipeQa) => $(element, '[aria-live="polite"]').textContent!.trim();
const listed = async (element: ParticipeQa, state: Parameters<typeof untilState>[1] = 'open') => {
  await untilState(element, state);
  await until(() => $$(element, '.items > li').length > 0 || !!$(element, '.empty'), 'the list');
};

describe('<participe-qa>', () => {
  it('loads, then shows the live session: pinned question on top, marks in words, most upvoted first, accessibly', async () => {
    const sources = fakeLive();
    const loading = await mount({ delayMs: Infinity });
    await untilState(loading.element, 'loading');
    await expect(loading.element).to.be.accessible();

    const { element, qa } = await mount();
    await listed(element);
    expect(text(element)).to.contain('En direct');
    expect(text(element)).to.contain('Question en cours');
    expect(questions(element).slice(1)).to.deep.equal([
      'Quand les travaux de la route 132 commenceront-ils\u202f?',
      'Les documents de la séance seront-ils publiés en ligne\u202f?',
      'Comment participer si je ne peux pas me déplacer\u202f?',
    ]);
    expect(text(element)).to.contain('Épinglée');
    expect(text(element)).to.contain('Répondue');
    expect(text(element)).to.contain('Oui, dès demain sur le site du Ministère.');
    expect(text(element)).to.contain('Posée par Jeanne');
    expect(text(element)).to.contain('Anonyme');
    expect(text(element)).to.contain('12 appuis');
    expect(qa.requests).to.include('GET questions?sort=top');
    // The stream resumes exactly where the list was read.
    await until(() => sources.length > 0, 'the live stream');
    expect(new URL(sources.at(-1)!.url).searchParams.get('lastEventId')).to.equal(LIST_EVENT_ID);
    await expect(element).to.be.accessible();
  });

  it('shows an upcoming session with its start date and time in the page’s language, and no form', async () => {
    fakeLive();
    const { element, wrapper } = await mount({ initiative: qaUpcomingExample });
    await untilState(element, 'upcoming');
    await until(() => text(element).includes('La séance commencera le'), 'the start');
    // In the reader's time zone, as the page's language writes it.
    const start = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(qaUpcomingExample.opensAt!));
    expect(text(element)).to.contain(start('fr-CA').replace(/\s+/g, ' '));
    expect($(element, '#ask-form')).to.equal(null);
    await expect(element).to.be.accessible();
    wrapper.setAttribute('lang', 'en');
    await until(() => text(element).includes('The session starts on'), 'English');
    expect(text(element)).to.contain(start('en-CA').replace(/\s+/g, ' '));
    await expect(element).to.be.accessible();
  });

  it('shows a closed session as a read-only archive with its answers', async () => {
    fakeLive();
    const { element } = await mount({ initiative: { ...qaExample, status: 'closed' } });
    await listed(element, 'closed');
    expect(text(element)).to.contain('La séance est terminée');
    expect(questions(element)).to.have.length(4);
    expect($(element, '#ask-form')).to.equal(null);
    expect($$(element, 'button.vote')).to.have.length(0);
    expect(text(element)).to.contain('Oui, dès demain sur le site du Ministère.');
    await expect(element).to.be.accessible();
  });

  it('is asked with the keyboard only: a question and a name, then "awaiting moderation" for its author', async () => {
    fakeLive();
    const { element, fake } = await mount();
    await listed(element);
    $<HTMLTextAreaElement>(element, '#field-question').focus();
    await sendKeys({ type: 'Y aura-t-il une navette\u202f?' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal('field-name');
    await sendKeys({ type: 'Léa' });
    // Past the privacy notice's controls to the send button.
    while (focused(element)?.getAttribute('type') !== 'submit') await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await untilState(element, 'submitted');
    expect(fake.contributions.at(-1)!.payload).to.deep.equal({ question: 'Y aura-t-il une navette\u202f?', name: 'Léa' });
    await until(() => text(element).includes('En attente de modération'), 'the pending question');
    expect(text(element)).to.contain('Vos questions en attente');
    expect(text(element)).to.contain('Vous pouvez encore poser 4 questions.');
    await expect(element).to.be.accessible();
  });

  it('says what is missing next to the field, and puts focus there', async () => {
    fakeLive();
    const { element, fake } = await mount();
    await listed(element);
    $<HTMLButtonElement>(element, '#ask-form button[type=submit]').click();
    await until(() => text(element).includes('Écrivez votre question'), 'the error');
    expect(focused(element)?.id).to.equal('field-question');
    expect($(element, '#field-question').getAttribute('aria-invalid')).to.equal('true');
    expect(fake.contributions).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('upvotes with the keyboard, once, and takes it back', async () => {
    fakeLive();
    const { element, qa } = await mount();
    await listed(element);
    const vote = $$<HTMLButtonElement>(element, 'button.vote')[2]!;
    vote.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => vote.getAttribute('aria-pressed') === 'true', 'the upvote');
    expect(text(element)).to.contain('3 appuis');
    expect(focused(element)).to.equal(vote);
    await until(() => spoken(element).includes('Appui enregistré'), 'the announcement');
    await sendKeys({ press: 'Enter' });
    await until(() => vote.getAttribute('aria-pressed') === 'false', 'withdrawn');
    expect(qa.votes.map((v) => v.vote)).to.deep.equal([true, false]);
    await expect(element).to.be.accessible();
  });

  it('adds live arrivals without moving focus or the list, announces them politely, and resorts on request', async () => {
    const sources = fakeLive();
    const { element } = await mount();
    await listed(element);
    const vote = $$<HTMLButtonElement>(element, 'button.vote')[1]!;
    vote.focus();
    const source = sources.at(-1)!;
    const arrival = sampleQuestion('Question arrivée en direct\u202f?');
    const { votes: _v, pinned: _p, ...item } = arrival;
    source.emit('contribution', { item });
    await until(() => questions(element).includes('Question arrivée en direct\u202f?'), 'the arrival');
    // At the end under "most upvoted": nothing moved under the reader.
    expect(questions(element).at(-1)).to.equal('Question arrivée en direct\u202f?');
    expect(focused(element)).to.equal(vote);
    await until(() => spoken(element).includes('Une nouvelle question affichée.'), 'the announcement');
    // Votes change counts in place; the order waits for the reader.
    source.emit('qa-votes', { question: arrival.id, votes: 30 });
    await until(() => text(element).includes('30 appuis'), 'the count');
    expect(questions(element).at(-1)).to.equal('Question arrivée en direct\u202f?');
    expect(focused(element)).to.equal(vote);
    await until(() => text(element).includes('Remettre en ordre'), 'the resort button');
    await expect(element).to.be.accessible();
    [...$$<HTMLButtonElement>(element, 'button')].find((button) => button.textContent!.includes('Remettre en ordre'))!.click();
    await until(() => questions(element)[1] === 'Question arrivée en direct\u202f?', 'resorted');
    // A pin and an answer, live.
    source.emit('qa-pin', { pinned: arrival.id });
    await until(() => $(element, '.pinned .question__text')?.textContent === 'Question arrivée en direct\u202f?', 'the pinned question');
    source.emit('contribution', { item: { ...item, response: answered('Une navette partira de la gare.', 'A shuttle will leave from the station.') } });
    await until(() => text(element).includes('Une navette partira de la gare.'), 'the answer');
    // Merged into another: it leaves the list.
    source.emit('contribution', { item: { ...item, response: { ...answered(), status: 'duplicate', duplicateOf: exampleQuestions()[0]!.id } } });
    await until(() => !questions(element).includes('Question arrivée en direct\u202f?'), 'merged away');
  });

  it('says when the connection dropped, and recovers by itself', async () => {
    const sources = fakeLive();
    const { element } = await mount();
    await listed(element);
    const source = sources.at(-1)!;
    source.drop();
    await until(() => text(element).includes('Reconnexion en cours'), 'reconnecting');
    await expect(element).to.be.accessible();
    source.reopen();
    await until(() => !text(element).includes('Reconnexion en cours'), 'reconnected');
  });

  it('switches language live', async () => {
    fakeLive();
    const { element, wrapper } = await mount();
    await listed(element);
    wrapper.setAttribute('lang', 'en-CA');
    await until(() => text(element).includes('Ask a question'), 'English');
    expect(text(element)).to.contain('12 upvotes');
    expect(text(element)).to.contain('Yes, from tomorrow on the Ministry’s website.');
    expect(text(element)).to.contain('Most upvoted');
    await expect(element).to.be.accessible();
  });
});
