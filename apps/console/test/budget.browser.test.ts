import { expect } from '@open-wc/testing';
import { demoOrganisation } from '@participe/core/fixtures';
import { ANONYMISED, type StaffInitiative } from '@participe/core/schemas';
import { stateOf, untilState } from '@participe/core/testing';
import type { ParticipeBudget } from '@participe/budget';
import { allocation, budgetExample, type BudgetResults } from '@participe/budget/manifest';
import { budgetTemplate } from '@participe/budget/staff';
import { contribution, fakeStaffApi, type FakeStaffApi } from './fake-staff-api.js';
import { buttonNamed, choose, control, fillRequiredSettings, normalized, resetPage, shellButton, signedIn, typeInto, until, untilElement, untilText, viewNamed } from './helpers.js';

afterEach(resetPage);

const M = 1_000_000;
const { organisation: _organisation, status: _status, resultsPublished: _published, ...exampleSettings } = budgetExample;

/** The example town budget, `budget-2027`, as the staff API shows it. */
const exampleBudget = (changes: Partial<StaffInitiative> = {}): StaffInitiative => ({
  settings: exampleSettings,
  organisation: demoOrganisation,
  status: 'open',
  availability: 'open',
  resultsPublished: false,
  contributionCount: 0,
  createdAt: '2026-01-05T14:00:00Z',
  updatedAt: '2026-01-05T14:00:00Z',
  ...changes,
});

const previews = (root: ShadowRoot) => [...root.querySelectorAll<ParticipeBudget>('participe-budget')];
const inside = (widget: ParticipeBudget) => widget.shadowRoot!;

