import { css } from 'lit';

export const petitionStyles = css`
  :host {
    /* Room kept while loading (the manifest's reservedHeight), so that the page does not jump. */
    min-height: 16rem;
  }
  .petition {
    display: grid;
    gap: var(--_participe-space);
  }
  .text {
    margin: 0;
    white-space: pre-line;
  }
  .author,
  .dates {
    margin: 0;
    color: var(--_participe-muted);
  }
  .response {
    padding: var(--_participe-space);
    border-inline-start: 4px solid var(--_participe-accent);
    background: var(--_participe-subtle);
  }
  .response h3 {
    margin: 0 0 0.5rem;
    font-size: 1.125em;
  }
  .response p {
    margin: 0;
    white-space: pre-line;
  }
  .hand-off {
    color: var(--_participe-accent);
    font-weight: 600;
  }
`;
