import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { surveyExample } from '../src/manifest.js';
import type { SurveyInitiative, SurveyQuestion } from '../src/manifest.js';
import { untilState, until } from '@participe/core/testing';
import { inEnglish, storyCollector } from '../../../.storybook/collector.js';
import '../src/element/define.js';
import type { ParticipeSurvey } from '../src/element/survey.js';

const t = (fr: string, en: string) => ({ fr, en });
const option = (id: string, fr: string, en: string) => ({ id, label: t(fr, en) });
const initiatives = (initiative: SurveyInitiative) => ({ [initiative.id]: initiative });

/** The example with some of its definition changed. */
const example = (changes: Partial<SurveyInitiative> = {}, definition: Partial<SurveyInitiative['definition']> = {}): SurveyInitiative => ({
  ...surveyExample,
  ...changes,
  definition: { ...surveyExample.definition, ...definition },
});

/** A survey of one page holding the given questions: how each question type is shown. */
const single = (...questions: unknown[]): SurveyInitiative =>
  example({}, { review: false, onePerParticipant: false, pages: [{ id: 'page', title: t('Question', 'Question'), questions: questions as SurveyQuestion[] }] });

const meta: Meta = {
  title: 'Widgets/Survey',
  component: 'participe-survey',
  tags: ['autodocs'],
  parameters: { collector: { initiatives: initiatives(surveyExample) } },
  render: (_args, { id }) => html`<participe-survey initiative=${surveyExample.id} collector=${storyCollector(id)}></participe-survey>`,
};
export default meta;
type Story = StoryObj;

const widget = (canvasElement: HTMLElement) => canvasElement.querySelector<ParticipeSurvey>('participe-survey')!;
const $ = (element: ParticipeSurvey, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector)!;

async function opened(canvasElement: HTMLElement) {
  const element = widget(canvasElement);
  await untilState(element, 'open');
  await until(() => !!element.shadowRoot!.querySelector('.page-title'), 'the form');
  return element;
}
const next = (element: ParticipeSurvey) => userEvent.click($(element, 'button[type=submit]'));
const choose = (element: ParticipeSurvey, id: string) => userEvent.click($(element, `#${id}`));

/** A story per question type: its survey, and the state it shows in. */
const questionStory = (...questions: unknown[]): Story => ({ parameters: { state: 'open', collector: { initiatives: initiatives(single(...questions)) } } });

export const Loading: Story = { parameters: { state: 'loading', collector: { initiatives: initiatives(surveyExample), delayMs: Infinity } } };
export const LoadingEnglish = inEnglish(Loading);

/** The first page, with the privacy notice first because the survey asks for an email later. */
export const FirstPage: Story = { parameters: { state: 'open' } };
export const FirstPageEnglish = inEnglish(FirstPage);

export const MissingAnswers: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    await next(element);
    await until(() => !!element.shadowRoot!.querySelector('.error-summary'), 'the error summary');
  },
};
export const MissingAnswersEnglish = inEnglish(MissingAnswers);

/** Page 2 after a low rating: the follow-up question appears. */
export const ConditionalFollowUp: Story = {
  parameters: { state: 'open' },
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    await choose(element, 'q-frequence-mois');
    await choose(element, 'q-services-permis');
    await next(element);
    await until(() => !!element.shadowRoot!.querySelector('#q-satisfaction'), 'page 2');
    await choose(element, 'q-satisfaction-1');
    await until(() => !!element.shadowRoot!.querySelector('#q-problemes'), 'the follow-up');
  },
};
export const ConditionalFollowUpEnglish = inEnglish(ConditionalFollowUp);

export const Review: Story = {
  parameters: { state: 'open', collector: { initiatives: initiatives(example({}, { pages: [surveyExample.definition.pages[0]!] })) } },
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    await choose(element, 'q-frequence-annee');
    await choose(element, 'q-services-sante');
    await choose(element, 'q-services-other');
    await userEvent.type($(element, '#q-services-other-text'), 'Assurance parentale');
    await next(element);
    await until(() => $(element, '.page-title')?.textContent === 'Vérifiez vos réponses' || $(element, '.page-title')?.textContent === 'Check your answers', 'the review');
  },
};
export const ReviewEnglish = inEnglish(Review);

const sendFirstPage = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const element = await opened(canvasElement);
  await choose(element, 'q-frequence-jamais');
  await choose(element, 'q-services-impots');
  await next(element);
};
const onePage = example({}, { review: false, pages: [surveyExample.definition.pages[0]!] });

