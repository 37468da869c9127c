import { expect } from '@open-wc/testing';
import { demoOrganisation } from '@participe/core/fixtures';
import type { StaffContribution, StaffInitiative } from '@participe/core/schemas';
import { testimonialsExample } from '@participe/testimonials/manifest';
import { contribution, demoAdmin, fakeStaffApi, type FakeAccount } from './fake-staff-api.js';
import { buttonNamed, choose, control, fillRequiredSettings, liveRegion, normalized, resetPage, signedIn, typeInto, until, untilElement, untilFocused, untilText, viewNamed } from './helpers.js';

afterEach(resetPage);

const moderator: FakeAccount = { ...demoAdmin, email: 'moderation@ministere-demo.example', role: 'moderator' };

function staffInitiative(): StaffInitiative {
  const { organisation: _o, status: _s, resultsPublished: _r, ...settings } = testimonialsExample;
  return { settings, organisation: demoOrganisation, status: 'open', availability: 'open', resultsPublished: false, contributionCount: 0, createdAt: '2026-01-05T14:00:00Z', updatedAt: '2026-01-05T14:00:00Z' };
}

const story = (n: number, payload: Record<string, unknown>, changes: Partial<StaffContribution> = {}) =>
  contribution(n, { initiative: testimonialsExample.id, payload: { service: 'permis', visibility: 'public', ...payload }, ...changes });

function wallApi(account: FakeAccount = demoAdmin) {
  return fakeStaffApi({
    accounts: [account],
    initiatives: [staffInitiative()],
    contributions: [
      story(1, { text: 'Rappelez-moi au 418 555-0199, Jeanne Tremblay.', firstName: 'Jeanne', rating: 4 }, { moderationState: 'pending' }),
      story(2, { text: 'Très bon accueil au comptoir.', service: 'comptoirs', rating: 5 }, { moderationState: 'approved' }),
      story(3, { text: 'Pour le Ministère seulement.', service: 'comptoirs', rating: 2, visibility: 'ministry' }, { moderationState: 'approved' }),
    ],
  });
}

const queueOf = async (view: ShadowRoot) => {
  await until(() => !!view.querySelector('participe-moderation-queue')?.shadowRoot?.querySelector('h2'), 'the queue');
  return view.querySelector('participe-moderation-queue')!.shadowRoot!;
};

