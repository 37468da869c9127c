import { css } from 'lit';

export const ideaBoardStyles = css`
  :host {
    /* Room for the board while it loads, so that the page below does not jump (the manifest's reservedHeight). */
    min-height: 20rem;
  }
`;
