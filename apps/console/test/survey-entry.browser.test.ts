import { expect } from '@open-wc/testing';
import { stateOf, untilState } from '@participe/core/testing';
import type { SurveyDefinition } from '@participe/survey/manifest';
import type { ParticipeSurvey } from '@participe/survey';
import { fakeStaffApi, type FakeStaffApi } from './fake-staff-api.js';
import { control, normalized, resetPage, shellButton, signedIn, until, untilElement, untilFocused, untilText, viewNamed } from './helpers.js';
import { templateSurvey } from './survey-fixtures.js';

afterEach(resetPage);

// The survey's paper entry is the citizen's form itself: these helpers act inside the widget.
const widgetIn = (view: ShadowRoot) => view.querySelector<ParticipeSurvey>('participe-survey')!;
const inside = (widget: ParticipeSurvey) => widget.shadowRoot!;
const pageTitle = (widget: ParticipeSurvey) => inside(widget).querySelector('.page-title')?.textContent?.trim();

async function pick(widget: ParticipeSurvey, label: string) {
  const target = [...inside(widget).querySelectorAll('label')].find((candidate) => candidate.textContent!.trim() === label);
  if (!target) throw new Error(`no choice labelled "${label}"`);
  target.click();
  await widget.updateComplete;
}

async function submitPage(widget: ParticipeSurvey) {
  inside(widget).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await widget.updateComplete;
}

/** Answers the template survey in English up to its review step, taking the follow-up for the less satisfied. */
async function answerInEnglish(widget: ParticipeSurvey) {
  await until(() => pageTitle(widget) === 'Your visit', 'the form in English');
  await pick(widget, 'Make an application');
  await pick(widget, '2');
  await submitPage(widget);
  await until(() => pageTitle(widget) === 'Your suggestions', 'page 2');
  const improve = inside(widget).querySelector<HTMLTextAreaElement>('#q-ameliorer-input')!;
  improve.value = 'Longer opening hours.';
  improve.dispatchEvent(new Event('input'));
  await submitPage(widget);
  await until(() => pageTitle(widget) === 'Check your answers', 'the review');
}

const posts = (fake: FakeStaffApi) => fake.requests.filter((request) => request.method === 'POST' && request.url.pathname.endsWith('/contributions'));
type EntryBody = { channel: string; language: string; payload: unknown; idempotencyKey: string };

