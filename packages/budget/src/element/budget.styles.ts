import { css } from 'lit';

export const budgetStyles = css`
  :host {
    /* Room for the balance and the first lines while loading, so that the page below does not jump. */
    min-height: 32rem;
  }
`;
