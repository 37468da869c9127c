import { expect, fixtureCleanup, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { __camel__Example } from '@participe/core/fixtures';
import { fakeCollector, serveFake, until, untilState } from '@participe/core/testing';
import '../src/define.js';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  fixtureCleanup();
  localStorage.clear();
});

async function mount(lang = 'fr') {
  const fake = fakeCollector({ initiatives: { [__camel__Example.id]: __camel__Example } });
  const served = serveFake(fake);
  restore = served.restore;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<participe-__name__ initiative="${__camel__Example.id}" collector="${served.collector}"></participe-__name__>`;
  return { element: wrapper.firstElementChild as HTMLElement, wrapper, fake };
}

describe('<participe-__name__>', () => {
  it('is filled in and sent with the keyboard only, accessibly', async () => {
    const { element, fake } = await mount();
    await untilState(element, 'open');
    await expect(element).to.be.accessible();
    element.shadowRoot!.querySelector<HTMLTextAreaElement>('#message')!.focus();
    await sendKeys({ type: 'Bonjour' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await untilState(element, 'submitted');
    expect(fake.contributions[0]!.payload).to.deep.equal({ message: 'Bonjour' });
    await expect(element).to.be.accessible();
  });

  it('says what is missing next to the field', async () => {
    const { element } = await mount('en');
    await untilState(element, 'open');
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => !!element.shadowRoot!.querySelector('#message-error'), 'the error');
    expect(element.shadowRoot!.querySelector('#message-error')!.textContent).to.contain('Write a message before sending.');
    await expect(element).to.be.accessible();
  });

  it('switches language live', async () => {
    const { element, wrapper } = await mount();
    await untilState(element, 'open');
    wrapper.lang = 'en';
    await until(() => element.shadowRoot!.textContent!.includes('Your message'), 'English');
  });
});
