import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demoOrganisation } from '@participe/core/fixtures';
import type { StaffContribution, StaffInitiative } from '@participe/core/schemas';
import { ideaBoardExample } from '@participe/idea-board/manifest';
import { contribution, demoAdmin, fakeStaffApi, type FakeAccount } from './fake-staff-api.js';
import { buttonNamed, control, liveRegion, normalized, resetPage, shellButton, signedIn, typeInto, until, untilFocused, untilText, viewNamed } from './helpers.js';

afterEach(resetPage);

const editor: FakeAccount = { ...demoAdmin, email: 'edition@ministere-demo.example', role: 'editor' };
const analyst: FakeAccount = { ...demoAdmin, email: 'analyse@ministere-demo.example', role: 'analyst' };

const { organisation: _o, status: _s, resultsPublished: _r, ...boardSettings } = ideaBoardExample;
const board: StaffInitiative = { settings: boardSettings, organisation: demoOrganisation, status: 'closed', availability: 'closed', resultsPublished: false, contributionCount: 0, createdAt: '2026-01-05T14:00:00Z', updatedAt: '2026-01-05T14:00:00Z' };
const answeredIdea: StaffContribution = contribution(1, {
  initiative: ideaBoardExample.id,
  payload: { title: 'Afficher les heures', description: 'Partout.', category: 'en-ligne' },
  response: { status: 'accepted', text: { fr: 'Fait.', en: 'Done.' }, duplicateOf: null, respondedAt: '2026-03-01T12:00:00Z' },
});

describe('"you said, we did" in the console', () => {
  it('writes the report in both languages, dates it, cites themes and answers, and publishes the figures', async () => {
    const fake = fakeStaffApi({ accounts: [demoAdmin], initiatives: [board], contributions: [answeredIdea, contribution(2, { initiative: ideaBoardExample.id, payload: { title: 'Sans réponse', description: '…', category: 'en-ligne' } })] });
    fake.analysis.themes.set(ideaBoardExample.id, [{ id: '00000000-0000-4000-a000-000000000099', name: { fr: 'Heures', en: 'Hours' }, colour: null, counts: {} }]);
    const shell = await signedIn(fake, `/initiatives/${ideaBoardExample.id}/report`);
    const view = await viewNamed(shell, 'Vous avez parlé, nous avons écouté');
    await untilText(view, 'Afficher les heures');
    expect(normalized(view)).not.to.contain('Sans réponse');
    await expect(shell).to.be.accessible();

    // Half written, with a publication day: every missing text is named, focus on the first.
    typeInto(control<HTMLTextAreaElement>(view, 'Ce que nous avons entendu (français)'), 'Les heures manquaient.');
    typeInto(control(view, 'Publier le rapport le'), '2026-04-01');
    buttonNamed(view, 'Enregistrer').click();
    await untilFocused(control<HTMLTextAreaElement>(view, 'Ce que nous avons entendu (anglais)'), 'focus on the first missing text');
    expect(view.querySelectorAll('[aria-invalid="true"]')).to.have.length(5);
    expect(fake.requests.some((request) => request.method === 'PUT')).to.equal(false);
    await expect(shell).to.be.accessible();

    for (const [label, value] of [
      ['Ce que nous avons entendu (anglais)', 'Opening hours were missing.'],
      ['Ce que nous avons décidé (français)', 'Nous les affichons.'],
      ['Ce que nous avons décidé (anglais)', 'We show them.'],
      ['Ce qui change, et quand (français)', 'En avril.'],
      ['Ce qui change, et quand (anglais)', 'In April.'],
    ] as const) {
      typeInto(control<HTMLTextAreaElement>(view, label), value);
    }
    typeInto(control(view, 'Publication promise au plus tard le'), '2026-03-31');
    control(view, 'Heures (0)').click();
    control(view, 'Afficher les heures').click();
    control(view, 'Publier les chiffres de l’initiative en données ouvertes (licence CC BY 4.0)').click();
    await untilText(view, 'figures.csv');
    buttonNamed(view, 'Enregistrer').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => liveRegion(shell).textContent === 'Rapport enregistré.', 'the save to be announced');
    expect(fake.reports.get(ideaBoardExample.id)).to.deep.equal({
      text: {
        heard: { fr: 'Les heures manquaient.', en: 'Opening hours were missing.' },
        decided: { fr: 'Nous les affichons.', en: 'We show them.' },
        changes: { fr: 'En avril.', en: 'In April.' },
      },
      expectedBy: '2026-03-31',
      publishOn: '2026-04-01',
      themes: ['00000000-0000-4000-a000-000000000099'],
      answers: [answeredIdea.id],
      figuresPublished: true,
    });
    const links = [...view.querySelectorAll<HTMLAnchorElement>('ul a')].map((a) => a.href);
    expect(links).to.deep.equal([`https://collector.test/v1/open-data/initiatives/${ideaBoardExample.id}/figures.json`, `https://collector.test/v1/open-data/initiatives/${ideaBoardExample.id}/figures.csv`]);
    await expect(shell).to.be.accessible();

    shellButton(shell, 'English').click();
    await untilText(view, 'What we heard (English)');
    await expect(shell).to.be.accessible();
  });

  it('is for editors and administrators: an analyst is not offered it', async () => {
    const fake = fakeStaffApi({ accounts: [analyst], initiatives: [board] });
    const shell = await signedIn(fake, `/initiatives/${ideaBoardExample.id}/report`, analyst);
    await viewNamed(shell, /Accès non autorisé/);
    await expect(shell).to.be.accessible();
  });

  it('lets an editor write it without reading contributions', async () => {
    const fake = fakeStaffApi({ accounts: [editor], initiatives: [board], contributions: [answeredIdea] });
    const shell = await signedIn(fake, `/initiatives/${ideaBoardExample.id}/report`, editor);
    const view = await viewNamed(shell, 'Vous avez parlé, nous avons écouté');
    await untilText(view, 'Cette initiative n’a pas encore de thèmes.');
    expect(normalized(view)).not.to.contain('Réponses officielles citées');
    expect(fake.requests.some((request) => request.url.pathname.endsWith('/contributions'))).to.equal(false);
    await expect(shell).to.be.accessible();
  });
});
