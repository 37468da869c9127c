import { css } from 'lit';

export const resultsStyles = css`
  .line-result {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--_participe-border);
    min-width: 0;
  }
  .line-result__title {
    margin: 0;
    font-size: 1em;
  }
  .line-result__distribution summary {
    cursor: pointer;
    color: var(--_participe-accent);
    text-decoration: underline;
  }
`;