export const Submitted: Story = {
  parameters: { state: 'submitted', collector: { initiatives: initiatives(onePage) } },
  play: async (context) => {
    await sendFirstPage(context);
    await untilState(widget(context.canvasElement), 'submitted');
  },
};
export const SubmittedEnglish = inEnglish(Submitted);

export const Offline: Story = {
  parameters: { state: 'offline', collector: { initiatives: initiatives(onePage), submit: 'network-error' } },
  play: async (context) => {
    await sendFirstPage(context);
    await untilState(widget(context.canvasElement), 'offline');
  },
};
export const OfflineEnglish = inEnglish(Offline);

// "Download my answers" / "Delete my answers": once the collector acknowledged this browser's
// response, the privacy notice offers them. Each story answers first (that writes the participant
// id and the marks after the global loader emptied localStorage), then goes on by clicks; the fake
// keeps what it acknowledged, so it finds and deletes this participant's response.

/** Sends the one-page survey, then opens the privacy notice where the answers' actions now sit. */
async function withMyAnswers(context: { canvasElement: HTMLElement }) {
  await sendFirstPage(context);
  const element = widget(context.canvasElement);
  await untilState(element, 'submitted');
  const root = element.shadowRoot!;
  await until(() => root.querySelectorAll('.my-data button').length === 2, 'the answers’ actions');
  const details = root.querySelector<HTMLDetailsElement>('details.privacy');
  if (details && !details.open) await userEvent.click(details.querySelector('summary')!);
  return element;
}

/** Asks to delete: the confirmation replaces the two actions and takes focus. */
async function askToDelete(context: { canvasElement: HTMLElement }) {
  const element = await withMyAnswers(context);
  const root = element.shadowRoot!;
  await userEvent.click(root.querySelector('.my-data__delete button')!);
  await until(() => root.activeElement?.id === 'my-data-confirm', 'the confirmation, focused');
  return element;
}

export const MyAnswersOffered: Story = {
  parameters: { state: 'submitted', collector: { initiatives: initiatives(onePage) } },
  play: async (context) => void (await withMyAnswers(context)),
};
export const MyAnswersOfferedEnglish = inEnglish(MyAnswersOffered);

export const DeleteMyAnswersConfirmation: Story = {
  parameters: { state: 'submitted', collector: { initiatives: initiatives(onePage) } },
  play: async (context) => void (await askToDelete(context)),
};
export const DeleteMyAnswersConfirmationEnglish = inEnglish(DeleteMyAnswersConfirmation);

/** Deleted: the survey can be answered afresh, the status says so and has focus, the browser keeps nothing. */
export const MyAnswersDeleted: Story = {
  parameters: { state: 'open', collector: { initiatives: initiatives(onePage) } },
  play: async (context) => {
    const element = await askToDelete(context);
    const root = element.shadowRoot!;
    await userEvent.click(root.querySelector('.my-data [role="group"] button')!);
    await untilState(element, 'open');
    await until(() => root.activeElement?.classList.contains('status') === true, 'the message, focused');
    await expect(root.querySelector('.my-data')).toBeNull();
    // Nothing ties this browser to the deleted answers any more.
    await expect(Object.keys(localStorage).filter((key) => /^participe:(participant|contributed):/.test(key))).toEqual([]);
  },
};
export const MyAnswersDeletedEnglish = inEnglish(MyAnswersDeleted);

export const Closed: Story = { parameters: { state: 'closed', collector: { initiatives: initiatives(example({ status: 'closed', closesAt: '2026-06-30T23:59:59-04:00' })) } } };
export const ClosedEnglish = inEnglish(Closed);

export const Upcoming: Story = { parameters: { state: 'upcoming', collector: { initiatives: initiatives(example({ opensAt: '2099-03-01T09:00:00-05:00', closesAt: '2099-04-01T09:00:00-04:00' })) } } };
export const UpcomingEnglish = inEnglish(Upcoming);

