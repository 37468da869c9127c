import { expect } from '@open-wc/testing';
import { stateOf } from '@participe/core/testing';
import type { ParticipeSurvey } from '@participe/survey';
import { surveyTemplate } from '@participe/survey/staff';
import { sendKeys } from '@web/test-runner-commands';
import { fakeStaffApi } from './fake-staff-api.js';
import {
  buttonNamed,
  choose,
  control,
  deepActiveElement,
  fillRequiredSettings,
  liveRegion,
  normalized,
  resetPage,
  shellButton,
  signedIn,
  typeInto,
  until,
  untilElement,
  untilFocused,
  untilText,
  viewNamed,
} from './helpers.js';

afterEach(resetPage);

const previews = (root: ShadowRoot) => [...root.querySelectorAll<ParticipeSurvey>('participe-survey')];
const byId = <T extends HTMLElement = HTMLInputElement>(root: ShadowRoot, id: string) => root.getElementById(id) as T;
const jsonToggle = (root: ShadowRoot) => control<HTMLInputElement>(root, 'Modifier la définition en JSON (avancé)');

/** Opens a new survey in the editor, its builder shown. */
async function newSurvey() {
  const fake = fakeStaffApi();
  const shell = await signedIn(fake, '/new-initiative');
  const view = await viewNamed(shell, 'Nouvelle initiative');
  choose(control<HTMLSelectElement>(view, 'Type d’initiative'), 'survey');
  await untilElement(view, 'pages-0-questions-0-label-fr');
  return { fake, shell, view };
}

/** Presses a key on an element after focusing it, as a keyboard user would. */
async function press(element: HTMLElement, key = 'Enter') {
  element.focus();
  await untilFocused(element);
  await sendKeys({ press: key });
}

