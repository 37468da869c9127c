// The new-initiative form offers every type the console registers (`src/types.ts`), each with its
// starter definition and its real widget previewed: a type joins the picker by registering, and
// `pnpm new:widget`'s test runs this file in a scratch copy holding the scaffolded type.
import { expect } from '@open-wc/testing';
import { stateOf } from '@participe/core/testing';
import { staffFacets } from '../src/type-registry.js';
import { fakeStaffApi } from './fake-staff-api.js';
import { choose, control, fillRequiredSettings, normalized, resetPage, shellButton, signedIn, until, untilElement, viewNamed } from './helpers.js';

afterEach(resetPage);

const options = (picker: HTMLSelectElement) => [...picker.options].map((option) => [option.value, normalized(option).trim()]);

describe('the type picker', () => {
  it('offers every registered type, in the registry’s order, named in the interface’s language', async () => {
    const shell = await signedIn(fakeStaffApi(), '/new-initiative');
    const form = await viewNamed(shell, 'Nouvelle initiative');
    const picker = control<HTMLSelectElement>(form, 'Type d’initiative');
    expect(options(picker)).to.deep.equal(staffFacets.map((facet) => [facet.manifest.type, facet.label('fr')]));

    shellButton(shell, 'English').click();
    const english = await viewNamed(shell, 'New initiative');
    await until(() => JSON.stringify(options(control<HTMLSelectElement>(english, 'Type of initiative'))) === JSON.stringify(staffFacets.map((facet) => [facet.manifest.type, facet.label('en')])), 'the English labels');
  });

  it('starts each type from its own template and previews its real widget in French and English', async () => {
    const shell = await signedIn(fakeStaffApi(), '/new-initiative');
    const form = await viewNamed(shell, 'Nouvelle initiative');
    fillRequiredSettings(form, {
      id: 'nouvelle-initiative',
      titleFr: 'Nouvelle initiative',
      titleEn: 'New initiative',
      purposeFr: 'Mieux vous servir.',
      purposeEn: 'Serve you better.',
      recipientFr: 'L’équipe Web.',
      recipientEn: 'The web team.',
    });
    for (const facet of staffFacets) {
      const { type, tag } = facet.manifest;
      choose(control<HTMLSelectElement>(form, 'Type d’initiative'), type);
      if (facet.definitionForm) {
        // A type with its own definition form shows it first; its template is compared as JSON.
        const asJson = (await untilElement(form, 'definition-as-json')) as HTMLInputElement;
        if (!asJson.checked) asJson.click();
        await untilElement(form, 'field-definition');
      }
      // Looked up at each try: the editor may draw a new text box for another type.
      await until(() => control<HTMLTextAreaElement>(form, 'Définition (JSON)').value === JSON.stringify(facet.definitionTemplate(), null, 2), `the ${type} template`);
      const previews = () => [...form.querySelectorAll(tag)];
      await until(() => previews().length === 2 && previews().every((preview) => stateOf(preview) === 'open'), `both ${type} previews open (now ${previews().map(stateOf).join(', ')})`);
      await expect(shell).to.be.accessible();
    }
  });
});