const published = example({ status: 'closed', closesAt: '2026-06-30T23:59:59-04:00', resultsPublished: true });
/** Published results: a chart per question and the same figures as a table; free text is never shown. */
export const Results: Story = {
  parameters: {
    state: 'closed',
    collector: {
      initiatives: initiatives(published),
      results: {
        [published.id]: {
          initiative: published.id,
          type: 'survey',
          responses: 248,
          questions: [
            { question: 'frequence', kind: 'choices', answered: 248, counts: { semaine: 41, mois: 102, annee: 87, jamais: 18 } },
            { question: 'services', kind: 'choices', answered: 240, counts: { sante: 180, impots: 150, permis: 61, other: 12 } },
            { question: 'satisfaction', kind: 'numbers', answered: 246, mean: 3.6, median: 4, distribution: [1, 2, 3, 4, 5].map((value, index) => ({ value, count: [12, 25, 60, 91, 58][index]! })) },
            { question: 'problemes', kind: 'count-only', answered: 31 },
            { question: 'enonces', kind: 'matrix', answered: 240, counts: { trouver: { '1': 10, '2': 30, '3': 50, '4': 100, '5': 50 }, clair: { '1': 5, '2': 20, '3': 60, '4': 90, '5': 65 } } },
            { question: 'priorites', kind: 'ranking', answered: 230, averageRank: { mobile: 1.8, delais: 1.7, aide: 2.5 }, firstPlace: { mobile: 90, delais: 110, aide: 30 } },
          ],
        },
      },
    },
  },
  play: async ({ canvasElement }) => {
    const element = widget(canvasElement);
    await untilState(element, 'closed');
    await until(() => !!element.shadowRoot!.querySelector('.results'), 'the results');
  },
};
export const ResultsEnglish = inEnglish(Results);

export const CouldNotLoad: Story = { parameters: { state: 'error', collector: { initiatives: initiatives(surveyExample), unreachable: true } } };
export const CouldNotLoadEnglish = inEnglish(CouldNotLoad);

/** On a page whose origin the initiative does not allow: the citizen is told only that it is unavailable here. */
export const UnavailableHere: Story = { parameters: { state: 'error', collector: { initiatives: initiatives(surveyExample), otherOrigin: true } } };
export const UnavailableHereEnglish = inEnglish(UnavailableHere);

/** A definition with a mistake: the element names the field, for the webmaster. */
export const MalformedDefinition: Story = {
  parameters: { state: 'error' },
  render: () =>
    html`<participe-survey
      .preview=${example({}, { pages: [{ id: 'p', questions: [{ id: 'a', type: 'single', label: t('A', 'A'), required: false, other: false, choices: [option('x', 'X', 'X')], showIf: { question: 'z', answered: true } }] }] })}
    ></participe-survey>`,
};
export const MalformedDefinitionEnglish = inEnglish(MalformedDefinition);

// One story per question type.
const q = (id: string, type: string, fr: string, en: string, extra: Record<string, unknown> = {}) => ({ id, type, label: t(fr, en), required: false, ...extra });
const agree = [option('1', 'Pas d’accord', 'Disagree'), option('2', 'Neutre', 'Neutral'), option('3', 'D’accord', 'Agree')];

