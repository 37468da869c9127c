// The base element and its controllers, through a small widget of core's own example type (core
// names no real type), and a bare Lit element composing a controller without the base.
import { expect, fixture, fixtureCleanup, html as fixtureHtml } from '@open-wc/testing';
import { css, html, LitElement, nothing } from 'lit';
import { Announcer } from '../src/element/announcer.js';
import { emit } from '../src/element/events.js';
import { InitiativeController, type LoadOutcome } from '../src/element/initiative-controller.js';
import { ParticipeElement } from '../src/element/participe-element.js';
import { defineStrings } from '../src/element/strings.js';
import { fakeCollector, stateOf, until, untilState } from '../src/testing/index.js';
import { exampleType } from './support/example-type.js';

/** An event a widget declares for itself, with no edit to core. */
interface ExampleNotedDetail {
  note: string;
}
declare global {
  interface GlobalEventHandlersEventMap {
    'participe-example-noted': CustomEvent<ExampleNotedDetail>;
  }
}

type ExampleInitiative = typeof exampleType.fixtures.initiative;
const initiative: ExampleInitiative = { ...exampleType.fixtures.initiative, closesAt: '2999-12-31T23:59:59-05:00' };
const strings = defineStrings({ fr: { send: 'Envoyer' }, en: { send: 'Send' } });

class ExampleNote extends ParticipeElement<ExampleInitiative, (typeof strings)['fr']> {
  protected readonly type = 'example-note';
  protected readonly schema = () => Promise.resolve(exampleType.initiative);
  protected readonly tables = strings;

  /** Says something after each key, the way a counter does. */
  typed(count: number): void {
    this.announceWhenSettled(`${count}`, 20);
  }

  remark(note: string): boolean {
    return this.emit('participe-example-noted', { note });
  }

  protected override renderContent() {
    if (this.state !== 'open') return nothing;
    return html`<button type="button" @click=${() => void this.submit({ note: 'Bonjour' })}>${this.t('send')}</button>${this.renderPrivacyNotice(false)}`;
  }
}
ExampleNote.define('participe-example-note');

afterEach(() => fixtureCleanup());

