import { css } from 'lit';

export const pageFeedbackStyles = css`
  :host {
    /* Room for the question and its buttons while loading: the page below does not jump. */
    min-height: 6.5rem;
  }
  .form {
    display: grid;
    gap: var(--_participe-space);
  }
  .answers {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .question {
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 600;
    font-size: 1.125em;
  }
  /* Beyond colour: a bar and words say it is a warning. */
  .details-warning {
    color: var(--_participe-text);
    border-inline-start: 4px solid var(--_participe-warning);
    padding-inline-start: 0.5rem;
  }
`;