export const SingleChoiceWithOther = questionStory(
  q('canal', 'single', 'Comment nous avez-vous joints\u202f?', 'How did you reach us?', { required: true, other: true, choices: [option('web', 'Site Web', 'Website'), option('tel', 'Téléphone', 'Phone')] }),
);
export const SingleChoiceWithOtherEnglish = inEnglish(SingleChoiceWithOther);
export const MultipleChoice = questionStory(
  q('jours', 'multiple', 'Quels jours vous conviennent\u202f?', 'Which days suit you?', { min: 1, max: 2, other: true, choices: [option('lun', 'Lundi', 'Monday'), option('mer', 'Mercredi', 'Wednesday'), option('ven', 'Vendredi', 'Friday')] }),
);
export const MultipleChoiceEnglish = inEnglish(MultipleChoice);
export const ShortText = questionStory(q('mot', 'text', 'Un mot pour nous décrire', 'One word to describe us', { maxLength: 40 }));
export const ShortTextEnglish = inEnglish(ShortText);
export const LongText = questionStory(q('idee', 'long-text', 'Votre idée', 'Your idea', { maxLength: 1000, hint: t('N’inscrivez aucun renseignement personnel.', 'Do not include personal information.') }));
export const LongTextEnglish = inEnglish(LongText);
export const NumberQuestion = questionStory(q('km', 'number', 'Distance parcourue', 'Distance travelled', { min: 0, max: 500, integer: false, unit: t('km', 'km') }));
export const NumberQuestionEnglish = inEnglish(NumberQuestion);
export const Rating = questionStory(q('note', 'rating', 'Votre satisfaction', 'Your satisfaction', { min: 0, max: 10, minLabel: t('Pas du tout', 'Not at all'), maxLabel: t('Tout à fait', 'Completely') }));
export const RatingEnglish = inEnglish(Rating);
export const Likert = questionStory(q('simple', 'likert', 'Le formulaire est simple.', 'The form is simple.', { choices: agree }));
export const LikertEnglish = inEnglish(Likert);
export const YesNo = questionStory(q('revenir', 'yes-no', 'Reviendriez-vous\u202f?', 'Would you come back?', { required: true }));
export const YesNoEnglish = inEnglish(YesNo);
export const Ranking = questionStory(
  q('ordre', 'ranking', 'Classez ces priorités', 'Rank these priorities', { required: true, choices: [option('a', 'Accès', 'Access'), option('b', 'Délais', 'Delays'), option('c', 'Coûts', 'Costs')] }),
);
export const RankingEnglish = inEnglish(Ranking);
export const Matrix = questionStory(q('grille', 'matrix', 'Évaluez chaque aspect', 'Rate each aspect', { required: true, rows: [option('accueil', 'Accueil', 'Welcome'), option('attente', 'Attente', 'Waiting time')], columns: agree }));
export const MatrixEnglish = inEnglish(Matrix);
export const DateQuestion = questionStory(q('quand', 'date', 'Date de votre visite', 'Date of your visit', { min: '2026-01-01', max: '2026-12-31' }));
export const DateQuestionEnglish = inEnglish(DateQuestion);
export const EmailAndPostalCode = questionStory(q('courriel', 'email', 'Votre courriel', 'Your email', { required: true }), q('cp', 'postal-code', 'Votre code postal', 'Your postal code'));
export const EmailAndPostalCodeEnglish = inEnglish(EmailAndPostalCode);
export const Consent = questionStory(q('accord', 'consent', 'J’accepte d’être recontacté.', 'I agree to be contacted again.', { required: true }));
export const ConsentEnglish = inEnglish(Consent);
export const StaticText = questionStory(
  q('intro', 'static', 'Section 2 — Vos habitudes', 'Section 2 — Your habits', { heading: true, text: t('Les questions suivantes portent sur vos déplacements.', 'The next questions are about how you travel.') }),
  q('auto', 'yes-no', 'Avez-vous une voiture\u202f?', 'Do you own a car?'),
);
export const StaticTextEnglish = inEnglish(StaticText);

/** A closed question with its optional comment box ("Yes/no — why?"). */
export const ClosedQuestionWithComment = questionStory(
  q('tarif', 'yes-no', 'Le tarif est-il raisonnable\u202f?', 'Is the fee reasonable?', { required: true, comment: t('Pourquoi\u202f?', 'Why?') }),
  q('note', 'likert', 'Le formulaire est clair.', 'The form is clear.', { choices: agree, comment: t('Commentaire', 'Comment') }),
);
export const ClosedQuestionWithCommentEnglish = inEnglish(ClosedQuestionWithComment);

/** "Don't know" offered on a yes/no, a rating and a Likert scale. */
export const DontKnow = questionStory(
  q('revenir', 'yes-no', 'Reviendriez-vous\u202f?', 'Would you come back?', { unsure: true }),
  q('note', 'rating', 'Votre note', 'Your rating', { min: 1, max: 5, unsure: true }),
  q('clair', 'likert', 'Le formulaire est clair.', 'The form is clear.', { choices: agree, unsure: true }),
);
export const DontKnowEnglish = inEnglish(DontKnow);

/** "Choose three principles, and suggest others under Other": Other outside the count, as the hint says. */
export const OtherOutsideTheLimits = questionStory(
  q('principes', 'multiple', 'Choisissez trois principes', 'Choose three principles', {
    required: true,
    min: 3,
    max: 3,
    other: true,
    otherCounts: false,
    choices: [option('equite', 'Équité', 'Fairness'), option('transparence', 'Transparence', 'Transparency'), option('proximite', 'Proximité', 'Closeness'), option('sobriete', 'Sobriété', 'Restraint')],
  }),
);
export const OtherOutsideTheLimitsEnglish = inEnglish(OtherOutsideTheLimits);

/** While open, the survey says when it closes. */
export const ClosesOn: Story = { parameters: { state: 'open', collector: { initiatives: initiatives(example({ closesAt: '2099-03-31T21:00:00Z' })) } } };
export const ClosesOnEnglish = inEnglish(ClosesOn);
