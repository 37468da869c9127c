import { expect, fixture, fixtureCleanup, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement, render } from 'lit';
import { button, characterCount, field, notice, privacyNotice } from '../src/atoms/index.js';
import { atomStyles } from '../src/atoms/atoms.styles.js';
import { fieldStyles } from '../src/atoms/field.styles.js';
import { resultsChart, chartStyles } from '../src/chart/index.js';
import { LanguageController, nearestLang } from '../src/element/language.js';
import { demoPrivacyNotice } from '../src/fixtures/index.js';
import { until } from '../src/testing/index.js';

/** A minimal element speaking the language it resolves, to watch the controller. */
class LanguageProbe extends LitElement {
  readonly language = new LanguageController(this);
  override render() {
    return html`<p>${this.language.value}</p>`;
  }
}
customElements.define('language-probe', LanguageProbe);

/** A host whose shadow root holds a probe: the probe must see the host's page language. */
class ShadowHost extends LitElement {
  override render() {
    return html`<section><language-probe></language-probe></section>`;
  }
}
customElements.define('shadow-host', ShadowHost);

afterEach(() => fixtureCleanup());

describe('language resolution', () => {
  it('crosses shadow roots to the nearest lang and follows changes live', async () => {
    const wrapper = await fixture<HTMLDivElement>(fixtureHtml`<div lang="en-CA"><shadow-host></shadow-host></div>`);
    const host = wrapper.querySelector<ShadowHost>('shadow-host')!;
    await host.updateComplete;
    const probe = host.shadowRoot!.querySelector<LanguageProbe>('language-probe')!;
    await probe.updateComplete;
    expect(nearestLang(probe)).to.equal('en-CA');
    expect(probe.language.value).to.equal('en');

    wrapper.lang = 'fr-CA';
    await until(() => probe.shadowRoot!.textContent === 'fr', 'French');

    host.shadowRoot!.querySelector('section')!.setAttribute('lang', 'en');
    await until(() => probe.shadowRoot!.textContent === 'en', 'a lang inside the host\u2019s shadow root');
  });

  it('keeps two widgets in two languages apart on one page', async () => {
    const wrapper = await fixture<HTMLDivElement>(fixtureHtml`<div lang="fr"><language-probe></language-probe><language-probe lang="en"></language-probe></div>`);
    const [french, english] = [...wrapper.querySelectorAll<LanguageProbe>('language-probe')];
    await french!.updateComplete;
    expect([french!.language.value, english!.language.value]).to.deep.equal(['fr', 'en']);
  });
});

describe('atoms', () => {
  /** Atoms render into the caller's own shadow root; a bare container stands in for it here. */
  async function renderInShadow(template: unknown) {
    const host = await fixture<HTMLDivElement>(fixtureHtml`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [atomStyles.styleSheet!, fieldStyles.styleSheet!, chartStyles.styleSheet!];
    render(template, root);
    return { host, root };
  }

  it('wire label, hint, error and counter to the control', async () => {
    const { host, root } = await renderInShadow(html`<form>
      ${field(
        { id: 'email', label: 'Courriel', marker: 'obligatoire', hint: 'Nous ne le publierons pas.', error: 'Entrez un courriel valide.', errorPrefix: 'Erreur :', extraId: 'email-count', extra: characterCount({ id: 'email-count', length: 3, maxLength: 2, message: '1 caractère de trop' }) },
        ({ id, describedBy, invalid }) => html`<input class="input" id=${id} aria-describedby=${describedBy} aria-invalid=${invalid} />`,
      )}
      ${button({ label: 'Envoyer', type: 'submit' })}
    </form>`);
    const input = root.querySelector('input')!;
    expect(root.querySelector('label')!.htmlFor).to.equal('email');
    expect(input.getAttribute('aria-describedby')).to.equal('email-hint email-error email-count');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#email-error')!.textContent).to.contain('Erreur :');
    expect(root.querySelector('#email-count')!.classList.contains('field__counter--over')).to.equal(true);
    await expect(host).to.be.accessible();
  });

  it('keep a disabled button focusable and inert', async () => {
    let clicks = 0;
    const { root } = await renderInShadow(button({ label: 'Envoyer', disabled: true, onClick: () => clicks++ }));
    const element = root.querySelector('button')!;
    element.click();
    expect(clicks).to.equal(0);
    expect(element.disabled).to.equal(false);
    expect(element.getAttribute('aria-disabled')).to.equal('true');
  });

  it('show notices and the privacy notice accessibly in every tone', async () => {
    const labels = { title: 'Vos renseignements', purpose: 'Utilisation', recipient: 'Destinataire', retention: 'Conservation', retentionDate: 'Jusqu\u2019au 1 mars 2027.' };
    const { host, root } = await renderInShadow(html`${(['info', 'success', 'warning', 'error'] as const).map((tone) => notice(tone, `Message ${tone}`))}
      ${privacyNotice(demoPrivacyNotice, 'fr', labels, true)} ${privacyNotice(demoPrivacyNotice, 'en', labels, false)}`);
    expect(root.querySelectorAll('.notice')).to.have.length(4);
    expect(root.querySelector('.privacy--expanded')!.textContent).to.contain('Jusqu\u2019au 1 mars 2027.');
    expect(root.querySelector('details.privacy summary')!.textContent).to.equal('Vos renseignements');
    await expect(host).to.be.accessible();
  });
});

describe('results chart', () => {
  it('draws lazily and gives the same figures as a table', async () => {
    const host = await fixture<HTMLDivElement>(fixtureHtml`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [atomStyles.styleSheet!, fieldStyles.styleSheet!, chartStyles.styleSheet!];
    render(resultsChart({ title: 'Satisfaction', labels: ['Oui', 'Non'], values: [3, 1] }, 'fr', { category: 'Réponse', count: 'Nombre', share: 'Part', total: '4 réponses' }), root);
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['Oui 3 75 %', 'Non 1 25 %']);
    expect(root.querySelector('.chart__canvas')!.getAttribute('aria-hidden')).to.equal('true');
    const canvas = root.querySelector('canvas')!;
    await until(() => canvas.width > 0 && canvas.style.display === 'block', 'chart.js to draw');
    await expect(host).to.be.accessible();
  });
});
