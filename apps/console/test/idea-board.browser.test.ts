import { expect } from '@open-wc/testing';
import { demoOrganisation } from '@participe/core/fixtures';
import type { StaffContribution, StaffInitiative } from '@participe/core/schemas';
import { discussionExample, ideaBoardExample, type IdeaBoardInitiative } from '@participe/idea-board/manifest';
import { contribution, demoAdmin, fakeStaffApi, type FakeAccount } from './fake-staff-api.js';
import {
  buttonNamed,
  choose,
  control,
  fillRequiredSettings,
  linkNamed,
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

const moderator: FakeAccount = { ...demoAdmin, email: 'moderation@ministere-demo.example', role: 'moderator' };
const analyst: FakeAccount = { ...demoAdmin, email: 'analyste@ministere-demo.example', role: 'analyst' };

function staffInitiative(example: IdeaBoardInitiative): StaffInitiative {
  const { organisation: _o, status: _s, resultsPublished: _r, ...settings } = example;
  return { settings, organisation: demoOrganisation, status: 'open', availability: 'open', resultsPublished: false, contributionCount: 0, createdAt: '2026-01-05T14:00:00Z', updatedAt: '2026-01-05T14:00:00Z' };
}

const idea = (n: number, title: string, changes: Partial<StaffContribution> = {}) =>
  contribution(n, { initiative: ideaBoardExample.id, payload: { title, description: `${title}, en détail.`, category: 'en-ligne' }, ...changes });

function boardApi(account: FakeAccount = demoAdmin) {
  return fakeStaffApi({
    accounts: [account],
    initiatives: [staffInitiative(ideaBoardExample), staffInitiative(discussionExample)],
    contributions: [
      idea(1, 'Un seul compte', { moderationState: 'approved' }),
      idea(2, 'Une idée en attente', { moderationState: 'pending' }),
      idea(3, 'Une idée signalée', { moderationState: 'approved', hiddenAt: '2026-03-02T10:00:00Z', reports: { offensive: 2, spam: 1 } }),
      idea(4, 'Des lettres claires', { moderationState: 'approved' }),
      contribution(5, { initiative: discussionExample.id, payload: { text: 'Plus de passages le soir.', name: 'Léa', topic: 'frequence' } }),
    ],
    ideaVotes: { [idea(1, '').id]: { voters: 12, up: 12, down: 0, average: null }, [idea(4, '').id]: { voters: 3, up: 3, down: 0, average: null } },
  });
}

const queueOf = async (view: ShadowRoot) => {
  await until(() => !!view.querySelector('participe-moderation-queue')?.shadowRoot?.querySelector('h2'), 'the queue');
  return view.querySelector('participe-moderation-queue')!.shadowRoot!;
};

describe('idea board in the console', () => {
  it('edits the definition with a form, the JSON one step away, issues next to their fields', async () => {
    const fake = boardApi();
    const shell = await signedIn(fake, '/new-initiative');
    const view = await viewNamed(shell, 'Nouvelle initiative');
    choose(control<HTMLSelectElement>(view, 'Type d’initiative'), 'idea-board');
    await untilElement(view, 'definition-mode');
    expect(control<HTMLSelectElement>(view, 'Type de participation').value).to.equal('ideas');
    expect(view.getElementById('field-definition')).to.equal(null);
    await expect(shell).to.be.accessible();

    // A category through the form: the JSON follows.
    buttonNamed(view, 'Ajouter (Catégories d’idées)').click();
    await untilElement(view, 'categories-0-fr');
    typeInto(view.getElementById('categories-0-fr') as HTMLInputElement, 'Services en ligne');
    typeInto(view.getElementById('categories-0-en') as HTMLInputElement, 'Online services');
    typeInto(view.getElementById('categories-0-id') as HTMLInputElement, 'en-ligne');
    choose(control<HTMLSelectElement>(view, 'Votes'), 'stars');
    typeInto(control(view, 'Nombre maximal de votes par personne'), '5');
    const json = control<HTMLInputElement>(view, 'Modifier la définition en JSON (avancé)');
    json.click();
    await untilElement(view, 'field-definition');
    const definition = JSON.parse((view.getElementById('field-definition') as HTMLTextAreaElement).value);
    expect(definition).to.deep.include({ voteModel: 'stars', voteLimit: 5, categories: [{ id: 'en-ligne', label: { fr: 'Services en ligne', en: 'Online services' } }] });
    // The checkbox is drawn again with the JSON view: found again to go back.
    control<HTMLInputElement>(view, 'Modifier la définition en JSON (avancé)').click();
    await untilElement(view, 'definition-mode');

    // A mistake shows next to its field, and the summary links to it.
    typeInto(view.getElementById('categories-0-id') as HTMLInputElement, 'En Ligne');
    fillRequiredSettings(view, { id: 'idees-test', titleFr: 'Idées', titleEn: 'Ideas', purposeFr: 'But', purposeEn: 'Purpose', recipientFr: 'Nous', recipientEn: 'Us' });
    buttonNamed(view, 'Créer le brouillon').click();
    const summary = await untilElement(view, 'error-summary');
    await untilFocused(summary, 'the summary');
    expect(view.getElementById('categories-0-id')!.getAttribute('aria-invalid')).to.equal('true');
    const link = [...summary.querySelectorAll('a')].find((candidate) => candidate.getAttribute('href') === '#categories-0-id');
    expect(link, 'a summary link to the id field').to.exist;
    await expect(shell).to.be.accessible();
    typeInto(view.getElementById('categories-0-id') as HTMLInputElement, 'en-ligne');
    buttonNamed(view, 'Créer le brouillon').click();
    await until(() => fake.requests.some((request) => request.method === 'POST' && request.url.pathname === '/v1/staff/initiatives'), 'the creation');
    const created = fake.requests.find((request) => request.method === 'POST' && request.url.pathname === '/v1/staff/initiatives')!.body as { definition: unknown };
    expect(created.definition).to.deep.include({ mode: 'ideas', voteModel: 'stars', voteLimit: 5 });
  });

  it('moderates: approves, rejects with a reason the author reads, corrects a typo; focus moves on', async () => {
    const fake = boardApi(moderator);
    const shell = await signedIn(fake, `/initiatives/${ideaBoardExample.id}/moderation`, moderator);
    const view = await viewNamed(shell, 'Modération');
    const queue = await queueOf(view);
    await untilText(queue, '2 contributions à examiner');
    expect(normalized(queue)).to.contain('En attente de modération');
    expect(normalized(queue)).to.contain('Signalements\u00a0: publicité ou pourriel (1), propos offensants (2)');
    expect(document.title).to.contain('Modération');
    await expect(shell).to.be.accessible();

    // Approve the first (the newest): it leaves the queue, the next one gets focus.
    buttonNamed(queue, 'Approuver').click();
    await untilText(queue, '1 contribution à examiner');
    await untilText(liveRegion(shell), 'Contribution approuvée');
    await untilFocused(queue.querySelector('h3'), 'the next contribution');
    expect(normalized(queue)).not.to.contain('Une idée signalée');

    // Correct a typo in the one left, then reject it with a reason.
    buttonNamed(queue, 'Corriger').click();
    const title = await untilElement(queue, `queue-${idea(2, '').id}-fix-title`);
    await untilFocused(title);
    typeInto(title as HTMLInputElement, 'Une idée corrigée');
    buttonNamed(queue, 'Enregistrer la correction').click();
    await until(() => fake.requests.some((request) => request.method === 'PUT' && request.url.pathname.endsWith('/payload')), 'the correction');
    await untilText(queue, 'Une idée corrigée');
    buttonNamed(queue, 'Refuser').click();
    const reason = await untilElement(queue, `queue-${idea(2, '').id}-reason`);
    buttonNamed(queue, 'Refuser cette contribution').click();
    await until(() => reason.getAttribute('aria-invalid') === 'true', 'the reason asked');
    await expect(shell).to.be.accessible();
    typeInto(reason as HTMLTextAreaElement, 'Cette idée relève d’un autre ministère.');
    buttonNamed(queue, 'Refuser cette contribution').click();
    await untilText(queue, 'Rien à modérer pour le moment.');
    const rejection = fake.requests.find((request) => request.url.pathname.endsWith('/moderation') && (request.body as { state: string }).state === 'rejected')!;
    expect(rejection.body).to.deep.equal({ state: 'rejected', reason: 'Cette idée relève d’un autre ministère.' });
    await untilFocused(queue.getElementById('queue-title'), 'the queue heading');
  });

  it('lists its views on the initiative’s page for the roles that hold the permission only', async () => {
    const shell = await signedIn(boardApi(), `/initiatives/${ideaBoardExample.id}`);
    const view = await viewNamed(shell, 'Idées pour simplifier nos services');
    expect(linkNamed(view, 'Modération')).to.exist;
    expect(linkNamed(view, 'Réponses officielles')).to.exist;
    resetPage();
    const analystShell = await signedIn(boardApi(analyst), `/initiatives/${ideaBoardExample.id}`, analyst);
    const analystView = await viewNamed(analystShell, 'Idées pour simplifier nos services');
    expect([...analystView.querySelectorAll('a')].map((a) => a.textContent!.trim())).not.to.include('Modération');
  });

  it('publishes an official answer in both languages, and merges a duplicate into the idea kept', async () => {
    const fake = boardApi();
    const shell = await signedIn(fake, `/initiatives/${ideaBoardExample.id}/answers`);
    const view = await viewNamed(shell, 'Réponses officielles');
    await untilText(view, '2 idées publiées');
    const cards = [...view.querySelectorAll('.card')];
    expect(normalized(cards[0]!)).to.contain('Un seul compte');
    expect(normalized(cards[0]!)).to.contain('12 appuis');
    await expect(shell).to.be.accessible();

    const details = cards[0]!.querySelector('details')!;
    details.querySelector('summary')!.click();
    const form = details.querySelector('participe-official-response')!.shadowRoot!;
    await until(() => !!form.querySelector('select'), 'the answer form');
    choose(control<HTMLSelectElement>(form, 'Statut'), 'accepted');
    await until(() => !buttonNamed(form, 'Publier la réponse').hasAttribute('aria-disabled'), 'a status chosen');
    typeInto(control<HTMLTextAreaElement>(form, 'Réponse en français'), 'Nous le ferons en 2027.');
    buttonNamed(form, 'Publier la réponse').click();
    // Both languages or neither.
    await untilText(form, 'Écrivez la réponse dans les deux langues');
    await expect(shell).to.be.accessible();
    typeInto(control<HTMLTextAreaElement>(form, 'Réponse en anglais'), 'We will do it in 2027.');
    buttonNamed(form, 'Publier la réponse').click();
    await until(() => fake.requests.some((request) => request.method === 'PUT' && request.url.pathname.endsWith('/response')), 'the answer');
    const put = fake.requests.find((request) => request.method === 'PUT' && request.url.pathname.endsWith('/response'))!;
    expect(put.body).to.deep.equal({ status: 'accepted', text: { fr: 'Nous le ferons en 2027.', en: 'We will do it in 2027.' } });
    await untilText(liveRegion(shell), 'Réponse publiée.');

    // The second idea repeats the first: merged, votes and all.
    const second = [...view.querySelectorAll('.card')][1]!;
    second.querySelector('summary')!.click();
    const secondForm = second.querySelector('participe-official-response')!.shadowRoot!;
    await until(() => !!secondForm.querySelector('select'), 'the second form');
    choose(control<HTMLSelectElement>(secondForm, 'Statut'), 'duplicate');
    const kept = await untilElement(secondForm, `response-${idea(4, '').id}-duplicate`);
    choose(kept as HTMLSelectElement, idea(1, '').id);
    await until(() => !buttonNamed(secondForm, 'Publier la réponse').hasAttribute('aria-disabled'), 'a status chosen');
    buttonNamed(secondForm, 'Publier la réponse').click();
    await until(() => fake.requests.some((request) => request.url.pathname.endsWith('/merge')), 'the merge');
    expect(fake.requests.find((request) => request.url.pathname.endsWith('/merge'))!.body).to.deep.equal({ into: idea(1, '').id });
    await untilText(liveRegion(shell), 'Idées fusionnées');
  });

  it('shows a discussion’s threads with their counts, and posts on behalf of the organisation', async () => {
    const fake = boardApi();
    const shell = await signedIn(fake, `/initiatives/${discussionExample.id}/answers`);
    const view = await viewNamed(shell, 'Réponses officielles');
    await untilText(view, 'Commentaires par fil');
    expect(normalized(view.querySelector('table')!)).to.contain('Fréquence des passages');
    choose(control<HTMLSelectElement>(view, 'Fil'), 'tarifs');
    typeInto(control<HTMLTextAreaElement>(view, 'Texte'), 'Quels tarifs vous sembleraient justes ?');
    buttonNamed(view, 'Publier').click();
    await until(() => fake.requests.some((request) => request.method === 'POST' && request.url.pathname.endsWith('/contributions')), 'the post');
    const post = fake.requests.find((request) => request.method === 'POST' && request.url.pathname.endsWith('/contributions'))!.body as Record<string, unknown>;
    expect(post).to.deep.include({ channel: 'organisation', language: 'fr', payload: { text: 'Quels tarifs vous sembleraient justes ?', topic: 'tarifs' } });
    await untilText(liveRegion(shell), 'Publication de l’organisation publiée.');
    await expect(shell).to.be.accessible();
  });

  it('keys in an idea received on paper, checked by the board’s rules', async () => {
    const fake = boardApi();
    const shell = await signedIn(fake, `/initiatives/${ideaBoardExample.id}/paper-entry`);
    const view = await viewNamed(shell, 'Saisie papier ou téléphone');
    await untilText(view, 'Enregistrer la contribution');
    buttonNamed(view, 'Enregistrer la contribution').click();
    const summary = await untilElement(view, 'error-summary');
    await untilFocused(summary, 'the summary');
    expect(normalized(summary)).to.contain('Titre');
    await expect(shell).to.be.accessible();
    typeInto(control(view, 'Titre'), 'Des heures d’ouverture le samedi');
    typeInto(control<HTMLTextAreaElement>(view, 'Description'), 'Reçue par la poste.');
    choose(control<HTMLSelectElement>(view, 'Catégorie'), 'comptoirs');
    buttonNamed(view, 'Enregistrer la contribution').click();
    await untilElement(view, 'entry-saved');
    const post = fake.requests.find((request) => request.method === 'POST' && request.url.pathname.endsWith('/contributions'))!;
    expect((post.body as { payload: unknown }).payload).to.deep.equal({ title: 'Des heures d’ouverture le samedi', description: 'Reçue par la poste.', category: 'comptoirs' });
  });

  it('speaks English when the console does', async () => {
    const shell = await signedIn(boardApi(moderator), `/initiatives/${ideaBoardExample.id}/moderation`, moderator);
    await viewNamed(shell, 'Modération');
    shellButton(shell, 'English').click();
    const view = await viewNamed(shell, 'Moderation');
    const queue = await queueOf(view);
    await untilText(queue, '2 contributions to review');
    expect(buttonNamed(queue, 'Approve')).to.exist;
    await expect(shell).to.be.accessible();
  });
});