describe('the survey builder in the console', () => {
  it('starts from the template as a form, round-trips it exactly as JSON, and shows no error before anything is typed', async () => {
    const { shell, view } = await newSurvey();
    expect(view.getElementById('field-definition')).to.equal(null);
    expect(byId(view, 'pages-0-questions-0-label-fr').value).to.equal('Quelle était la raison de votre visite\u202f?');
    expect(byId(view, 'pages-0-questions-0-label-en').value).to.equal('What was the reason for your visit?');
    expect(byId(view, 'pages-0-questions-0-choices-2-fr').value).to.equal('Suivre un dossier');
    // The follow-up's condition, in words: shown when satisfaction is at most 3.
    expect(byId<HTMLSelectElement>(view, 'pages-1-questions-0-showIf-question').value).to.equal('satisfaction');
    expect(byId<HTMLSelectElement>(view, 'pages-1-questions-0-showIf-test').value).to.equal('atMost');
    expect(byId(view, 'pages-1-questions-0-showIf-atMost').value).to.equal('3');
    expect(view.querySelectorAll('[aria-invalid="true"]').length, 'no field marked invalid').to.equal(0);
    expect(view.getElementById('error-summary')).to.equal(null);
    // Nothing typed yet (no title, no privacy notice): each preview waits in its own language, listing no English error.
    await until(() => previews(view).length === 2 && previews(view).every((widget) => stateOf(widget) === 'error'), 'both previews waiting');
    const [french, english] = previews(view);
    expect(normalized(french!.shadowRoot!)).to.contain('L’aperçu s’affichera quand la configuration sera complète.').and.not.contain('required');
    expect(normalized(english!.shadowRoot!)).to.contain('The preview shows once the configuration is complete.');
    await expect(shell).to.be.accessible();
    fillRequiredSettings(view, { id: 'consultation', titleFr: 'Consultation', titleEn: 'Consultation', purposeFr: 'But', purposeEn: 'Purpose', recipientFr: 'Nous', recipientEn: 'Us' });
    await until(() => previews(view).every((widget) => stateOf(widget) === 'open'), 'both previews open once the settings are complete');
    expect(normalized(english!.shadowRoot!)).to.contain('What was the reason for your visit?');

    jsonToggle(view).click();
    const json = await untilElement(view, 'field-definition');
    expect((json as HTMLTextAreaElement).value).to.equal(JSON.stringify(surveyTemplate(), null, 2));
    jsonToggle(view).click();
    await untilElement(view, 'definition-form');
  });

  it('adds, moves and removes questions with the keyboard, focus following, and the JSON follows key for key', async () => {
    const { fake, shell, view } = await newSurvey();
    fillRequiredSettings(view, { id: 'consultation', titleFr: 'Consultation', titleEn: 'Consultation', purposeFr: 'But', purposeEn: 'Purpose', recipientFr: 'Nous', recipientEn: 'Us' });

    // A multiple-choice question at the end of the first page.
    choose(byId<HTMLSelectElement>(view, 'pages-0-questions-new-type'), 'multiple');
    await press(byId(view, 'pages-0-questions-add'));
    const label = await untilElement(view, 'pages-0-questions-2-label-fr');
    await untilFocused(label, 'the new question’s French label');
    typeInto(label as HTMLInputElement, 'Secteurs prioritaires');
    expect(byId<HTMLSelectElement>(view, 'pages-0-questions-2-type').value).to.equal('multiple');
    expect(byId(view, 'pages-0-questions-2-choices-0-fr').value).to.equal('Choix 1');

    // Moved up twice: it becomes question 1; focus stays on its button, then on "down" at the top.
    await press(byId(view, 'pages-0-questions-2-up'));
    await untilFocused(byId(view, 'pages-0-questions-1-up'), 'the moved question’s "up" button');
    await untilText(liveRegion(shell), 'est maintenant en position 2 sur 3');
    await sendKeys({ press: 'Enter' });
    await untilFocused(byId(view, 'pages-0-questions-0-down'), 'its "down" button once at the top');
    expect(byId(view, 'pages-0-questions-0-label-fr').value).to.equal('Secteurs prioritaires');
    await expect(shell).to.be.accessible();

    // Its English label left empty: named by question in the summary, after a save attempt.
    typeInto(byId(view, 'pages-0-questions-0-label-en'), '');
    await until(() => byId(view, 'pages-0-questions-0-label-en').getAttribute('aria-invalid') === 'true', 'the field marked');
    buttonNamed(view, 'Créer le brouillon').click();
    const summary = await untilElement(view, 'error-summary');
    await untilText(summary, 'Question 1 «\u00a0Secteurs prioritaires\u00a0», libellé en anglais\u00a0: ne doit pas être vide');
    const link = [...summary.querySelectorAll('a')].find((candidate) => candidate.getAttribute('href') === '#pages-0-questions-0-label-en');
    expect(link, 'a link to the English label').to.exist;
    await expect(shell).to.be.accessible();
    typeInto(byId(view, 'pages-0-questions-0-label-en'), 'Priority sectors');

    // Removing the last question of the page (satisfaction): focus goes to the one before it.
    await press(byId(view, 'pages-0-questions-2-remove'));
    await untilFocused(byId(view, 'pages-0-questions-1-remove'), 'the question before it');
    await untilText(liveRegion(shell), 'retiré');

    jsonToggle(view).click();
    const json = JSON.parse(((await untilElement(view, 'field-definition')) as HTMLTextAreaElement).value);
    const expected = surveyTemplate();
    expected.pages[0]!.questions = [
      {
        id: 'question-1',
        type: 'multiple',
        label: { fr: 'Secteurs prioritaires', en: 'Priority sectors' },
        required: false,
        choices: [1, 2, 3].map((n) => ({ id: `choix-${n}`, label: { fr: `Choix ${n}`, en: `Choice ${n}` } })),
        other: false,
        otherCounts: true,
      },
      expected.pages[0]!.questions[0]!,
    ];
    expect(json).to.deep.equal(expected);
    // The template's follow-up now depends on a question that left: named in the console's words.
    buttonNamed(view, 'Créer le brouillon').click();
    await untilText(view, 'Question 3 «\u00a0Que pourrions-nous améliorer\u202f?\u00a0», condition d’affichage\u00a0: renvoie à «\u00a0satisfaction\u00a0»');
    expect(fake.requests.some((request) => request.method === 'POST')).to.equal(false);
    expect(deepActiveElement()?.id).to.equal('error-summary');
  });

  it('sets a condition on an earlier answer and words problems in English when the console is in English', async () => {
    const { shell, view } = await newSurvey();
    shellButton(shell, 'English').click();
    await untilText(view, 'Survey settings');
    // "Recommend" shows only to those who gave reason "demande".
    choose(byId<HTMLSelectElement>(view, 'pages-1-questions-1-showIf'), 'when');
    await untilElement(view, 'pages-1-questions-1-showIf-question');
    choose(byId<HTMLSelectElement>(view, 'pages-1-questions-1-showIf-question'), 'raison');
    await until(() => byId<HTMLSelectElement>(view, 'pages-1-questions-1-showIf-test').value === 'answered', 'the test reset');
    choose(byId<HTMLSelectElement>(view, 'pages-1-questions-1-showIf-test'), 'equals');
    const value = await untilElement(view, 'pages-1-questions-1-showIf-equals');
    choose(value as HTMLSelectElement, 'demande');
    await expect(shell).to.be.accessible();
    control<HTMLInputElement>(view, 'Edit the definition as JSON (advanced)').click();
    const json = JSON.parse(((await untilElement(view, 'field-definition')) as HTMLTextAreaElement).value);
    expect(json.pages[1].questions[1].showIf).to.deep.equal({ question: 'raison', equals: 'demande' });

    // In the JSON view too, an issue is named by its question, in the console's language.
    const broken = { ...json };
    broken.pages[0].questions[1].label = { fr: 'Satisfaction', en: '' };
    typeInto(byId<HTMLTextAreaElement>(view, 'field-definition'), JSON.stringify(broken, null, 2));
    const issues = await untilElement(view, 'field-definition-issues');
    await untilText(issues, 'Question 2 “satisfaction”, English label: must not be empty');
    // A JSON mistake says where it is.
    typeInto(byId<HTMLTextAreaElement>(view, 'field-definition'), '{\n  "pages": [],\n}');
    await until(() => /line 3/.test(normalized(view.getElementById('field-definition-issues') ?? view)), 'the line of the mistake');
    await expect(shell).to.be.accessible();
  });
});