const mountPreview = (preview: unknown = initiative) => fixture<ExampleNote>(fixtureHtml`<participe-example-note lang="fr" .preview=${preview}></participe-example-note>`);
const shadowText = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('ParticipeElement', () => {
  it('registers a tag once, quietly: again, or from another copy of the class', () => {
    class AnotherCopy extends ExampleNote {}
    expect(() => ExampleNote.define('participe-example-note')).not.to.throw();
    expect(() => AnotherCopy.define('participe-example-note')).not.to.throw();
    expect(customElements.get('participe-example-note')).to.equal(ExampleNote);
  });

  it('loads a preview, shows its privacy notice (arrived with it), and accepts a submission without sending it', async () => {
    const element = await mountPreview();
    await untilState(element, 'open');
    expect(shadowText(element)).to.contain('Protection de vos renseignements personnels');
    const submitted = new Promise<CustomEvent>((resolve) => document.addEventListener('participe-submit', resolve, { once: true }));
    element.shadowRoot!.querySelector('button')!.click();
    await untilState(element, 'submitted');
    const event = await submitted;
    expect(event.detail).to.include({ initiative: initiative.id, id: '' });
    expect(event.composed && event.bubbles).to.equal(true);
    expect(shadowText(element)).to.contain('Aperçu : rien n’a été envoyé.');
    await expect(element).to.be.accessible();
  });

  it('reports a configuration problem once, and again only when it changes', async () => {
    const errors: string[][] = [];
    const listener = (event: GlobalEventHandlersEventMap['participe-error']) => errors.push(event.detail.problems);
    document.addEventListener('participe-error', listener);
    try {
      const element = await mountPreview({ ...initiative, definition: { maxLength: 'long' } });
      await untilState(element, 'error');
      // The same problem again (a staff member still typing): loaded again, not reported again.
      element.preview = { ...initiative, definition: { maxLength: 'long' } };
      await element.updateComplete;
      expect(stateOf(element)).to.equal('loading');
      await untilState(element, 'error');
      expect(errors).to.have.length(1);
      element.preview = { ...initiative, definition: { maxLength: 0 } };
      await until(() => errors.length === 2, 'a second report');
      expect(errors[0]!.join()).to.contain('definition.maxLength');
      expect(errors).to.have.length(2);
      expect(stateOf(element)).to.equal('error');
    } finally {
      document.removeEventListener('participe-error', listener);
    }
  });

  it('on a page whose origin the initiative does not allow: says "unavailable here", tells the webmaster why, and gives back the space', async () => {
    class TallNote extends ExampleNote {
      static override styles = [ExampleNote.styles, css`:host { min-height: 20rem; }`];
    }
    TallNote.define('participe-tall-note');
    const realFetch = window.fetch;
    const realError = console.error;
    const logged: string[] = [];
    const refusal = { code: 'origin_not_allowed', message: 'Initiative "exemple" may not be embedded on this origin.' };
    window.fetch = async () => new Response(JSON.stringify(refusal), { status: 403, headers: { 'content-type': 'application/json' } });
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const element = await fixture<ExampleNote>(fixtureHtml`<participe-tall-note lang="fr" initiative="exemple" collector="https://collector.example/"></participe-tall-note>`);
      await untilState(element, 'error');
      await element.updateComplete;
      expect(shadowText(element)).to.contain('Ce module de participation n’est pas offert sur cette page.');
      // Not the citizen's connection: nothing to retry.
      expect(shadowText(element)).not.to.contain('connexion');
      expect(element.shadowRoot!.querySelector('button')).to.equal(null);
      expect(logged.filter((line) => line.startsWith('[participe]'))).to.deep.equal([
        `[participe] <participe-tall-note> is not shown: this page's origin (${location.origin}) may not embed initiative "exemple". Add ${location.origin} to the initiative's allowed origins in the Participe console (the initiative's settings).`,
      ]);
      expect(element.getBoundingClientRect().height).to.be.below(parseFloat(getComputedStyle(document.documentElement).fontSize) * 10);
      await expect(element).to.be.accessible();
      element.lang = 'en';
      await until(() => shadowText(element).includes('This participation feature is not available on this page.'), 'the English wording');
    } finally {
      window.fetch = realFetch;
      console.error = realError;
    }
  });

  describe('context from the host page', () => {
    const withContext = { ...initiative, context: [{ name: 'program', pattern: '[0-9]{4}', maxLength: 4 }, { name: 'campaign', maxLength: 40 }] };
    const realFetch = window.fetch;
    const realError = console.error;
    let fake: ReturnType<typeof fakeCollector>;
    let logged: string[];
    beforeEach(() => {
      fake = fakeCollector({ initiatives: { [initiative.id]: withContext } });
      window.fetch = fake.fetch;
      logged = [];
      console.error = (...args: unknown[]) => logged.push(args.join(' '));
    });
    afterEach(() => {
      window.fetch = realFetch;
      console.error = realError;
    });
    const mount = (attributes: string) => {
      const host = document.createElement('div');
      host.innerHTML = `<participe-example-note lang="fr" initiative="${initiative.id}" collector="https://collector.example/" ${attributes}></participe-example-note>`;
      document.body.append(host);
      return host.firstElementChild as ExampleNote;
    };

    it('sends the declared context with each contribution, from attributes and the JSON attribute', async () => {
      const element = mount(`context-program="1234" context='{"campaign":"printemps"}'`);
      try {
        await untilState(element, 'open');
        element.shadowRoot!.querySelector('button')!.click();
        await untilState(element, 'submitted');
        expect(fake.contributions.map((envelope) => envelope.context)).to.deep.equal([{ campaign: 'printemps', program: '1234' }]);
        expect(logged).to.deep.equal([]);
      } finally {
        element.parentElement!.remove();
      }
    });

    it('refuses an undeclared or malformed context, saying which, and sends nothing', async () => {
      const element = mount(`context-programme="1234" context-program="12ab"`);
      try {
        await untilState(element, 'error');
        await element.updateComplete;
        expect(shadowText(element)).to.contain('Ce module de participation est mal configuré.');
        const report = logged.join('\n');
        expect(report).to.contain('context "programme" ("1234"): the initiative declares no context field "programme" (it declares "program", "campaign")');
        expect(report).to.contain('context "program" ("12ab"): must match [0-9]{4}');
        expect(fake.contributions).to.deep.equal([]);
      } finally {
        element.parentElement!.remove();
      }
    });

    it('refuses a context attribute that is not a JSON object of texts', async () => {
      const element = mount(`context='{"program": 1234}'`);
      try {
        await untilState(element, 'error');
        expect(logged.join('\n')).to.contain('the "context" attribute must be a JSON object of texts');
      } finally {
        element.parentElement!.remove();
      }
    });
  });

  it('speaks in its live region only once things settle', async () => {
    const element = await mountPreview();
    await untilState(element, 'open');
    const region = element.shadowRoot!.querySelector('[aria-live="polite"]')!;
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(region.textContent!.trim()));
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    for (const count of [1, 2, 3]) element.typed(count);
    await until(() => region.textContent!.trim() === '3', 'the last count');
    observer.disconnect();
    expect(said.filter(Boolean)).to.deep.equal(['3']);
  });
});

