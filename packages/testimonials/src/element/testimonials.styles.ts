import { css } from 'lit';

export const testimonialsStyles = css`
  :host {
    /* Room for the wall while it loads, so that the page below does not jump (the manifest's reservedHeight). */
    min-height: 24rem;
  }
`;
