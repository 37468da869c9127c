import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { allocation, budgetExample, type BudgetPayload, type BudgetResults } from '../src/manifest.js';
import { fakeCollector, stateOf, until, untilState } from '@participe/core/testing';
import { $, $$, balanceText, budgetOf, buttonNamed, cleanUp, focused, mount, root, slide, text, typeAmount } from './helpers.js';

afterEach(cleanUp);

const M = 1_000_000;
const lastPayload = (fake: ReturnType<typeof fakeCollector>) => fake.contributions.at(-1)!.payload as BudgetPayload;
const sendButton = (element: Parameters<typeof $>[0]) => $<HTMLButtonElement>(element, 'button[type=submit]');
const opened = async (options: Parameters<typeof mount>[1] = {}, initiative = budgetExample) => {
  const mounted = await mount(initiative, options);
  await untilState(mounted.element, 'open');
  await until(() => !!root(mounted.element).querySelector('.balance'), 'the editor');
  return mounted;
};

/** Presses Tab until the deeply focused element matches (at most `max` times). */
async function tabTo(element: Parameters<typeof $>[0], wanted: (focus: HTMLElement) => boolean, max = 200) {
  for (let presses = 0; presses < max && !(focused(element) && wanted(focused(element)!)); presses++) await sendKeys({ press: 'Tab' });
  expect(focused(element) && wanted(focused(element)!), 'reached by Tab').to.equal(true);
}

