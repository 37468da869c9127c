import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until, untilState } from '@participe/core/testing';
import type { ParticipeSurvey } from '../src/element/survey.js';
import { $, $$, buttonNamed, cleanUp, focused, mount, next, root, surveyOf, text, type } from './helpers.js';

afterEach(cleanUp);

const label = (fr: string, en = fr) => ({ fr, en });
const choice = (id: string, fr: string, en = fr) => ({ id, label: label(fr, en) });
const q = (id: string, type: string, extra: Record<string, unknown> = {}) => ({ id, type, label: label(`Question ${id}`, `Question ${id}`), required: false, ...extra });

/** Mounts a one-question survey, waits for it, and checks it with axe. */
async function open(question: Record<string, unknown>, lang = 'fr') {
  const mounted = await mount(surveyOf([question]), { lang });
  await untilState(mounted.element, 'open');
  await until(() => !!$(mounted.element, `#q-${question.id as string}`), 'the question');
  await expect(mounted.element).to.be.accessible();
  return mounted;
}

/** Sends the one-page survey and returns what reached the collector, or the error shown. */
async function send(element: ParticipeSurvey, fake: Awaited<ReturnType<typeof open>>['fake']) {
  await next(element);
  await until(() => fake.contributions.length > 0 || !!element.shadowRoot!.querySelector('.error-summary'), 'an outcome');
  return fake.contributions[0] ? (fake.contributions[0].payload as { answers: Record<string, unknown> }).answers : undefined;
}