describe('testimonials in the console', () => {
  it('edits the definition with a form: services, rating, limits', async () => {
    const fake = wallApi();
    const shell = await signedIn(fake, '/new-initiative');
    const view = await viewNamed(shell, 'Nouvelle initiative');
    choose(control<HTMLSelectElement>(view, 'Type d’initiative'), 'testimonials');
    await untilElement(view, 'definition-rating');
    await expect(shell).to.be.accessible();
    typeInto(view.getElementById('services-0-fr') as HTMLInputElement, 'Permis de conduire');
    typeInto(view.getElementById('services-0-en') as HTMLInputElement, 'Driver’s licence');
    typeInto(view.getElementById('services-0-id') as HTMLInputElement, 'permis');
    (view.getElementById('definition-rating') as HTMLInputElement).click();
    typeInto(view.getElementById('definition-textMaxLength') as HTMLInputElement, '800');
    fillRequiredSettings(view, { id: 'temoignages-test', titleFr: 'Témoignages', titleEn: 'Testimonials', purposeFr: 'But', purposeEn: 'Purpose', recipientFr: 'Nous', recipientEn: 'Us' });
    buttonNamed(view, 'Créer le brouillon').click();
    await until(() => fake.requests.some((request) => request.method === 'POST' && request.url.pathname === '/v1/staff/initiatives'), 'the creation');
    const created = fake.requests.find((request) => request.method === 'POST' && request.url.pathname === '/v1/staff/initiatives')!.body as { definition: unknown };
    expect(created.definition).to.deep.equal({ services: [{ id: 'permis', label: { fr: 'Permis de conduire', en: 'Driver’s licence' } }], rating: false, textMaxLength: 800, reportThreshold: 3 });
  });

  it('moderates with the personal details flagged: corrects the public words, then approves', async () => {
    const fake = wallApi(moderator);
    const shell = await signedIn(fake, `/initiatives/${testimonialsExample.id}/testimonial-moderation`, moderator);
    const view = await viewNamed(shell, 'Modération');
    const queue = await queueOf(view);
    await untilText(queue, '1 contribution à examiner');
    expect(normalized(queue)).to.contain('Renseignements personnels repérés automatiquement\u00a0: numéro de téléphone');
    expect(normalized(queue)).to.contain('Publier sur cette page');
    await expect(shell).to.be.accessible();

    // Filtered by visibility: none kept for the Ministry awaits; back to all.
    choose(queue.getElementById('queue-filter-visibility') as HTMLSelectElement, 'ministry');
    await untilText(queue, 'Rien à modérer pour le moment.');
    expect(fake.requests.some((request) => request.url.searchParams.get('where') === 'visibility:ministry')).to.equal(true);
    choose(queue.getElementById('queue-filter-visibility') as HTMLSelectElement, '');
    await untilText(queue, '1 contribution à examiner');

    buttonNamed(queue, 'Corriger').click();
    const text = await untilElement(queue, `queue-${story(1, {}).id}-fix-text`);
    await untilFocused(text);
    typeInto(text as HTMLTextAreaElement, 'Rappelez-moi, s’il vous plaît.');
    typeInto(queue.getElementById(`queue-${story(1, {}).id}-fix-firstName`) as HTMLInputElement, '');
    buttonNamed(queue, 'Enregistrer la correction').click();
    await until(() => fake.requests.some((request) => request.method === 'PUT' && request.url.pathname.endsWith('/payload')), 'the correction');
    const correction = fake.requests.find((request) => request.method === 'PUT' && request.url.pathname.endsWith('/payload'))!.body as { payload: Record<string, unknown> };
    expect(correction.payload).to.deep.equal({ text: 'Rappelez-moi, s’il vous plaît.', service: 'permis', visibility: 'public', rating: 4 });
    await untilText(queue, 'Rappelez-moi, s’il vous plaît.');
    expect(normalized(queue)).not.to.contain('repérés automatiquement');
    buttonNamed(queue, 'Approuver').click();
    await untilText(queue, 'Rien à modérer pour le moment.');
    await untilText(liveRegion(shell), 'Contribution approuvée');
  });

  it('replies as the organisation in both languages with a change mark, beside the summary per service', async () => {
    const fake = wallApi();
    const shell = await signedIn(fake, `/initiatives/${testimonialsExample.id}/testimonial-replies`);
    const view = await viewNamed(shell, 'Réponses et suivi');
    await untilText(view, '1 témoignage publié');
    // The summary counts the "ministry only" one; the list does not show it.
    const summary = view.querySelector('table')!;
    expect(normalized(summary)).to.contain('Comptoirs de service 2 2 3,5');
    expect(normalized(view)).not.to.contain('Pour le Ministère seulement.');
    await expect(shell).to.be.accessible();

    const card = view.querySelector('.card')!;
    card.querySelector('summary')!.click();
    const form = card.querySelector('participe-official-response')!.shadowRoot!;
    await until(() => !!form.querySelector('select'), 'the reply form');
    choose(control<HTMLSelectElement>(form, 'Statut'), 'change-made');
    await until(() => !buttonNamed(form, 'Publier la réponse').hasAttribute('aria-disabled'), 'a status chosen');
    typeInto(control<HTMLTextAreaElement>(form, 'Réponse en français'), 'Nous avons ajouté un écran d’attente.');
    typeInto(control<HTMLTextAreaElement>(form, 'Réponse en anglais'), 'We added a waiting-time screen.');
    buttonNamed(form, 'Publier la réponse').click();
    await until(() => fake.requests.some((request) => request.method === 'PUT' && request.url.pathname.endsWith('/response')), 'the reply');
    const put = fake.requests.find((request) => request.method === 'PUT' && request.url.pathname.endsWith('/response'))!;
    expect(put.body).to.deep.equal({ status: 'change-made', text: { fr: 'Nous avons ajouté un écran d’attente.', en: 'We added a waiting-time screen.' } });
    await untilText(liveRegion(shell), 'Réponse publiée.');
  });
});
