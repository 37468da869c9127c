import { css } from 'lit';

/** The form's styles, adopted when the form arrives. */
export const formStyles = css`
  .form,
  .questions,
  .results {
    display: grid;
    gap: calc(var(--_participe-space) * 1.5);
  }
  .title {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }
  .intro > p {
    margin: 0.5rem 0 0;
  }
  .page-title {
    margin: 0;
    font-size: 1.25em;
  }
  .page-title:focus {
    outline: none;
  }
  .progress {
    display: grid;
    gap: 0.25rem;
  }
  .progress__text {
    margin: 0;
    color: var(--_participe-muted);
  }
  progress {
    width: 100%;
    height: 0.5rem;
    accent-color: var(--_participe-accent);
  }
  .error-summary {
    padding: 1rem;
    border: 3px solid var(--_participe-error);
  }
  .error-summary:focus {
    outline: 3px solid var(--_participe-focus);
    outline-offset: 2px;
  }
  .error-summary__title {
    margin: 0 0 0.5rem;
    font-size: 1.125em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_participe-accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .error-summary .link {
    color: var(--_participe-error);
    font-weight: 600;
    /* A button is an inline block: aligned on its last line, it would pull the bullet down when it wraps. */
    vertical-align: top;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  .other {
    display: grid;
    gap: 0.25rem;
    margin-inline-start: 2rem;
  }
  .input--short {
    max-width: 12rem;
  }
  .with-unit {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .static__heading {
    margin: 0;
    font-size: 1.125em;
  }
  .static__title {
    margin: 0;
    font-weight: 600;
  }
  .ranking {
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: rank;
    display: grid;
    gap: 0.5rem;
  }
  .ranking__item {
    counter-increment: rank;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_participe-border);
    border-radius: var(--_participe-radius);
  }
  .ranking__label::before {
    content: counter(rank) '. ';
    font-weight: 700;
  }
  .ranking__moves {
    display: flex;
    gap: 0.5rem;
  }
  .button--small {
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    font-weight: 400;
  }
  /* Matrix: stacked on narrow screens (each radio labelled), a grid under column headers on wide ones. */
  .matrix {
    display: grid;
    gap: 0.75rem;
    container-type: inline-size;
  }
  .matrix__head {
    display: none;
  }
  .matrix__row {
    margin: 0;
    padding: 0.5rem 0;
    border: 0;
    min-width: 0;
  }
  .matrix__legend {
    font-weight: 600;
    padding: 0;
  }
  .matrix__row--missing .matrix__legend::after {
    content: ' ✕';
    color: var(--_participe-error);
  }
  @container (min-width: 40rem) {
    .matrix__row {
      border-top: 1px solid var(--_participe-border);
    }
    .matrix__head,
    .matrix__row {
      /* Columns flow from the row itself: no column count to pass in (a style attribute would break a strict CSP). */
      display: grid;
      grid-template-columns: minmax(10rem, 2fr);
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      align-items: center;
      gap: 0.5rem;
    }
    .matrix__column {
      text-align: center;
      font-size: 0.875em;
      color: var(--_participe-muted);
    }
    .matrix__legend {
      float: left;
    }
    .matrix .choice {
      justify-content: center;
    }
    .matrix .choice__label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  .review {
    display: grid;
    gap: 0.5rem;
  }
  .review__page {
    margin: 0;
    font-size: 1.0625em;
  }
  .review__list {
    margin: 0;
  }
  .review__item {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 2fr) auto;
    gap: 0.5rem 1rem;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_participe-border);
  }
  .review__item dt {
    font-weight: 600;
  }
  .review__item dd {
    margin: 0;
  }
  @media (max-width: 40rem) {
    .review__item {
      grid-template-columns: 1fr;
    }
  }
  .results-group {
    display: grid;
    gap: 0.75rem;
  }
  .results-note {
    margin: 0;
    color: var(--_participe-muted);
  }
  .navigation {
    justify-content: space-between;
  }
`;
