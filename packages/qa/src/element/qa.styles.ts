import { css } from 'lit';

export const qaStyles = css`
  :host {
    /* Room kept while loading (the manifest's reservedHeight), so that the page does not jump. */
    min-height: 20rem;
  }
`;
