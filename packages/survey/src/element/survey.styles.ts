import { css } from 'lit';

export const surveyStyles = css`
  :host {
    /* Room for the first page while loading, so that the page below does not jump. */
    min-height: 24rem;
  }
`;
