import { css } from 'lit';

/** The Q&A's own look, adopted with its parts (the first chunk shows only the loading state). */
export const qaPartStyles = css`
  .qa,
  .list,
  .ask,
  .form,
  .mine,
  .pinned {
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
  .muted,
  .event-state,
  .marks {
    margin: 0;
  }
  .muted {
    color: var(--_participe-muted);
  }
  .toolbar,
  .reorder,
  .votes,
  .marks {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 1rem;
  }
  .votes {
    align-items: center;
  }
  .items,
  .mine__list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.75rem;
  }
  .question {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
    border: 1px solid var(--_participe-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-surface);
    overflow-wrap: anywhere;
  }
  /* Pinned: a thicker accent edge, and the word "Pinned" (never the colour alone). */
  .question--pinned,
  .pinned {
    border-inline-start: 6px solid var(--_participe-accent);
  }
  .pinned {
    padding: 0.75rem 1rem;
    background: var(--_participe-subtle);
  }
  .question__text {
    margin: 0;
    font-size: 1.0625em;
    white-space: pre-line;
  }
  .question__meta {
    font-size: 0.9375em;
  }
  .votes__count {
    margin: 0;
    font-weight: 600;
  }
  .item__error {
    margin: 0;
    flex-basis: 100%;
    color: var(--_participe-error);
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--_participe-radius);
    font-size: 0.875em;
    font-weight: 600;
  }
  .badge--live,
  .badge--pinned,
  .badge--answered {
    color: var(--_participe-accent);
    background: var(--_participe-surface);
  }
  .answer {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_participe-accent);
    background: var(--_participe-subtle);
  }
  .answer__title {
    margin: 0;
    font-weight: 600;
  }
  .answer__text {
    margin: 0;
    white-space: pre-line;
  }
  /* Upvoted: filled like a primary button, and announced as pressed. */
  .vote[aria-pressed='true'] {
    color: var(--_participe-accent-text);
    background: var(--_participe-accent);
  }
`;
