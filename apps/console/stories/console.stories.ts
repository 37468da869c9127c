// The staff console's views, for designers to review beside the widgets: the real console against
// the fake staff API its tests use (in memory, reset for each story), signed in as an
// administrator, in French and English. One console per page (it routes by the page's hash), so
// these stories have no Docs page.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { surveyExample } from '@participe/survey/manifest';
import '../src/define.js';
import { COLLECTOR, contribution, demoAdmin, exampleInitiative, fakeStaffApi, serveStaffApi, type FakeStaffApiOptions } from '../test/fake-staff-api.js';

interface ConsoleStory {
  /** The console path the story opens. */
  path: string;
  /** Signed in as the demo administrator (the sign-in page otherwise). */
  signedIn?: boolean;
  /** What the fake staff API holds. */
  api?: FakeStaffApiOptions;
}

const { organisation: _organisation, status: _status, resultsPublished: _published, ...surveySettings } = surveyExample;

/** Two initiatives, a page feedback with answers and a survey, as an organisation would have them. */
const holdings = (): FakeStaffApiOptions => ({
  initiatives: [exampleInitiative({ contributionCount: 12, resultsPublished: true }), exampleInitiative({ settings: surveySettings, status: 'draft', availability: 'open' })],
  contributions: Array.from({ length: 12 }, (_, n) => contribution(n + 1)),
});

let restore: (() => void) | undefined;

const meta: Meta = {
  title: 'Console/Views',
  tags: ['!autodocs'],
  loaders: [
    async ({ parameters, globals }) => {
      const story = parameters['console'] as ConsoleStory;
      restore?.();
      const fake = fakeStaffApi(story.api ?? holdings());
      restore = serveStaffApi(fake);
      sessionStorage.clear();
      localStorage.setItem('participe-console:language', globals['locale'] === 'en' ? 'en' : 'fr');
      if (story.signedIn !== false) {
        const session = fake.sessionFor(demoAdmin);
        sessionStorage.setItem('participe-console:session', JSON.stringify({ token: session.token, expiresAt: session.expiresAt }));
      }
      history.replaceState(null, '', `${location.pathname}${location.search}#${story.path}`);
      return {};
    },
  ],
  render: () => html`<participe-console collector=${COLLECTOR}></participe-console>`,
};
export default meta;

type Story = StoryObj;
const english = (story: Story, heading: string): Story => ({ ...story, globals: { locale: 'en' }, parameters: { ...story.parameters, heading } });

export const SignIn: Story = { parameters: { console: { path: '/initiatives', signedIn: false }, heading: 'Connexion' } };
export const SignInEnglish = english(SignIn, 'Sign in');

export const Initiatives: Story = { parameters: { console: { path: '/initiatives' }, heading: 'Initiatives' } };
export const InitiativesEnglish = english(Initiatives, 'Initiatives');

export const Initiative: Story = { parameters: { console: { path: '/initiatives/retroaction-pages' }, heading: 'Rétroaction sur les pages' } };
export const InitiativeEnglish = english(Initiative, 'Page feedback');

export const NewInitiative: Story = { parameters: { console: { path: '/new-initiative' }, heading: 'Nouvelle initiative' } };
export const NewInitiativeEnglish = english(NewInitiative, 'New initiative');

export const Contributions: Story = { parameters: { console: { path: '/initiatives/retroaction-pages/contributions' }, heading: 'Contributions' } };
export const ContributionsEnglish = english(Contributions, 'Contributions');

export const Results: Story = { parameters: { console: { path: '/initiatives/retroaction-pages/results' }, heading: 'Résultats' } };
export const ResultsEnglish = english(Results, 'Results');
