import { css } from 'lit';

/**
 * Styles of the atoms every widget shows (buttons, notices, the privacy notice); every widget
 * includes them through the base element. Form controls bring `fieldStyles` with them.
 */
export const atomStyles = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  :focus-visible {
    outline: 3px solid var(--_participe-focus);
    outline-offset: 2px;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_participe-accent);
    border-radius: var(--_participe-radius);
    background: var(--_participe-accent);
    color: var(--_participe-accent-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button--secondary {
    background: var(--_participe-surface);
    color: var(--_participe-accent);
  }
  .button:hover {
    text-decoration: underline;
  }
  .button[aria-disabled='true'],
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .button[aria-pressed='true'] {
    background: var(--_participe-accent);
    color: var(--_participe-accent-text);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }

  .notice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.75rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_participe-tone);
    background: var(--_participe-subtle);
  }
  .notice--info {
    --_participe-tone: var(--_participe-accent);
  }
  .notice--success {
    --_participe-tone: var(--_participe-success);
  }
  .notice--warning {
    --_participe-tone: var(--_participe-warning);
  }
  .notice--error {
    --_participe-tone: var(--_participe-error);
  }
  .notice__icon {
    font-weight: 700;
    color: var(--_participe-tone);
  }
  .notice__title {
    margin: 0;
    font-weight: 600;
  }
  .notice__body {
    grid-column: 2;
  }
  .notice__body > :first-child {
    margin-top: 0;
  }
  .notice__body > :last-child {
    margin-bottom: 0;
  }

  .privacy {
    font-size: 0.9375em;
    color: var(--_participe-muted);
  }
  .privacy summary {
    cursor: pointer;
    color: var(--_participe-accent);
    text-decoration: underline;
  }
  .privacy dl {
    margin: 0.5rem 0 0;
  }
  .privacy dt {
    font-weight: 600;
    color: var(--_participe-text);
  }
  .privacy dd {
    margin: 0 0 0.5rem;
  }

  @media (forced-colors: active) {
    .notice {
      border: 1px solid CanvasText;
    }
    .button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
