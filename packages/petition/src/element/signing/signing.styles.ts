import { css } from 'lit';

export const signingStyles = css`
  .progress {
    display: grid;
    gap: 0.25rem;
  }
  .count {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
  }
  progress {
    width: 100%;
    height: 0.75rem;
    accent-color: var(--_participe-accent);
  }
  .progress-text,
  .reached {
    margin: 0;
  }
  .reached {
    font-weight: 600;
  }
  .form {
    display: grid;
    gap: var(--_participe-space);
  }
  .form-title {
    margin: 0;
    font-size: 1.125em;
  }
  .hint {
    margin: 0;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.125rem 0 0;
    flex: none;
  }
  .signing-message:focus {
    outline: none;
  }
  .signing-message:focus-visible {
    outline: 3px solid var(--_participe-focus);
    outline-offset: 2px;
  }
`;