describe('budgets in the console', () => {
  it('starts a new budget from a valid template, previews the real simulator in French and English, and words definition mistakes in French', async () => {
    const fake = fakeStaffApi();
    const shell = await signedIn(fake, '/new-initiative');
    const form = await viewNamed(shell, 'Nouvelle initiative');
    await untilText(form, 'Créer le brouillon');
    choose(control<HTMLSelectElement>(form, 'Type d’initiative'), 'budget');
    fillRequiredSettings(form, {
      id: 'budget-municipal',
      titleFr: 'Budget municipal',
      titleEn: 'Town budget',
      purposeFr: 'Connaître vos priorités.',
      purposeEn: 'Learn your priorities.',
      recipientFr: 'Le Service des finances.',
      recipientEn: 'The Finance Department.',
    });
    const definition = control<HTMLTextAreaElement>(form, 'Définition (JSON)');
    await until(() => definition.value.includes('"deneigement"'), 'the budget template');
    expect(JSON.parse(definition.value)).to.deep.equal(budgetTemplate());
    expect(normalized(form)).to.contain('«\u00a0rule\u00a0» ({"maxDeficit": 0, "maxSurplus": …}) fixe le déficit permis');

    await until(() => previews(form).length === 2, 'two previews');
    const [french, english] = previews(form);
    await until(() => stateOf(french!) === 'open' && stateOf(english!) === 'open', 'both previews open');
    await until(() => !!inside(french!).querySelector('.balance') && !!inside(english!).querySelector('.balance'), 'both simulators');
    expect(normalized(inside(french!))).to.contain('Déficit de 216\u00a0000\u00a0$');
    expect(normalized(inside(english!))).to.contain('Deficit of $216,000');
    await expect(shell).to.be.accessible();

    // Today's amount off the step: the issue names the line's field, in French.
    const broken = budgetTemplate();
    broken.categories[0]!.lines[0]!.amount = 5_050_000;
    typeInto(definition, JSON.stringify(broken, null, 2));
    const issues = await untilElement(form, 'field-definition-issues');
    await untilText(issues, 'categories[0].lines[0].amount\u00a0: doit être égal à min plus un multiple de step');
    await until(() => stateOf(french!) === 'error', 'the preview to show its configuration error');
    await expect(shell).to.be.accessible();

    typeInto(definition, JSON.stringify(budgetTemplate()));
    await until(() => !form.getElementById('field-definition-issues'), 'the issue to go once fixed');
    buttonNamed(form, 'Créer le brouillon').click();
    await viewNamed(shell, 'Budget municipal');
    const created = fake.requests.find((request) => request.method === 'POST' && request.url.pathname === '/v1/staff/initiatives')!;
    expect(created.body).to.deep.include({ type: 'budget', definition: budgetTemplate() });
  });

  it('shows each allocation readably: the balance, the lines changed, the household impact, the comment as text', async () => {
    const fake = fakeStaffApi({
      initiatives: [exampleBudget()],
      contributions: [
        contribution(1, { initiative: budgetExample.id, language: 'en', payload: { values: allocation({ police: 31 * M, 'taxe-residentielle': 100.5 * M }), comment: 'Keep <b>libraries</b> open.' } }),
        contribution(2, { initiative: budgetExample.id, payload: { values: allocation({ 'taxe-residentielle': 101.5 * M }), comment: ANONYMISED }, participant: null, anonymisedAt: '2026-04-01T04:00:00Z' }),
      ],
    });
    const shell = await signedIn(fake, `/initiatives/${budgetExample.id}/contributions`);
    const view = await viewNamed(shell, 'Contributions');
    await untilText(view, '2 contributions affichées');
    const [anonymised, first] = [...view.querySelectorAll('tbody tr')];
    const text = normalized(first!);
    expect(text).to.contain('Solde +280\u00a0000\u00a0$');
    expect(text).to.contain('Police\u00a0: 31\u00a0000\u00a0000\u00a0$ (baisse de 1\u00a0000\u00a0000\u00a0$ (-3,1\u00a0%))');
    expect(text).to.contain('Taxe foncière résidentielle\u00a0: 100\u00a0500\u00a0000\u00a0$ (hausse de 2\u00a0500\u00a0000\u00a0$ (+2,6\u00a0%))');
    expect(text).to.contain('Compte de taxes d’un ménage +72,92\u00a0$ par année');
    expect([...first!.querySelectorAll('dd[lang="en"]')].map((dd) => normalized(dd))).to.deep.equal(['Keep <b>libraries</b> open.']);
    expect(first!.querySelector('b')).to.equal(null);
    expect(normalized(anonymised!)).to.contain('(anonymisé)');
    await expect(shell).to.be.accessible();

    shellButton(shell, 'English').click();
    await untilText(view, '2 contributions shown');
    expect(normalized(first!)).to.contain('Police: $31,000,000 (down $1,000,000 (-3.1%))');
    await expect(shell).to.be.accessible();
  });

  it('keys in a paper allocation through the citizen’s own simulator, with its rule', async () => {
    const fake: FakeStaffApi = fakeStaffApi({ initiatives: [exampleBudget()] });
    const shell = await signedIn(fake, `/initiatives/${budgetExample.id}/paper-entry`);
    const view = await viewNamed(shell, 'Saisie papier ou téléphone');
    const widget = () => view.querySelector<ParticipeBudget>('participe-budget')!;
    await untilState(widget, 'open');
    await until(() => !!inside(widget()).querySelector('#line-taxe-residentielle-amount'), 'the simulator');
    const amount = inside(widget()).querySelector<HTMLInputElement>('#line-taxe-residentielle-amount')!;
    amount.value = '101 500 000';
    amount.dispatchEvent(new Event('input'));
    await widget().updateComplete;
    amount.dispatchEvent(new Event('change'));
    await widget().updateComplete;
    inside(widget()).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await untilElement(view, 'entry-saved');
    const post = fake.requests.find((request) => request.method === 'POST' && request.url.pathname.endsWith('/contributions'))!;
    expect((post.body as { payload: unknown }).payload).to.deep.equal({ values: allocation({ 'taxe-residentielle': 101.5 * M }) });
    await expect(shell).to.be.accessible();
  });

  it('charts each line’s results: who increased, kept or decreased it, and how the amounts spread, with the same figures in tables', async () => {
    const lines = budgetExample.definition.categories.flatMap((category) => category.lines);
    const results: BudgetResults = {
      initiative: budgetExample.id,
      type: 'budget',
      responses: 10,
      lines: lines.map((line) => ({
        line: line.id,
        answered: 10,
        increased: line.id === 'police' ? 2 : 0,
        kept: line.id === 'police' ? 3 : 10,
        decreased: line.id === 'police' ? 5 : 0,
        mean: line.id === 'police' ? 31.6 * M * 100 : line.unit ? line.amount : line.amount * 100,
        median: line.id === 'police' ? 31 * M * 100 : line.unit ? line.amount : line.amount * 100,
        distribution: [
          { from: line.unit ? line.min : line.min * 100, to: line.unit ? line.amount : line.amount * 100, count: 6 },
          { from: line.unit ? line.amount + line.step : (line.amount + line.step) * 100, to: line.unit ? line.max : line.max * 100, count: 4 },
        ],
      })),
    };
    const shell = await signedIn(fakeStaffApi({ initiatives: [exampleBudget()], results: { [budgetExample.id]: results } }), `/initiatives/${budgetExample.id}/results`);
    const view = await viewNamed(shell, 'Résultats');
    await untilText(view, '10 réponses');
    const police = [...view.querySelectorAll('h4')].find((heading) => normalized(heading) === 'Police')!.parentElement!;
    const [direction, distribution] = [...police.querySelectorAll('table')];
    const rows = (table: HTMLTableElement) => [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => normalized(cell).trim()));
    expect(rows(direction!)).to.deep.equal([
      ['Ont augmenté', '2', '20\u00a0%'],
      ['Ont maintenu', '3', '30\u00a0%'],
      ['Ont diminué', '5', '50\u00a0%'],
    ]);
    expect(rows(distribution!)[0]![0]).to.equal('de 28\u00a0000\u00a0000\u00a0$ à 32\u00a0000\u00a0000\u00a0$');
    expect(normalized(police)).to.contain('Moyenne 31\u00a0600\u00a0000\u00a0$').and.contain('Médiane 31\u00a0000\u00a0000\u00a0$');
    expect(normalized(view)).to.contain('Verrouillé\u00a0: personne ne peut le modifier.');
    await until(() => [...view.querySelectorAll('canvas')].some((canvas) => canvas.width > 0), 'a chart drawn');
    await expect(shell).to.be.accessible();
    shellButton(shell, 'English').click();
    await untilText(view, 'Increased');
    await expect(shell).to.be.accessible();
  });
});
