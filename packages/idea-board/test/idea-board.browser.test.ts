import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fakeCollector, serveFake, stateOf, until, untilState, type FakeCollector, type FakeCollectorOptions } from '@participe/core/testing';
import { discussionExample, ideaBoardExample, type IdeaBoardInitiative } from '../src/manifest.js';
import '../src/element/define.js';
import type { ParticipeIdeaBoard } from '../src/element/idea-board.js';
import { examplePosts, exampleIdeas, fakeBoard, sampleIdea, type FakeBoard, type FakeBoardOptions } from './fake-board.js';

let restore: (() => void) | undefined;
let restoreEventSource: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restoreEventSource?.();
  restore = restoreEventSource = undefined;
  fixtureCleanup();
  localStorage.clear();
});

interface Setup {
  initiative?: IdeaBoardInitiative;
  board?: FakeBoardOptions;
  collector?: Omit<FakeCollectorOptions, 'initiatives' | 'routes'>;
  lang?: string;
  attributes?: string;
  /** Another element on the same collector (a reload of the page). */
  collectorUrl?: string;
}

/** The board against a fake collector serving its routes, inside an ancestor carrying `lang`. */
async function mount({ initiative = ideaBoardExample, board: boardOptions = { items: exampleIdeas() }, collector: options = {}, lang = 'fr', attributes = '', collectorUrl }: Setup = {}) {
  const board: FakeBoard = fakeBoard({ [initiative.id]: initiative }, boardOptions);
  const fake: FakeCollector = fakeCollector({ initiatives: { [initiative.id]: initiative }, routes: board.routes, ...options });
  // What the collector keeps of this browser's contributions: pending, as pre-moderation has them.
  fake.options.myContributions = (_route, participant) => {
    const mine = fake.contributions.filter((envelope) => envelope.participant === participant);
    const body = { initiative: initiative.id, contributions: mine.map((envelope, index) => ({ id: `20000000-0000-4000-8000-${String(index).padStart(12, '0')}`, receivedAt: new Date().toISOString(), channel: 'web', language: envelope.language, moderationState: 'pending', payload: envelope.payload })) };
    return new Response(JSON.stringify(mine.length ? body : { code: 'not_found', message: 'None.' }), { status: mine.length ? 200 : 404, headers: { 'content-type': 'application/json' } });
  };
  let address = collectorUrl;
  if (!address) {
    const served = serveFake(fake);
    restore = served.restore;
    address = served.collector;
  }
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<participe-idea-board initiative="${initiative.id}" collector="${address}" ${attributes}></participe-idea-board>`;
  const element = wrapper.querySelector('participe-idea-board')!;
  return { element, wrapper, fake, board, collector: address };
}

const shadow = (element: ParticipeIdeaBoard) => element.shadowRoot!;
const text = (element: ParticipeIdeaBoard) => shadow(element).textContent!.replace(/\s+/g, ' ');
const $ = <T extends Element = HTMLElement>(element: ParticipeIdeaBoard, selector: string) => shadow(element).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(element: ParticipeIdeaBoard, selector: string) => [...shadow(element).querySelectorAll<T>(selector)];
const buttonNamed = (element: ParticipeIdeaBoard, name: string) => $$<HTMLButtonElement>(element, 'button').find((button) => button.textContent!.trim() === name);
const focused = (element: ParticipeIdeaBoard) => shadow(element).activeElement as HTMLElement | null;
const listed = async (element: ParticipeIdeaBoard) => {
  await untilState(element, 'open');
  await until(() => $$(element, '.items > li').length > 0 || !!$(element, '.empty'), 'the list');
};
async function type(element: ParticipeIdeaBoard, selector: string, value: string) {
  const input = $<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

/** A stand-in EventSource: the test sends the collector's live events itself. */
function fakeLive() {
  const sources: FakeSource[] = [];
  class FakeSource extends EventTarget {
    static CLOSED = 2;
    readyState = 1;
    onopen: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly url: string) {
      super();
      sources.push(this);
    }
    close() {
      this.readyState = 2;
    }
    emit(type: string, data: unknown) {
      this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data), lastEventId: String(Date.now()) }));
    }
  }
  const original = globalThis.EventSource;
  globalThis.EventSource = FakeSource as unknown as typeof EventSource;
  restoreEventSource = () => (globalThis.EventSource = original);
  return sources;
}

describe('<participe-idea-board>', () => {
  it('shows a loading state, then the ideas most supported first, with statuses and answers, accessibly', async () => {
    const loading = await mount({ collector: { delayMs: Infinity } });
    await untilState(loading.element, 'loading');
    await expect(loading.element).to.be.accessible();

    const { element, board } = await mount();
    await listed(element);
    expect($(element, '#list-title').textContent).to.contain('Idées (4)');
    expect($$(element, '.item__title').map((title) => title.textContent!.trim())[0]).to.equal('Un seul compte pour tous les services');
    expect(text(element)).to.contain('Statut : Retenue');
    expect(text(element)).to.contain('Nous l’intégrerons au portail en 2027.');
    expect(text(element)).to.contain('42 appuis');
    expect(text(element)).to.contain('Il vous reste 5 votes sur 5.');
    expect(text(element)).to.contain('Corrigée par la modération');
    // The duplicate says which idea it repeats, and takes no vote.
    expect(text(element)).to.contain('Cette idée reprend');
    expect(board.requests[0]).to.match(/^GET ideas\?.*sort=top/);
    await expect(element).to.be.accessible();
  });

  it('switches language live: wording and the organisation’s answer', async () => {
    const { element, wrapper } = await mount();
    await listed(element);
    wrapper.setAttribute('lang', 'en-CA');
    await until(() => text(element).includes('Ideas (4)'), 'English');
    expect(text(element)).to.contain('We will add it to the portal in 2027.');
    expect(text(element)).to.contain('Status: Accepted');
    await expect(element).to.be.accessible();
  });

  it('is proposed with the keyboard only: similar ideas suggested while typing, then acknowledged', async () => {
    const { element, fake } = await mount();
    await listed(element);
    buttonNamed(element, 'Proposer une idée')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(element)?.id === 'field-title', 'focus on the title');
    await sendKeys({ type: 'Un compte unique' });
    await until(() => !!$(element, '.similar'), 'similar ideas');
    expect(text(element)).to.contain('Des idées semblables existent déjà');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Tab' }); // the suggestion's "See this idea"
    await sendKeys({ press: 'Tab' }); // description
    await until(() => focused(element)?.id === 'field-description', 'focus on the description');
    await sendKeys({ type: 'Un seul identifiant pour tout.' });
    await sendKeys({ press: 'Tab' }); // category
    expect(focused(element)?.id).to.equal('field-category');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' }); // privacy notice
    await sendKeys({ press: 'Tab' }); // send
    expect(focused(element)?.textContent?.trim()).to.equal('Envoyer mon idée');
    await sendKeys({ press: 'Enter' });
    await untilState(element, 'submitted');
    expect(text(element)).to.contain('Votre idée sera publiée après la modération');
    expect(fake.contributions[0]).to.deep.include({ type: 'idea-board', channel: 'web', language: 'fr' });
    expect(fake.contributions[0]!.payload).to.deep.equal({ title: 'Un compte unique', description: 'Un seul identifiant pour tout.', category: 'en-ligne' });
    // Pending, the idea is shown to its author only.
    await until(() => text(element).includes('Vos contributions en attente'), 'my pending idea');
    expect(text(element)).to.contain('En attente de modération');
    expect(buttonNamed(element, 'Proposer une autre idée')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('says what is missing next to each field, with focus on the first', async () => {
    const { element } = await mount();
    await listed(element);
    buttonNamed(element, 'Proposer une idée')!.click();
    await until(() => !!$(element, '#propose-form'), 'the form');
    buttonNamed(element, 'Envoyer mon idée')!.click();
    await until(() => $$(element, '.field__error').length === 3, 'three errors');
    expect(focused(element)?.id).to.equal('field-title');
    expect(text(element)).to.contain('Donnez un titre à votre idée.');
    expect($(element, '#field-title').getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();
    await type(element, '#field-title', 'x'.repeat(130));
    expect(text(element)).to.contain('10 caractères de trop');
  });

  it('keeps what was typed across a reload', async () => {
    const first = await mount();
    await listed(first.element);
    buttonNamed(first.element, 'Proposer une idée')!.click();
    await until(() => !!$(first.element, '#field-title'), 'the form');
    await type(first.element, '#field-title', 'Brouillon gardé');
    first.wrapper.remove();
    const second = await mount({ collectorUrl: first.collector });
    await listed(second.element);
    expect($<HTMLInputElement>(second.element, '#field-title').value).to.equal('Brouillon gardé');
  });

  it('supports an idea, shows the votes left, and withdraws the vote, focus staying on the button', async () => {
    const { element, board } = await mount();
    await listed(element);
    const support = $$<HTMLButtonElement>(element, 'button.vote').find((button) => button.getAttribute('aria-label')!.includes('Des lettres en langage clair'))!;
    expect(support.getAttribute('aria-pressed')).to.equal('false');
    support.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => support.getAttribute('aria-pressed') === 'true', 'the vote');
    expect(text(element)).to.contain('4 appuis');
    expect(text(element)).to.contain('Il vous reste 4 votes sur 5.');
    expect(focused(element)).to.equal(support);
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await until(() => support.getAttribute('aria-pressed') === 'false', 'the withdrawal');
    expect(board.votes.map((v) => v.value)).to.deep.equal([1, null]);
    expect(text(element)).to.contain('Il vous reste 5 votes sur 5.');
  });

  it('says when the vote limit is reached', async () => {
    const { element } = await mount({ board: { items: exampleIdeas(), voteRefusal: { status: 409, code: 'vote_limit_reached' } } });
    await listed(element);
    $$<HTMLButtonElement>(element, 'button.vote')[0]!.click();
    await until(() => text(element).includes('Vous avez utilisé tous vos votes'), 'the limit message');
    expect($(element, '.item__error')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('votes for or against, and rates from 1 to 5', async () => {
    const upDown = await mount({ initiative: { ...ideaBoardExample, definition: { ...ideaBoardExample.definition, voteModel: 'up-down', voteLimit: undefined } } });
    await listed(upDown.element);
    expect(buttonNamed(upDown.element, 'Pour')).to.exist;
    buttonNamed(upDown.element, 'Contre')!.click();
    await until(() => text(upDown.element).includes('42 pour, 1 contre'), 'against');
    await expect(upDown.element).to.be.accessible();

    const stars = await mount({ initiative: { ...ideaBoardExample, definition: { ...ideaBoardExample.definition, voteModel: 'stars' } }, board: { items: exampleIdeas().slice(3) } });
    await listed(stars.element);
    expect(text(stars.element)).to.contain('Pas encore de note');
    $$<HTMLButtonElement>(stars.element, '.stars button')[3]!.click();
    await until(() => text(stars.element).includes('Note moyenne : 4 sur 5'), 'the rating');
    expect(buttonNamed(stars.element, 'Retirer ma note')).to.exist;
    await expect(stars.element).to.be.accessible();
  });

  it('reports a contribution with a reason', async () => {
    const { element, board } = await mount();
    await listed(element);
    const open = $$<HTMLButtonElement>(element, 'button.report-open')[0]!;
    open.click();
    await until(() => !!$(element, 'fieldset.report'), 'the report form');
    expect(focused(element)?.id).to.match(/-spam$/);
    await expect(element).to.be.accessible();
    buttonNamed(element, 'Envoyer le signalement')!.click();
    await until(() => text(element).includes('Choisissez une raison.'), 'the reason asked');
    $<HTMLInputElement>(element, 'fieldset.report input[id$="-offensive"]').click();
    buttonNamed(element, 'Envoyer le signalement')!.click();
    await until(() => text(element).includes('votre signalement a été transmis'), 'thanks');
    expect(board.reports).to.have.length(1);
    expect(board.reports[0]!.reason).to.equal('offensive');
  });

  it('sorts, filters by category and searches', async () => {
    const { element, board } = await mount();
    await listed(element);
    const sort = $<HTMLSelectElement>(element, '#sort');
    sort.value = 'newest';
    sort.dispatchEvent(new Event('change'));
    await until(() => board.requests.some((request) => request.includes('sort=newest')), 'newest asked');
    const category = $<HTMLSelectElement>(element, '#category-filter');
    category.value = 'comptoirs';
    category.dispatchEvent(new Event('change'));
    await until(() => $$(element, '.items > li').length === 1, 'one idea');
    await type(element, '#search', 'lettres');
    $<HTMLFormElement>(element, 'form.search').requestSubmit();
    await until(() => board.requests.some((request) => request.includes('q=lettres')), 'search sent');
    await until(() => !!$(element, '.empty'), 'no match in this category');
    expect(text(element)).to.contain('Aucune idée ne correspond');
    await expect(element).to.be.accessible();
  });

  it('shows more on demand, focus moving to the first new idea', async () => {
    const many = Array.from({ length: 13 }, (_, index) => sampleIdea({ title: `Idée numéro ${index + 1}`, description: 'Une idée de plus.', category: 'en-ligne' }));
    const { element } = await mount({ board: { items: many } });
    await listed(element);
    expect($$(element, '.items > li')).to.have.length(10);
    expect(text(element)).to.contain('Idées (13)');
    buttonNamed(element, 'Afficher plus')!.click();
    await until(() => $$(element, '.items > li').length === 13, 'the next page');
    await until(() => focused(element)?.classList.contains('item__title') === true, 'focus on the first new idea');
    expect(focused(element)!.textContent!.trim()).to.equal($$(element, '.item__title')[10]!.textContent!.trim());
    expect(buttonNamed(element, 'Afficher plus')).to.equal(undefined);
    await expect(element).to.be.accessible();
  });

  it('updates counts and answers live for everyone, without moving focus', async () => {
    const sources = fakeLive();
    const { element } = await mount();
    await listed(element);
    await until(() => sources.length === 1, 'a live stream');
    const first = $$<HTMLButtonElement>(element, 'button.vote')[0]!;
    first.focus();
    const idea = exampleIdeas();
    const target = $$(element, '.item__title')[0]!.id.replace(/^item-|-title$/g, '');
    sources[0]!.emit('idea-votes', { idea: target, votes: { voters: 43, up: 43, down: 0, average: null } });
    await until(() => text(element).includes('43 appuis'), 'the new count');
    expect(focused(element)).to.equal(first);
    sources[0]!.emit('contribution', { id: target, removed: true });
    await until(() => !text(element).includes('Un seul compte pour tous les services'), 'removed');
    expect(idea).to.have.length(4);
  });

  it('reads, posts and marks the organisation’s posts in discussion mode, in one thread', async () => {
    const { element, fake, board } = await mount({ initiative: discussionExample, board: { items: examplePosts() }, attributes: 'topic="frequence"' });
    await listed(element);
    expect($(element, '#list-title').textContent).to.contain('Commentaires (3)');
    expect(text(element)).to.contain('Publication de l’organisation');
    expect(text(element)).to.contain('Léa');
    expect(text(element)).to.contain('Anonyme');
    expect(board.requests[0]).to.match(/^GET public-contributions\?topic=frequence/);
    // No votes in a discussion.
    expect($$(element, 'button.vote')).to.have.length(0);
    await expect(element).to.be.accessible();
    await type(element, '#field-text', 'Plus de passages le dimanche.');
    expect(text(element)).to.contain('271 caractères restants');
    await type(element, '#field-name', 'Sam');
    buttonNamed(element, 'Publier mon commentaire')!.click();
    await untilState(element, 'submitted');
    expect(fake.contributions[0]!.payload).to.deep.equal({ text: 'Plus de passages le dimanche.', name: 'Sam', topic: 'frequence' });
    expect(text(element)).to.contain('Votre commentaire est publié');
    await expect(element).to.be.accessible();
  });

  it('says, in the element and the console, when its topic is not a thread of the initiative', async () => {
    const { element } = await mount({ initiative: discussionExample, board: { items: [] }, attributes: 'topic="inconnu"' });
    await untilState(element, 'error');
    expect(stateOf(element)).to.equal('error');
    await until(() => text(element).includes('is not a thread'), 'the problem');
    expect(text(element)).to.contain('"inconnu" is not a thread');
    await expect(element).to.be.accessible();
  });

  it('shows the ideas and their answers, without voting or proposing, once closed', async () => {
    const { element } = await mount({ initiative: { ...ideaBoardExample, status: 'closed' } });
    await untilState(element, 'closed');
    await until(() => $$(element, '.items > li').length > 0, 'the list');
    expect(buttonNamed(element, 'Proposer une idée')).to.equal(undefined);
    expect($$(element, 'button.vote')).to.have.length(0);
    expect(text(element)).to.contain('42 appuis');
    await expect(element).to.be.accessible();
  });

  it('keeps a proposal while offline and says it will be sent', async () => {
    const { element } = await mount({ collector: { submit: 'network-error' } });
    await listed(element);
    buttonNamed(element, 'Proposer une idée')!.click();
    await until(() => !!$(element, '#field-title'), 'the form');
    await type(element, '#field-title', 'Hors ligne');
    await type(element, '#field-description', 'Envoyée plus tard.');
    const category = $<HTMLSelectElement>(element, '#field-category');
    category.value = 'formulaires';
    category.dispatchEvent(new Event('change'));
    buttonNamed(element, 'Envoyer mon idée')!.click();
    await untilState(element, 'offline');
    expect(text(element)).to.contain('hors ligne');
    await expect(element).to.be.accessible();
  });

  it('previews a definition without a collector: an empty board with its form', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const element = document.createElement('participe-idea-board');
    element.preview = ideaBoardExample;
    wrapper.append(element);
    await untilState(element, 'open');
    await until(() => !!$(element, '.empty'), 'the empty list');
    expect(stateOf(element)).to.equal('open');
    expect(buttonNamed(element, 'Proposer une idée')).to.exist;
    await expect(element).to.be.accessible();
  });
});