describe('question types', () => {
  it('single choice, with "Other (specify)" and its own text field', async () => {
    const { element, fake } = await open(q('a', 'single', { required: true, other: true, choices: [choice('x', 'Ex'), choice('y', 'Why')] }));
    $(element, '#q-a-x').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' }); // to "Autre (précisez)"
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#q-a-other').checked).to.equal(true);
    const details = $<HTMLInputElement>(element, '#q-a-other-text');
    expect(text($(element, 'label[for=q-a-other-text]'))).to.contain('Précisez');
    await expect(element).to.be.accessible();
    // "Other" without details is refused with the same message as on multiple choice, never dropped.
    expect(await send(element, fake)).to.equal(undefined);
    expect($(element, '#q-a-error').textContent).to.contain('Précisez votre réponse «\u00a0Autre\u00a0».');
    details.focus();
    await sendKeys({ type: 'Par courrier' });
    expect(await send(element, fake)).to.deep.equal({ a: { other: 'Par courrier' } });
  });

  it('multiple choice, with min and max said in the hint and checked', async () => {
    const { element, fake } = await open(q('a', 'multiple', { min: 2, max: 2, choices: [choice('x', 'Ex'), choice('y', 'Why'), choice('z', 'Zed')] }));
    expect($(element, '#q-a-hint').textContent).to.contain('Choisissez 2 réponses.');
    $(element, '#q-a-x').focus();
    await sendKeys({ press: 'Space' });
    await send(element, fake);
    expect($(element, '#q-a-error').textContent).to.contain('Choisissez au moins 2 réponses.');
    await expect(element).to.be.accessible();
    $<HTMLInputElement>(element, '#q-a-y').click();
    $<HTMLInputElement>(element, '#q-a-z').click();
    await element.updateComplete;
    await send(element, fake);
    expect($(element, '#q-a-error').textContent).to.contain('Choisissez au plus 2 réponses.');
    $<HTMLInputElement>(element, '#q-a-z').click();
    expect(await send(element, fake)).to.deep.equal({ a: { choices: ['x', 'y'] } });
  });

  it('single choice not required: "Other" chosen and left blank is refused, not dropped', async () => {
    const { element, fake } = await open(q('a', 'single', { other: true, choices: [choice('x', 'Ex'), choice('y', 'Why')] }));
    $<HTMLInputElement>(element, '#q-a-other').click();
    await element.updateComplete;
    await type(element, '#q-a-other-text', '   ');
    expect(await send(element, fake)).to.equal(undefined);
    expect($(element, '#q-a-error').textContent).to.contain('Précisez votre réponse «\u00a0Autre\u00a0».');
    await expect(element).to.be.accessible();
  });

  it('multiple choice where "Other" does not count toward the limits: three principles and a suggestion, the hint says so', async () => {
    const principles = [choice('a1', 'Équité'), choice('a2', 'Transparence'), choice('a3', 'Sobriété'), choice('a4', 'Proximité')];
    const { element, fake } = await open(q('p', 'multiple', { min: 3, max: 3, other: true, otherCounts: false, choices: principles }));
    expect($(element, '#q-p-hint').textContent).to.contain('Choisissez 3 réponses. Une réponse «\u00a0Autre\u00a0» ne compte pas dans ce nombre.');
    for (const id of ['a1', 'a2', 'a3', 'other']) $<HTMLInputElement>(element, `#q-p-${id}`).click();
    await element.updateComplete;
    await type(element, '#q-p-other-text', 'Sécurité');
    expect(await send(element, fake)).to.deep.equal({ p: { choices: ['a1', 'a2', 'a3'], other: 'Sécurité' } });
  });

  it('multiple choice where "Other" counts: the hint says so, and three plus Other is too many', async () => {
    const { element, fake } = await open(q('p', 'multiple', { max: 3, other: true, otherCounts: true, choices: [choice('a1', 'A'), choice('a2', 'B'), choice('a3', 'C')] }), 'en');
    expect($(element, '#q-p-hint').textContent).to.contain('Choose at most 3 answers. An "Other" answer counts toward this number.');
    for (const id of ['a1', 'a2', 'a3', 'other']) $<HTMLInputElement>(element, `#q-p-${id}`).click();
    await element.updateComplete;
    await type(element, '#q-p-other-text', 'D');
    expect(await send(element, fake)).to.equal(undefined);
    expect($(element, '#q-p-error').textContent).to.contain('Choose at most 3 answers.');
  });

  it('a closed question with an optional comment box: the comment is sent beside the answer, and shown in the review', async () => {
    const question = q('accord', 'yes-no', { comment: label('Pourquoi\u202f?', 'Why?') });
    const mounted = await mount(surveyOf([question], { review: true }));
    const { element, fake } = mounted;
    await untilState(element, 'open');
    await until(() => !!$(element, '#q-accord-comment'), 'the comment box');
    expect(text($(element, 'label[for=q-accord-comment]'))).to.contain('Pourquoi').and.contain('facultatif');
    await expect(element).to.be.accessible();
    $<HTMLInputElement>(element, '#q-accord-false').click();
    await element.updateComplete;
    const box = $<HTMLTextAreaElement>(element, '#q-accord-comment');
    box.focus();
    await sendKeys({ type: 'Trop cher.' });
    await next(element);
    await until(() => !!root(element).querySelector('.review__comment'), 'the review');
    expect(text($(element, '.review__comment'))).to.contain('Pourquoi').and.contain('Trop cher.');
    await expect(element).to.be.accessible();
    buttonNamed(element, 'Envoyer mes réponses').click();
    await until(() => fake.contributions.length > 0, 'the response');
    expect(fake.contributions[0]!.payload).to.deep.equal({ answers: { accord: false }, comments: { accord: 'Trop cher.' } });
  });

  it('"Don’t know" on a yes/no and a rating where offered, sent as "unsure"', async () => {
    const mounted = await mount(surveyOf([q('a', 'yes-no', { unsure: true }), q('b', 'rating', { min: 1, max: 5, unsure: true })]));
    const { element, fake } = mounted;
    await untilState(element, 'open');
    await until(() => !!$(element, '#q-a-unsure'), 'the "Don’t know" choice');
    expect(text($(element, 'label[for=q-a-unsure]'))).to.contain('Je ne sais pas');
    await expect(element).to.be.accessible();
    $<HTMLInputElement>(element, '#q-a-unsure').click();
    $<HTMLInputElement>(element, '#q-b-unsure').click();
    await element.updateComplete;
    expect(await send(element, fake)).to.deep.equal({ a: 'unsure', b: 'unsure' });
  });

  it('short text with a remaining-characters counter announced politely when typing pauses', async () => {
    const { element, fake } = await open(q('a', 'text', { maxLength: 10 }));
    $(element, '#q-a-input').focus();
    await sendKeys({ type: 'Bonjour' });
    expect($(element, '#q-a-input-counter').textContent).to.equal('3 caractères restants');
    expect($(element, '#q-a-input').getAttribute('aria-describedby')).to.contain('q-a-input-counter');
    await until(() => text($(element, '[aria-live=polite]')).includes('3 caractères restants'), 'the announcement');
    await sendKeys({ type: ' à tous' });
    expect($(element, '#q-a-input-counter').textContent).to.equal('4 caractères de trop');
    await send(element, fake);
    expect($(element, '#q-a-input-error').textContent).to.contain('dépasse 10 caractères');
    await expect(element).to.be.accessible();
  });

  it('long text in English', async () => {
    const { element, fake } = await open(q('a', 'long-text', { maxLength: 2000 }), 'en');
    expect($(element, '#q-a-input').localName).to.equal('textarea');
    expect($(element, '#q-a-input-counter').textContent).to.equal('2,000 characters remaining');
    await type(element, '#q-a-input', 'Line one\nLine two');
    expect(await send(element, fake)).to.deep.equal({ a: 'Line one\nLine two' });
  });

  it('number read the French way, bounds in the hint and checked', async () => {
    const { element, fake } = await open(q('a', 'number', { min: 0, max: 1000, integer: false, unit: label('km') }));
    expect($(element, '#q-a-input-hint').textContent).to.contain('Entre 0 et 1\u00a0000.');
    expect($(element, '#q-a-input').getAttribute('inputmode')).to.equal('decimal');
    await type(element, '#q-a-input', 'douze');
    await send(element, fake);
    expect($(element, '#q-a-input-error').textContent).to.contain('Entrez un nombre.');
    await type(element, '#q-a-input', '1 200');
    await send(element, fake);
    expect($(element, '#q-a-input-error').textContent).to.contain('au plus 1\u00a0000');
    await type(element, '#q-a-input', '12,5');
    expect(await send(element, fake)).to.deep.equal({ a: 12.5 });
  });

  it('rating as a row of radio buttons, its ends named', async () => {
    const { element, fake } = await open(q('a', 'rating', { min: 0, max: 10, minLabel: label('Pas du tout'), maxLabel: label('Tout à fait') }));
    expect($$(element, '#q-a input[type=radio]')).to.have.length(11);
    expect($(element, '#q-a-hint').textContent).to.contain('De 0 (Pas du tout) à 10 (Tout à fait).');
    $(element, '#q-a-0').focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(await send(element, fake)).to.deep.equal({ a: 2 });
  });

  it('Likert scale and yes/no', async () => {
    const mounted = await mount(surveyOf([q('l', 'likert', { choices: [choice('1', 'Pas d’accord'), choice('2', 'D’accord')] }), q('y', 'yes-no')]));
    const { element, fake } = mounted;
    await untilState(element, 'open');
    await until(() => !!$(element, '#q-y'));
    await expect(element).to.be.accessible();
    $<HTMLInputElement>(element, '#q-l-2').click();
    $(element, '#q-y-true').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(await send(element, fake)).to.deep.equal({ l: '2', y: false });
  });

  it('ranking with Move up / Move down buttons, announced, not by dragging', async () => {
    const { element, fake } = await open(q('a', 'ranking', { required: true, choices: [choice('x', 'Ex'), choice('y', 'Why'), choice('z', 'Zed')] }));
    expect(await send(element, fake)).to.equal(undefined);
    expect($(element, '#q-a-error').textContent).to.contain('Répondez à cette question.');
    expect($(element, '#q-a-hint').textContent).to.contain('Classez avec les boutons Monter et Descendre');
    const down = $$<HTMLButtonElement>(element, '#q-a-x button').find((button) => button.textContent!.includes('Descendre'))!;
    down.focus();
    await sendKeys({ press: 'Enter' });
    expect($$(element, '.ranking__item').map((item) => item.id)).to.deep.equal(['q-a-y', 'q-a-x', 'q-a-z']);
    expect(focused(element)?.textContent).to.contain('Descendre'); // focus follows the moved item
    await until(() => text($(element, '[aria-live=polite]')).includes('Déplacé : Ex, rang 2 sur 3.'), 'the announcement');
    await expect(element).to.be.accessible();
    expect(await send(element, fake)).to.deep.equal({ a: ['y', 'x', 'z'] });
  });

  it('matrix as one radio group per row, each radio named by its column', async () => {
    const columns = [choice('1', 'Non'), choice('2', 'Un peu'), choice('3', 'Beaucoup')];
    const { element, fake } = await open(q('a', 'matrix', { required: true, rows: [choice('r1', 'Clair'), choice('r2', 'Rapide')], columns }));
    const rows = $$<HTMLFieldSetElement>(element, '#q-a .matrix__row');
    expect(rows.map((row) => row.querySelector('legend')!.textContent)).to.deep.equal(['Clair', 'Rapide']);
    expect(text(rows[0]!.querySelector('label[for=q-a-r1-2-input], label[for=q-a-r1-2]')!)).to.equal('Un peu');
    $<HTMLInputElement>(element, '#q-a-r1-3').click();
    await element.updateComplete;
    await send(element, fake);
    expect($(element, '#q-a-error').textContent).to.contain('Répondez pour chaque ligne.');
    await expect(element).to.be.accessible();
    $(element, '#q-a-r2-1').focus();
    await sendKeys({ press: 'Space' });
    expect(await send(element, fake)).to.deep.equal({ a: { r1: '3', r2: '1' } });
  });

  it('date bounded by min and max', async () => {
    const { element, fake } = await open(q('a', 'date', { min: '2026-01-01', max: '2026-12-31' }));
    expect($(element, '#q-a-input').getAttribute('type')).to.equal('date');
    await type(element, '#q-a-input', '2025-06-01');
    await send(element, fake);
    expect($(element, '#q-a-input-error').textContent).to.contain('La date doit être le 1 janvier 2026 ou après.');
    await type(element, '#q-a-input', '2026-06-01');
    expect(await send(element, fake)).to.deep.equal({ a: '2026-06-01' });
  });

  it('email and Canadian postal code, with their autocomplete tokens and checks', async () => {
    const mounted = await mount(surveyOf([q('e', 'email', { required: true }), q('p', 'postal-code')]));
    const { element, fake } = mounted;
    await untilState(element, 'open');
    await until(() => !!$(element, '#q-p'));
    expect($(element, '#q-e-input').getAttribute('autocomplete')).to.equal('email');
    expect($(element, '#q-p-input').getAttribute('autocomplete')).to.equal('postal-code');
    await type(element, '#q-e-input', 'pas-un-courriel');
    await type(element, '#q-p-input', 'Z1Z 1Z1');
    await send(element, fake);
    expect($(element, '#q-e-input-error').textContent).to.contain('Entrez une adresse courriel');
    expect($(element, '#q-p-input-error').textContent).to.contain('Entrez un code postal canadien');
    await expect(element).to.be.accessible();
    await type(element, '#q-e-input', 'nom@exemple.ca');
    await type(element, '#q-p-input', 'h2x 1y4');
    expect(await send(element, fake)).to.deep.equal({ e: 'nom@exemple.ca', p: 'h2x 1y4' });
  });

  it('consent checkbox that must be ticked, and a static text that takes no answer', async () => {
    const mounted = await mount(surveyOf([q('s', 'static', { heading: true, text: label('Avant de commencer.') }), q('c', 'consent', { required: true })]));
    const { element, fake } = mounted;
    await untilState(element, 'open');
    await until(() => !!$(element, '#q-c'));
    expect($(element, '#q-s h4').textContent).to.equal('Question s');
    await send(element, fake);
    expect($(element, '#q-c-input-error').textContent).to.contain('Cochez la case pour continuer.');
    expect($(element, '#q-c-input').getAttribute('aria-describedby')).to.equal('q-c-input-error');
    await expect(element).to.be.accessible();
    $(element, '#q-c-input').focus();
    await sendKeys({ press: 'Space' });
    expect(await send(element, fake)).to.deep.equal({ c: true });
  });

  it('navigates back without losing answers', async () => {
    const mounted = await mount(
      { ...surveyOf([]), definition: { onePerParticipant: false, review: false, pages: [{ id: 'p1', questions: [q('a', 'yes-no', { required: true })] as never }, { id: 'p2', questions: [q('b', 'text')] as never }] } },
    );
    const { element } = mounted;
    await untilState(element, 'open');
    await until(() => !!$(element, '#q-a'));
    $<HTMLInputElement>(element, '#q-a-true').click();
    await next(element);
    await until(() => !!$(element, '#q-b'));
    expect(focused(element)?.classList.contains('page-title')).to.equal(true);
    buttonNamed(element, 'Précédent').click();
    await until(() => !!$(element, '#q-a'));
    expect($<HTMLInputElement>(element, '#q-a-true').checked).to.equal(true);
  });
});
