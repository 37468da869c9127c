import { css } from 'lit';

/**
 * Styles of the form atoms (field, group, choice, inputs, counter). A widget adopts them with the
 * lazy part that renders its form (`adoptStyles`), so its first chunk carries none of them.
 */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field__label {
    font-weight: 600;
  }
  .field__marker {
    font-weight: 400;
    color: var(--_participe-muted);
  }
  .field__hint,
  .field__counter {
    margin: 0;
    color: var(--_participe-muted);
    font-size: 0.9375em;
  }
  .field__error,
  .field__counter--over {
    margin: 0;
    color: var(--_participe-error);
    font-weight: 600;
  }
  .field--invalid {
    border-inline-start: 4px solid var(--_participe-error);
    padding-inline-start: 0.75rem;
  }
  .group {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
    display: grid;
    gap: 0.25rem;
  }
  .group > legend {
    padding: 0;
    margin-bottom: 0.25rem;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .choice__input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.6rem 0;
    accent-color: var(--_participe-accent);
  }
  .choice__label {
    padding: 0.6rem 0;
    cursor: pointer;
  }
  .input {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_participe-border);
    border-radius: var(--_participe-radius);
    background: var(--_participe-surface);
    color: var(--_participe-text);
    font: inherit;
  }
  textarea.input {
    min-height: 6rem;
    resize: vertical;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_participe-error);
  }
`;
