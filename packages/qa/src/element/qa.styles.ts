import { css } from 'lit';

export const qaStyles = css`
  :host {
    /* Room kept while loading (the manifest's reservedHeight), so that the page does not jump. */
    min-height: 12rem;
  }
  .form {
    display: grid;
    gap: var(--_participe-space);
  }
  .prompt {
    margin: 0;
    font-weight: 600;
    font-size: 1.125em;
  }
`;