describe('events', () => {
  it('are declared by the widget, bubble and cross shadow roots unless told otherwise', async () => {
    const wrapper = await fixture<HTMLDivElement>(fixtureHtml`<div><participe-example-note .preview=${initiative}></participe-example-note></div>`);
    const element = wrapper.querySelector<ExampleNote>('participe-example-note')!;
    const heard = new Promise<ExampleNotedDetail>((resolve) => document.addEventListener('participe-example-noted', (event) => resolve(event.detail), { once: true }));
    expect(element.remark('Bonjour')).to.equal(true);
    expect(await heard).to.deep.equal({ note: 'Bonjour' });

    // From inside the shadow root it reaches the page; `composed: false` keeps it in there, and
    // `bubbles: false` on the element itself keeps it for the element's own listeners.
    const inside = element.shadowRoot!.querySelector('.base')!;
    const heardBy: string[] = [];
    element.addEventListener('participe-example-noted', (event) => heardBy.push(`host:${event.detail.note}`));
    wrapper.addEventListener('participe-example-noted', (event) => heardBy.push(`page:${event.detail.note}`));
    emit(inside, 'participe-example-noted', { note: 'default' });
    emit(inside, 'participe-example-noted', { note: 'not composed' }, { composed: false });
    emit(element, 'participe-example-noted', { note: 'not bubbling' }, { bubbles: false });
    expect(heardBy).to.deep.equal(['host:default', 'page:default', 'host:not bubbling']);

    const cancelled = (event: Event) => event.preventDefault();
    element.addEventListener('participe-example-noted', cancelled);
    expect(emit(element, 'participe-example-noted', { note: 'x' }, { cancelable: true })).to.equal(false);
    element.removeEventListener('participe-example-noted', cancelled);

    // Typed from the declaration: an undeclared name or a wrong detail does not compile.
    // @ts-expect-error not a declared Participe event
    emit(element, 'participe-unknown', {});
    // @ts-expect-error the detail is `{ note: string }`
    emit(element, 'participe-example-noted', { text: 'x' });
  });
});

/** A Lit element that composes the loading controller alone, without the base element. */
class LoaderProbe extends LitElement {
  static override properties = { preview: { attribute: false } };
  declare preview: unknown;
  outcomes: LoadOutcome[] = [];
  /** Holds loads back while pending, so that a newer one can start meanwhile. */
  gate: Promise<void> = Promise.resolve();
  readonly initiative = new InitiativeController<ExampleInitiative>(this, {
    type: () => 'example-note',
    schema: () => Promise.resolve(exampleType.initiative),
    parts: () => this.gate,
    configuration: () => ({ initiative: undefined, collector: undefined, preview: this.preview, strings: undefined, table: {} }),
    attributeProblems: () => [],
    initiativeProblems: () => [],
    inputs: () => [this.preview],
    reload: () => void this.initiative.load().then((outcome) => this.outcomes.push(outcome)),
  });
  readonly announcer = new Announcer(this);
  override render() {
    return html`${this.initiative.value?.title.fr ?? ''}${this.announcer.render()}`;
  }
}
customElements.define('loader-probe', LoaderProbe);

describe('controllers without the base element', () => {
  it('load and check an initiative when its inputs change; a newer load supersedes an older one', async () => {
    const probe = await fixture<LoaderProbe>(fixtureHtml`<loader-probe .preview=${initiative}></loader-probe>`);
    await until(() => probe.outcomes.length === 1, 'the first load');
    expect(probe.outcomes).to.deep.equal(['loaded']);
    await until(() => probe.shadowRoot!.textContent!.includes(initiative.title.fr), 'the title');

    let open!: () => void;
    probe.gate = new Promise((resolve) => (open = resolve));
    probe.preview = { ...initiative, type: 'survey' };
    await probe.updateComplete;
    probe.preview = { ...initiative, title: { fr: 'Autre', en: 'Other' } };
    await probe.updateComplete;
    open();
    await until(() => probe.outcomes.length === 3, 'both loads');
    expect(probe.outcomes.slice(1)).to.deep.equal(['superseded', 'loaded']);
    expect(probe.initiative.value?.title.fr).to.equal('Autre');
    expect(probe.initiative.problems).to.deep.equal([]);

    probe.preview = { ...initiative, type: 'survey' };
    await until(() => probe.outcomes.length === 4, 'the misconfigured load');
    expect(probe.outcomes[3]).to.equal('misconfigured');
    expect(probe.initiative.problems.join()).to.contain('is a survey');
  });
});