describe('<participe-budget>', () => {
  it('opens on today’s budget: the deficit in words, the rule, every line, and why it cannot be sent yet', async () => {
    const { element } = await opened();
    expect(text(element)).to.contain('Budget 2027 de la Ville de Démonstration');
    expect(balanceText(element)).to.equal('− Déficit de 3\u00a0220\u00a0000\u00a0$');
    expect($(element, '.rule').textContent).to.equal('Règle\u00a0: le budget doit être équilibré, sans déficit. Modifiez au moins un poste.');
    expect($$(element, '.line')).to.have.length(21);
    expect($$(element, 'input[type=range]')).to.have.length(19);
    expect(text($(element, '#line-dette'))).to.contain('Verrouillé Remboursements fixés par les emprunts déjà contractés.');
    expect($(element, '#line-police-slider').getAttribute('aria-valuetext')).to.equal('32\u00a0000\u00a0000\u00a0$, inchangé');
    expect(text($(element, '.balance__household'))).to.contain('aucun changement');
    expect(sendButton(element).getAttribute('aria-disabled')).to.equal('true');
    expect(sendButton(element).getAttribute('aria-describedby')).to.equal('budget-why');
    expect(text($(element, '#budget-why'))).to.contain('réduisez les dépenses ou augmentez les revenus d’au moins 3\u00a0220\u00a0000\u00a0$');
    await expect(element).to.be.accessible();
  });

  it('balances the deficit with the keyboard only and sends the values in cents, nothing else', async () => {
    const { element, fake } = await opened();
    await tabTo(element, (focus) => focus.id === 'line-taxe-residentielle-slider');
    // Each arrow is one step of 500 000 $: seven close the 3.22 M$ deficit.
    for (let press = 0; press < 7; press++) await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect($(element, '#line-taxe-residentielle-slider').getAttribute('aria-valuetext')).to.equal('101\u00a0500\u00a0000\u00a0$, hausse de 3\u00a0500\u00a0000\u00a0$ (+3,6\u00a0%)');
    expect(balanceText(element)).to.equal('+ Surplus de 280\u00a0000\u00a0$');
    expect(text($(element, '.balance__household'))).to.contain('hausse de 102,08\u00a0$ par année');
    expect(sendButton(element).hasAttribute('aria-disabled')).to.equal(false);
    expect(text($(element, '#budget-why'))).to.contain('vous pouvez l’envoyer');
    await tabTo(element, (focus) => focus === sendButton(element));
    await sendKeys({ press: 'Enter' });
    await untilState(element, 'submitted');
    expect(lastPayload(fake)).to.deep.equal({ values: allocation({ 'taxe-residentielle': 101.5 * M }) });
    expect(text($(element, '.summary'))).to.contain('Taxe foncière résidentielle\u00a0: 98\u00a0000\u00a0000\u00a0$ → 101\u00a0500\u00a0000\u00a0$');
    await expect(element).to.be.accessible();
  });

  it('says why it cannot send, and takes the citizen there, when the button is pressed too early', async () => {
    const { element, fake } = await opened();
    sendButton(element).click();
    await until(() => focused(element)?.id === 'budget-why', 'focus on the reasons');
    expect(stateOf(element)).to.equal('open');
    expect(fake.contributions).to.have.length(0);
    // Balanced but unchanged, where the rule allows today's deficit: "change something" stands in the way.
    cleanUp();
    const lenient = await opened({}, budgetOf({ rule: { maxDeficit: 5 * M } }));
    expect(text($(lenient.element, '#budget-why'))).to.contain('modifiez au moins un poste');
    await expect(lenient.element).to.be.accessible();
  });

  it('offers − and + buttons and a box to type the amount: no dragging needed', async () => {
    const { element } = await opened();
    const minus = $$<HTMLButtonElement>(element, '#line-police .step')[0]!;
    expect(minus.textContent).to.contain('Diminuer Police de 250\u00a0000\u00a0$');
    minus.click();
    minus.click();
    await element.updateComplete;
    expect($(element, '#line-police-value').textContent).to.contain('31\u00a0500\u00a0000\u00a0$');
    expect($<HTMLInputElement>(element, '#line-police-amount').value).to.equal('31\u00a0500\u00a0000');
    await typeAmount(element, '#line-police-amount', '30 000 000');
    expect($(element, '#line-police-value').textContent).to.contain('30\u00a0000\u00a0000\u00a0$');
    expect($(element, '#line-police-consequence').textContent).to.equal('Conséquence\u00a0: Deux patrouilles de moins la nuit.');
    expect($(element, '#line-police-slider').getAttribute('aria-describedby')).to.contain('line-police-consequence');
    // A unit line counts people, and says what they cost.
    expect(text($(element, '#line-brigadiers'))).to.contain('Chaque brigadier coûte 18\u00a0000\u00a0$');
    await typeAmount(element, '#line-brigadiers-amount', '35');
    expect($(element, '#line-brigadiers-value').textContent).to.contain('35 brigadiers');
    await expect(element).to.be.accessible();
  });

  it('refuses a typed amount it cannot take, next to the box, and keeps the line as it was', async () => {
    const { element } = await opened();
    const cases: Array<[string, string]> = [
      ['31 100 000', 'Choisissez un montant par tranches de 250\u00a0000\u00a0$ à partir de 28\u00a0000\u00a0000\u00a0$, par exemple 31\u00a0000\u00a0000\u00a0$.'],
      ['50 000 000', 'Le maximum est 36\u00a0000\u00a0000\u00a0$.'],
      ['1 000', 'Le minimum est 28\u00a0000\u00a0000\u00a0$.'],
      ['beaucoup', 'Entrez un montant en dollars, par exemple 1 250 000.'],
    ];
    for (const [typed, message] of cases) {
      await typeAmount(element, '#line-police-amount', typed);
      expect($(element, '#line-police-amount-error').textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Erreur : ${message}`.replace(/\s+/g, ' '));
      expect($(element, '#line-police-amount').getAttribute('aria-invalid')).to.equal('true');
      expect($(element, '#line-police-amount').getAttribute('aria-describedby')).to.contain('line-police-amount-error');
      expect($(element, '#line-police-value').textContent).to.contain('32\u00a0000\u00a0000\u00a0$');
    }
    expect(text($(element, '#budget-why'))).to.contain('corrigez le montant de\u00a0: Police');
    await expect(element).to.be.accessible();
    // The slider takes over from what was typed.
    await slide(element, 'police', 0);
    expect(root(element).querySelector('#line-police-amount-error')).to.equal(null);
    expect($<HTMLInputElement>(element, '#line-police-amount').value).to.equal('28\u00a0000\u00a0000');
  });

  it('shows every line as a table whose boxes are named by their row and column', async () => {
    const { element, fake } = await opened();
    buttonNamed(element, 'en tableau').click();
    await element.updateComplete;
    expect(buttonNamed(element, 'en tableau').getAttribute('aria-pressed')).to.equal('true');
    expect(root(element).querySelector('input[type=range]')).to.equal(null);
    const box = $<HTMLInputElement>(element, '#table-line-taxe-residentielle-amount');
    expect(box.getAttribute('aria-labelledby')).to.equal('table-line-taxe-residentielle-name table-yours');
    expect($(element, '#table-line-taxe-residentielle-name').textContent).to.equal('Taxe foncière résidentielle');
    expect($$(element, 'tbody th[scope=rowgroup]')).to.have.length(5);
    await typeAmount(element, '#table-line-taxe-residentielle-amount', '101 500 000');
    expect(text($(element, 'tfoot'))).to.contain('Solde -3\u00a0220\u00a0000\u00a0$ +280\u00a0000\u00a0$');
    await expect(element).to.be.accessible();
    sendButton(element).click();
    await untilState(element, 'submitted');
    expect(lastPayload(fake).values['taxe-residentielle']).to.equal(101.5 * M * 100);
  });

  it('resets a line and the whole budget, and says so', async () => {
    const { element } = await opened();
    await slide(element, 'parcs', 0);
    await slide(element, 'culture', 0);
    expect($(element, '#line-parcs').classList.contains('line--changed')).to.equal(true);
    buttonNamed(element, 'Rétablir — Parcs').click();
    await element.updateComplete;
    expect($(element, '#line-parcs-value').textContent).to.contain('9\u00a0000\u00a0000\u00a0$');
    buttonNamed(element, 'Tout rétablir').click();
    await element.updateComplete;
    expect($(element, '#line-culture-value').textContent).to.contain('3\u00a0000\u00a0000\u00a0$');
    await until(() => text(element).includes('Tous les postes sont revenus au budget actuel.'), 'the announcement');
  });

  it('draws the allocation only when asked, with the same figures in a table', async () => {
    const { element } = await opened();
    expect(root(element).querySelector('canvas')).to.equal(null);
    const toggle = buttonNamed(element, 'Afficher la répartition en graphique');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await until(() => !!root(element).querySelector('canvas'), 'the chart');
    expect(buttonNamed(element, 'Masquer le graphique').getAttribute('aria-expanded')).to.equal('true');
    const rows = $$(element, '.allocation tbody tr').map((row) => row.textContent!.replace(/[ \t\n\r]+/g, ' ').trim());
    expect(rows[0]).to.equal('Sécurité publique 55\u00a0220\u00a0000\u00a0$ 55\u00a0220\u00a0000\u00a0$ 0\u00a0$');
    const canvas = $<HTMLCanvasElement>(element, 'canvas');
    await until(() => canvas.width > 0, 'chart.js to draw');
    expect(canvas.closest('.chart__canvas')!.getAttribute('aria-hidden')).to.equal('true');
    await slide(element, 'police', 0);
    expect($$(element, '.allocation tbody tr')[0]!.textContent!.replace(/[ \t\n\r]+/g, ' ').trim()).to.equal('Sécurité publique 55\u00a0220\u00a0000\u00a0$ 51\u00a0220\u00a0000\u00a0$ -4\u00a0000\u00a0000\u00a0$');
    await expect(element).to.be.accessible();
  });

  it('speaks English, live, with money the English Canadian way', async () => {
    const { element, wrapper } = await opened();
    wrapper.setAttribute('lang', 'en');
    await until(() => balanceText(element) === '− Deficit of $3,220,000', 'English');
    expect($(element, '#line-police-slider').getAttribute('aria-valuetext')).to.equal('$32,000,000, unchanged');
    await typeAmount(element, '#line-police-amount', '$30,000,000');
    expect($(element, '#line-police-value').textContent).to.contain('$30,000,000');
    expect(text($(element, '#budget-why'))).to.contain('cut spending or raise revenue by at least $1,220,000');
    await expect(element).to.be.accessible();
  });

  it('keeps the citizen’s work across a reload, and nothing of it once sent', async () => {
    const first = await opened();
    await slide(first.element, 'culture', 0);
    buttonNamed(first.element, 'en tableau').click();
    const comment = $<HTMLTextAreaElement>(first.element, '#comment');
    comment.value = 'Moins de festivals.';
    comment.dispatchEvent(new Event('input'));
    await first.element.updateComplete;
    first.wrapper.remove();
    const again = await mount(budgetExample, { fake: first.fake, collector: first.collector });
    await untilState(again.element, 'open');
    await until(() => !!root(again.element).querySelector('.budget-table'), 'the table mode, restored');
    expect($<HTMLInputElement>(again.element, '#table-line-culture-amount').value).to.equal('1\u00a0500\u00a0000');
    expect($<HTMLTextAreaElement>(again.element, '#comment').value).to.equal('Moins de festivals.');
  });

  it('keeps the budget it sent on this device: a summary to print or copy, even after a reload', async () => {
    const { element, fake, wrapper, collector } = await opened();
    await slide(element, 'taxe-residentielle', 28);
    const comment = $<HTMLTextAreaElement>(element, '#comment');
    comment.value = '  Gardez les parcs.  ';
    comment.dispatchEvent(new Event('input'));
    sendButton(element).click();
    await untilState(element, 'submitted');
    expect(lastPayload(fake)).to.deep.equal({ values: allocation({ 'taxe-residentielle': 104 * M }), comment: 'Gardez les parcs.' });
    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void (copied = value) } });
    try {
      buttonNamed(element, 'Copier le résumé').click();
      await until(() => text(element).includes('Résumé copié.'), 'the copy');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    expect(copied).to.contain('Surplus de 2\u00a0780\u00a0000\u00a0$');
    expect(copied).to.contain('- Taxe foncière résidentielle\u00a0: 98\u00a0000\u00a0000\u00a0$ → 104\u00a0000\u00a0000\u00a0$');
    expect(copied).to.contain('Votre commentaire\u00a0: Gardez les parcs.');
    wrapper.remove();
    const again = await mount(budgetExample, { fake, collector });
    await untilState(again.element, 'submitted');
    await until(() => !!root(again.element).querySelector('.summary'), 'the summary');
    expect(text(again.element)).to.contain('Vous avez déjà envoyé votre budget.');
    expect(text($(again.element, '.summary'))).to.contain('104\u00a0000\u00a0000\u00a0$');
    await expect(again.element).to.be.accessible();
  });

  it('offers the summary as text to select when the clipboard refuses', async () => {
    const { element } = await opened();
    await slide(element, 'taxe-residentielle', 24);
    sendButton(element).click();
    await untilState(element, 'submitted');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => Promise.reject(new Error('denied')) } });
    try {
      buttonNamed(element, 'Copier le résumé').click();
      await until(() => focused(element)?.id === 'summary-text', 'the text, focused');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect($<HTMLTextAreaElement>(element, '#summary-text').value).to.contain('Budget 2027 de la Ville de Démonstration');
    await expect(element).to.be.accessible();
  });

  it('shows the collector’s refusal and keeps the work', async () => {
    const refusing = fakeCollector({
      initiatives: { [budgetExample.id]: budgetExample },
      submit: () =>
        new Response(JSON.stringify({ code: 'validation_failed', message: 'The contribution does not fit this initiative.', issues: [{ path: 'payload.values', message: 'the budget must balance: it has a deficit of $10' }] }), {
          status: 400,
          headers: { 'content-type': 'application/json' },
        }),
    });
    const { element } = await opened({ fake: refusing });
    await slide(element, 'taxe-residentielle', 24);
    sendButton(element).click();
    await until(() => text(element).includes('n’a pas pu être acceptée'), 'the refusal');
    expect(stateOf(element)).to.equal('open');
    expect($(element, '#line-taxe-residentielle-value').textContent).to.contain('102\u00a0000\u00a0000\u00a0$');
    await expect(element).to.be.accessible();
  });

  it('says it is offline and sends once the collector answers', async () => {
    const { element } = await opened({ options: { submit: 'network-error' } });
    await slide(element, 'taxe-residentielle', 24);
    sendButton(element).click();
    await untilState(element, 'offline');
    await expect(element).to.be.accessible();
  });

  it('shows published results per line with tables, once closed', async () => {
    const results: BudgetResults = {
      initiative: budgetExample.id,
      type: 'budget',
      responses: 4,
      lines: budgetExample.definition.categories.flatMap((category) =>
        category.lines.map((line) => ({
          line: line.id,
          answered: 4,
          increased: line.id === 'police' ? 1 : 0,
          kept: line.id === 'police' ? 1 : 4,
          decreased: line.id === 'police' ? 2 : 0,
          mean: line.unit ? line.amount : line.amount * 100,
          median: line.unit ? line.amount : line.amount * 100,
          distribution: [{ from: line.unit ? line.min : line.min * 100, to: line.unit ? line.max : line.max * 100, count: 4 }],
        })),
      ),
    };
    const closed = budgetOf({}, { status: 'closed', resultsPublished: true });
    const { element } = await mount(closed, { options: { results: { [closed.id]: results } } });
    await untilState(element, 'closed');
    await until(() => !!root(element).querySelector('.results'), 'the results');
    expect(text($(element, '.results'))).to.contain('4 budgets reçus.');
    const rows = [...root(element).querySelector('#result-police-figures')!.querySelectorAll(':scope > table tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()).join(' '));
    expect(rows).to.deep.equal(['Ont augmenté 1 25\u00a0%', 'Ont maintenu 1 25\u00a0%', 'Ont diminué 2 50\u00a0%']);
    expect(root(element).querySelector('#result-dette')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('reflows at 320 px wide: nothing wider than the screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { element } = await opened();
      expect(element.getBoundingClientRect().width).to.be.at.most(320);
      const widest = Math.max(...$$(element, '.line, .balance, .toolbar, .why').map((node) => node.scrollWidth));
      expect(widest).to.be.at.most(320);
      buttonNamed(element, 'en tableau').click();
      await element.updateComplete;
      // The table scrolls within its own box rather than widening the page.
      expect($(element, '.table-wrap').getBoundingClientRect().width).to.be.at.most(320);
      await expect(element).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('previews a definition and sends nothing', async () => {
    const element = document.createElement('participe-budget');
    element.preview = budgetOf({ rule: { maxDeficit: 5 * M }, mustChange: false });
    document.body.append(element);
    try {
      await untilState(element, 'open');
      await until(() => !!element.shadowRoot!.querySelector('.balance'), 'the editor');
      (element.shadowRoot!.querySelector('button[type=submit]') as HTMLButtonElement).click();
      await untilState(element, 'submitted');
      expect(element.shadowRoot!.textContent).to.contain('Aperçu');
    } finally {
      element.remove();
    }
  });

  it('says what is wrong with a malformed definition', async () => {
    const [first, ...others] = budgetExample.definition.categories;
    const broken = budgetOf({ categories: [{ ...first!, lines: [{ ...first!.lines[0]!, amount: 40 * M }, ...first!.lines.slice(1)] }, ...others] });
    const { element } = await mount(broken);
    await untilState(element, 'error');
    expect(text(element)).to.contain('definition.categories[0].lines[0].amount: must be between min and max');
    await expect(element).to.be.accessible();
  });
});