describe('paper and phone entry through the survey form', () => {
  it('keys in a phone response in English through the real survey, confirms it by its channel, then offers a fresh form', async () => {
    const fake = fakeStaffApi({ initiatives: [templateSurvey()] });
    const shell = await signedIn(fake, '/initiatives/visite-bureau/paper-entry');
    const view = await viewNamed(shell, 'Saisie papier ou téléphone');
    await untilState(() => widgetIn(view), 'open');
    expect(normalized(view)).to.contain('Le formulaire ci-dessous est celui des citoyens, dans la langue choisie.');
    await expect(shell).to.be.accessible();

    control(view, 'par téléphone').click();
    control(view, 'Anglais').click();
    const first = widgetIn(view);
    await answerInEnglish(first);
    expect(normalized(inside(first))).to.contain('Make an application').and.contain('2 / 5').and.contain('Longer opening hours.');
    await expect(shell).to.be.accessible();
    await submitPage(first);

    const saved = await untilElement(view, 'entry-saved');
    await untilFocused(saved, 'focus on the confirmation');
    expect(normalized(saved)).to.contain('Contribution reçue par téléphone enregistrée le').and.contain('Le formulaire est prêt pour la suivante.');
    const [post] = posts(fake);
    const body = post!.body as EntryBody;
    expect(post!.url.pathname).to.equal('/v1/staff/initiatives/visite-bureau/contributions');
    expect(body.channel).to.equal('phone');
    expect(body.language).to.equal('en');
    expect(body.payload).to.deep.equal({ answers: { raison: 'demande', satisfaction: 2, ameliorer: 'Longer opening hours.' } });
    expect(body.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(fake.contributions).to.have.length(1);

    // A fresh widget for the next response, still in the language and channel chosen.
    const second = widgetIn(view);
    expect(second === first).to.equal(false);
    await untilState(second, 'open');
    await until(() => pageTitle(second) === 'Your visit', 'the fresh form on its first page');
    expect(inside(second).querySelector<HTMLInputElement>('input:checked')).to.equal(null);
    expect(control(view, 'par téléphone').checked).to.equal(true);
    await expect(shell).to.be.accessible();

    // The next form comes on paper, in French: the follow-up stays hidden for the satisfied.
    control(view, 'sur papier').click();
    control(view, 'Français').click();
    await until(() => pageTitle(second) === 'Votre visite', 'the form in French');
    await pick(second, 'Trouver de l’information');
    await pick(second, '5');
    await submitPage(second);
    await until(() => pageTitle(second) === 'Vos suggestions', 'page 2');
    expect(inside(second).querySelector('#q-ameliorer')).to.equal(null);
    await pick(second, 'Oui');
    await submitPage(second);
    await until(() => pageTitle(second) === 'Vérifiez vos réponses', 'the review');
    await submitPage(second);
    await untilText(view, 'Contribution reçue sur papier enregistrée le');
    const bodies = posts(fake).map((request) => request.body as EntryBody);
    expect(bodies[1]).to.deep.include({ channel: 'paper', language: 'fr', payload: { answers: { raison: 'information', satisfaction: 5, recommander: true } } });
    expect(bodies[1]!.idempotencyKey).not.to.equal(bodies[0]!.idempotencyKey);
  });

  it('shows the collector’s refusals in the console and in the widget, and sends the same form once it goes through', async () => {
    const fake = fakeStaffApi({ initiatives: [templateSurvey()] });
    const shell = await signedIn(fake, '/initiatives/visite-bureau/paper-entry');
    const view = await viewNamed(shell, 'Saisie papier ou téléphone');
    const widget = widgetIn(view);
    await untilState(widget, 'open');
    control(view, 'Anglais').click();
    await answerInEnglish(widget);

    // The survey changed on the collector since the form was shown: the answer now missing is refused.
    const stored = fake.initiatives.get('visite-bureau')!.settings.definition as SurveyDefinition;
    stored.pages[1]!.questions[1]!.required = true;
    await submitPage(widget);
    const refusal = await untilElement(view, 'entry-error');
    expect(normalized(refusal)).to.contain('Le service a refusé cette réponse.');
    expect(normalized(refusal)).to.contain('Recommanderiez-vous nos services\u202f?\u00a0: une réponse est obligatoire');
    // The widget words the same code in its own (English) strings, as its own check would, naming the question.
    await until(() => normalized(inside(widget)).includes('Your answer could not be accepted'), 'the widget’s own refusal');
    expect(normalized(inside(widget))).to.contain('Your answer could not be accepted: Would you recommend our services?: Answer this question');
    expect(inside(widget).querySelector('.status [lang="en"]'), 'nothing left in the collector’s English').to.equal(null);
    expect(stateOf(widget)).to.equal('open');
    expect(fake.contributions).to.have.length(0);
    await expect(shell).to.be.accessible();

    // No answer at all: the widget keeps the response and says it could not be sent.
    stored.pages[1]!.questions[1]!.required = false;
    fake.setUnreachable(true);
    await submitPage(widget);
    await untilText(view, 'Le service ne répond pas.');
    await until(() => normalized(inside(widget)).includes('Your answer could not be sent.'), 'the widget’s own words');
    await expect(shell).to.be.accessible();

    fake.setUnreachable(false);
    await submitPage(widget);
    await untilText(view, 'Contribution reçue sur papier enregistrée le');
    expect(view.getElementById('entry-error')).to.equal(null);
    const keys = posts(fake).map((request) => (request.body as EntryBody).idempotencyKey);
    expect(new Set(keys).size).to.equal(1);
    expect(fake.contributions).to.have.length(1);
  });

  it('takes paper forms after closing, none before opening', async () => {
    const closed = fakeStaffApi({ initiatives: [templateSurvey({ status: 'closed', availability: 'closed' })] });
    let shell = await signedIn(closed, '/initiatives/visite-bureau/paper-entry');
    let view = await viewNamed(shell, 'Saisie papier ou téléphone');
    await untilState(() => widgetIn(view), 'open');
    resetPage();

    const draft = fakeStaffApi({ initiatives: [templateSurvey({ status: 'draft', availability: 'upcoming' })] });
    shell = await signedIn(draft, '/initiatives/visite-bureau/paper-entry');
    view = await viewNamed(shell, 'Saisie papier ou téléphone');
    await untilState(() => widgetIn(view), 'upcoming');
    // A draft opens when staff open it, whatever date it names: the widget says so without a date.
    expect(normalized(inside(widgetIn(view)))).to.contain('La participation n’est pas encore ouverte.');
    await expect(shell).to.be.accessible();
  });

  it('switches the console’s language while the form keeps the response’s', async () => {
    const shell = await signedIn(fakeStaffApi({ initiatives: [templateSurvey()] }), '/initiatives/visite-bureau/paper-entry');
    const view = await viewNamed(shell, 'Saisie papier ou téléphone');
    // The view renders the widget once it has read the initiative: wait for it rather than assume it.
    await until(() => !!widgetIn(view) && pageTitle(widgetIn(view)) === 'Votre visite', 'the form in French');
    const widget = widgetIn(view);
    await pick(widget, 'Suivre un dossier');
    shellButton(shell, 'English').click();
    await viewNamed(shell, 'Paper or phone entry');
    await untilText(view, 'The form below is the one citizens use, in the chosen language.');
    expect(pageTitle(widget)).to.equal('Votre visite');
    // The same widget, answers kept: switching the interface does not reload the form.
    expect(widgetIn(view) === widget).to.equal(true);
    expect(inside(widget).querySelector<HTMLInputElement>('input:checked')!.labels![0]!.textContent!.trim()).to.equal('Suivre un dossier');
    await expect(shell).to.be.accessible();
  });
});
