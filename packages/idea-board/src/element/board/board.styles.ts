import { css } from 'lit';

/** The board's own look, adopted with its parts (the first chunk shows only the loading state). */
export const boardStyles = css`
  .board,
  .list,
  .propose,
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
  .votes-left {
    margin: 0;
    font-weight: 600;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem 1rem;
  }
  .toolbar > .field {
    flex: 1 1 12rem;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
    flex: 2 1 18rem;
  }
  .search > .field {
    flex: 1 1 12rem;
  }
  .items,
  .mine__list,
  .similar__list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.75rem;
  }
  .item {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
    border: 1px solid var(--_participe-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-surface);
    overflow-wrap: anywhere;
  }
  .item--organisation {
    border-inline-start: 4px solid var(--_participe-accent);
  }
  .item__title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .item__title:focus,
  .item__author:focus {
    outline: 3px solid var(--_participe-focus);
    outline-offset: 2px;
  }
  .item__meta,
  .item__author {
    margin: 0;
    color: var(--_participe-muted);
    font-size: 0.9375em;
  }
  .item__author strong {
    color: var(--_participe-text);
  }
  .item__text {
    margin: 0;
    white-space: pre-line;
  }
  .item__error {
    margin: 0;
    flex-basis: 100%;
    color: var(--_participe-error);
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    margin: 0;
    padding: 0.125rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--_participe-radius);
    font-size: 0.875em;
    font-weight: 600;
  }
  .answer {
    display: grid;
    gap: 0.375rem;
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_participe-accent);
    background: var(--_participe-subtle);
  }
  .answer .badge {
    justify-self: start;
    color: var(--_participe-accent);
    background: var(--_participe-surface);
  }
  .answer__title {
    margin: 0;
    font-weight: 600;
  }
  .answer__text,
  .answer__duplicate {
    margin: 0;
    white-space: pre-line;
  }
  .votes {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .votes__count {
    margin: 0;
    font-weight: 600;
  }
  .stars {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
  }
  .stars__legend {
    margin: 0;
    flex-basis: 100%;
  }
  .stars .vote {
    padding-inline: 0.75rem;
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
  .similar {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_participe-warning);
    background: var(--_participe-subtle);
  }
  .similar__title {
    margin: 0;
    font-weight: 600;
  }
  .similar__list li,
  .mine__list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .similar__idea,
  .mine__label {
    font-weight: 600;
  }
  .mine {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    background: var(--_participe-subtle);
  }
  @media (forced-colors: active) {
    .answer,
    .similar,
    .mine {
      border: 1px solid CanvasText;
    }
  }
`;
