import { expect } from '@open-wc/testing';
import { demoOrganisation } from '@participe/core/fixtures';
import type { StaffInitiative } from '@participe/core/schemas';
import { petitionExample } from '@participe/petition/manifest';
import { demoAdmin, fakeStaffApi } from './fake-staff-api.js';
import { buttonNamed, choose, control, resetPage, signedIn, typeInto, until, untilElement, untilText, viewNamed } from './helpers.js';

afterEach(resetPage);

function staffInitiative(): StaffInitiative {
  const { organisation: _o, status: _s, resultsPublished: _r, ...settings } = petitionExample;
  return { settings, organisation: demoOrganisation, status: 'open', availability: 'open', resultsPublished: true, contributionCount: 0, createdAt: '2026-01-05T14:00:00Z', updatedAt: '2026-01-05T14:00:00Z' };
}

const quarantined = (n: number, name: string, reasons: string[]) => ({
  id: `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name,
  postalPrefix: 'H2X',
  emailDomain: 'example.ca',
  reasons,
  signedAt: '2026-03-02T10:00:00Z',
});

function petitionApi() {
  return fakeStaffApi({
    accounts: [demoAdmin],
    initiatives: [staffInitiative()],
    petition: {
      regions: [
        { region: 'G5A', signatures: 40 },
        { region: 'H2X', signatures: 12 },
      ],
      pending: 3,
      quarantine: [quarantined(1, 'Lot Un', ['many-from-one-network']), quarantined(2, 'www.spam.example', ['unusual-name'])],
      outbox: [
        {
          id: '30000000-0000-4000-8000-000000000001',
          kind: 'petition.confirm',
          recipient: 'jeanne@example.ca',
          subject: 'Confirmez votre signature : Des pistes cyclables',
          body: 'Bonjour,\n\nhttp://localhost:4173/petition.html#petition-confirm=abc',
          language: 'fr',
          createdAt: '2026-03-02T10:00:00.000Z',
          sentAt: '2026-03-02T10:00:01.000Z',
          transport: 'log',
          failedAt: null,
          attempts: 1,
          lastError: null,
        },
      ],
    },
  });
}

describe('petition in the console', () => {
  it('shows counts by region, reviews the quarantine in bulk, and lists the outbox', async () => {
    const fake = petitionApi();
    const shell = await signedIn(fake, `/initiatives/${petitionExample.id}/signatures`);
    const view = await viewNamed(shell, 'Signatures');
    await untilText(view, '52 comptées, 3 en attente de confirmation, 2 en quarantaine.');
    expect(view.textContent).to.contain('jeanne@example.ca');
    expect(view.textContent).to.contain('#petition-confirm=abc');
    expect(view.textContent).to.contain('Nom inhabituel');
    await expect(shell).to.be.accessible();

    view.querySelector<HTMLInputElement>('input[aria-label="Choisir la signature de Lot Un"]')!.click();
    buttonNamed(view, 'Valider la sélection').click();
    await untilText(view, '1 signature traitée.');
    await untilText(view, '53 comptées');
    const review = fake.requests.find((request) => request.url.pathname.endsWith('/signatures/review'))!;
    expect(review.body).to.deep.equal({ ids: [quarantined(1, '', []).id], decision: 'validate' });
    expect(view.querySelector('input[aria-label="Choisir la signature de Lot Un"]')).to.equal(null);
    await expect(shell).to.be.accessible();
  });

  it('publishes the official response in both languages', async () => {
    const fake = petitionApi();
    const shell = await signedIn(fake, `/initiatives/${petitionExample.id}/response`);
    const view = await viewNamed(shell, 'Réponse officielle');
    await until(() => !!view.querySelector('textarea'), 'the form');
    await expect(shell).to.be.accessible();
    buttonNamed(view, 'Publier la réponse').click();
    await untilText(view, 'Écrivez la réponse dans les deux langues.');
    typeInto(control<HTMLTextAreaElement>(view, 'Réponse en français'), 'Le Ministère aménagera les pistes en 2027.');
    typeInto(control<HTMLTextAreaElement>(view, 'Réponse en anglais'), 'The Ministry will build the lanes in 2027.');
    buttonNamed(view, 'Publier la réponse').click();
    await untilText(view, 'Réponse publiée.');
    const saved = fake.requests.find((request) => request.method === 'PUT')!;
    expect((saved.body as { definition: { response: { text: unknown } } }).definition.response.text).to.deep.equal({
      fr: 'Le Ministère aménagera les pistes en 2027.',
      en: 'The Ministry will build the lanes in 2027.',
    });
  });

  it('edits the definition with a form: the hand-off address only in hand-off mode', async () => {
    const shell = await signedIn(petitionApi(), '/new-initiative');
    const view = await viewNamed(shell, 'Nouvelle initiative');
    choose(control<HTMLSelectElement>(view, 'Type d’initiative'), 'petition');
    await untilElement(view, 'definition-mode');
    expect(control<HTMLInputElement>(view, 'Seuil de signatures').value).to.equal('1000');
    expect(view.getElementById('definition-handOffUrl')).to.equal(null);
    await expect(shell).to.be.accessible();
    choose(control<HTMLSelectElement>(view, 'Où la pétition se signe'), 'hand-off');
    await untilElement(view, 'definition-handOffUrl');
    expect(view.getElementById('definition-challengeRange')).to.equal(null);
    typeInto(control<HTMLInputElement>(view, 'Adresse où signer'), 'https://www.assnat.qc.ca/petition');
    await expect(shell).to.be.accessible();
  });
});
