import { css } from 'lit';

/** The wall's own look, adopted with its parts (the first chunk shows only the loading state). */
export const wallStyles = css`
  .wall,
  .list,
  .share,
  .form {
    display: grid;
    gap: var(--_participe-space);
    min-width: 0;
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  h3.heading {
    font-size: 1.0625em;
  }
  .muted {
    margin: 0;
    color: var(--_participe-muted);
  }
  .warning {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_participe-warning);
    background: var(--_participe-subtle);
  }
  .warning__title {
    margin: 0;
    font-weight: 600;
  }
  .warning p {
    margin: 0;
  }
  .choices {
    display: grid;
    gap: 0.25rem;
  }
  .choices--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .choice__hint {
    margin: 0 0 0.25rem 2rem;
    color: var(--_participe-muted);
    font-size: 0.9375em;
  }
  .summary {
    display: grid;
    gap: 0.375rem;
    padding: 0.75rem 1rem;
    background: var(--_participe-subtle);
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .summary__service {
    font-weight: 600;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem 1rem;
  }
  .toolbar > .field {
    flex: 0 1 20rem;
  }
  /* The wall: as many columns of at least 16rem as fit, one on a phone. */
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: 0.75rem;
  }
  .items > li {
    display: grid;
  }
  .item {
    display: grid;
    align-content: start;
    gap: 0.5rem;
    padding: 1rem;
    border: 1px solid var(--_participe-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-surface);
    overflow-wrap: anywhere;
  }
  .item__service {
    margin: 0;
    font-size: 1.0625em;
    line-height: 1.3;
  }
  .item__service:focus {
    outline: 3px solid var(--_participe-focus);
    outline-offset: 2px;
  }
  .item__meta {
    margin: 0;
    color: var(--_participe-muted);
    font-size: 0.9375em;
  }
  .item__rating {
    margin: 0;
    font-weight: 600;
  }
  .item__text {
    margin: 0;
    white-space: pre-line;
  }
  .badge {
    display: inline-block;
    justify-self: start;
    margin: 0;
    padding: 0.125rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--_participe-radius);
    font-size: 0.875em;
    font-weight: 600;
  }
  .reply {
    display: grid;
    gap: 0.375rem;
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_participe-accent);
    background: var(--_participe-subtle);
  }
  .reply .badge {
    color: var(--_participe-accent);
    background: var(--_participe-surface);
  }
  .reply__title {
    margin: 0;
    font-weight: 600;
  }
  .reply__text {
    margin: 0;
    white-space: pre-line;
  }
  .link {
    justify-self: start;
    padding: 0.5rem 0;
    min-height: 2.75rem;
    border: 0;
    background: none;
    color: var(--_participe-accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .report {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_participe-border);
    min-width: 0;
  }
  @media (forced-colors: active) {
    .reply,
    .summary,
    .warning {
      border: 1px solid CanvasText;
    }
  }
`;
