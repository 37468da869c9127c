import { css } from 'lit';

/** The simulator's layout: one column that reflows down to 320 px, controls that wrap, no colour-only meaning. */
export const editorStyles = css`
  .budget,
  .summary,
  .results {
    display: grid;
    gap: var(--_participe-space);
    min-width: 0;
  }
  .title {
    margin: 0;
    font-size: 1.375em;
  }
  .intro > p,
  .rule {
    margin: 0.25rem 0 0;
  }
  .rule {
    font-weight: 600;
  }
  .muted,
  .line__current,
  .line__hint,
  .category__hint,
  .category__total,
  .balance__totals {
    margin: 0;
    color: var(--_participe-muted);
  }
  .badge {
    display: inline-block;
    padding: 0 0.375rem;
    border: 1px solid currentColor;
    border-radius: var(--_participe-radius);
    font-size: 0.875em;
    font-weight: 600;
  }

  .balance {
    contain: layout style;
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_participe-tone, var(--_participe-accent));
    background: var(--_participe-subtle);
  }
  .balance--deficit {
    --_participe-tone: var(--_participe-error);
  }
  .balance--surplus,
  .balance--zero {
    --_participe-tone: var(--_participe-success);
  }
  .balance__title {
    margin: 0;
    font-size: 1em;
  }
  .balance__state {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
  }
  .balance__glyph {
    display: inline-block;
    min-width: 1.25em;
    text-align: center;
    color: var(--_participe-tone);
  }
  .balance__household {
    margin: 0;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.75rem;
  }
  .mode {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .mode__label {
    font-weight: 600;
  }

  .category {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  .category__title {
    margin: 0;
    padding: 0.375rem 0.5rem;
    font-size: 1.125em;
    background: var(--_participe-subtle);
  }
  .category__kind {
    font-weight: 400;
    color: var(--_participe-muted);
  }
  .lines {
    display: grid;
    gap: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .line {
    display: grid;
    gap: 0.375rem;
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--_participe-border);
    min-width: 0;
    /* Moving one line restyles and lays out that line, not the twenty others (no paint containment: focus rings stay whole). */
    contain: layout style;
  }
  .line--changed {
    border-inline-start: 4px solid var(--_participe-accent);
    padding-inline-start: 0.75rem;
  }
  .line__header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1rem;
  }
  .line__label {
    margin: 0;
    font-weight: 600;
  }
  .line__value {
    margin: 0;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .line__change {
    font-weight: 400;
  }
  .line__slider {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .slider {
    flex: 1;
    min-width: 0;
    height: 2.75rem;
    margin: 0;
    accent-color: var(--_participe-accent);
    cursor: pointer;
  }
  .step {
    flex: none;
    width: 2.75rem;
    height: 2.75rem;
    border: 2px solid var(--_participe-accent);
    border-radius: var(--_participe-radius);
    background: var(--_participe-surface);
    color: var(--_participe-accent);
    font: inherit;
    font-size: 1.25em;
    font-weight: 700;
    cursor: pointer;
  }
  .step[aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .line__amount {
    max-width: 20rem;
  }
  .amount {
    font-variant-numeric: tabular-nums;
  }
  .line__consequence {
    margin: 0;
    font-weight: 600;
  }
  .line__consequences summary,
  .link {
    cursor: pointer;
    color: var(--_participe-accent);
    text-decoration: underline;
  }
  .line__consequences ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .line__locked {
    margin: 0;
  }
  .reset {
    justify-self: start;
  }
  .link {
    padding: 0.25rem 0;
    border: 0;
    background: none;
    font: inherit;
  }

  .table-wrap {
    overflow-x: auto;
    min-width: 0;
  }
  .budget-table {
    width: 100%;
    border-collapse: collapse;
  }
  .budget-table caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.5rem;
  }
  .budget-table th,
  .budget-table td {
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_participe-border);
    text-align: start;
    vertical-align: top;
    font-variant-numeric: tabular-nums;
  }
  .budget-table .row--category th {
    background: var(--_participe-subtle);
  }
  .budget-table .amount {
    min-width: 9rem;
  }
  .budget-table tfoot th,
  .budget-table tfoot td {
    font-weight: 700;
  }

  .why {
    padding: 0.75rem 1rem;
    border: 2px solid var(--_participe-border);
  }
  .why--blocked {
    border-color: var(--_participe-error);
  }
  .why:focus {
    outline: 3px solid var(--_participe-focus);
    outline-offset: 2px;
  }
  .why__state,
  .why p {
    margin: 0;
  }
  .why__reasons {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .allocation {
    display: grid;
    gap: var(--_participe-space);
    min-width: 0;
  }
  .summary__changes {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .summary h3,
  .summary p {
    margin: 0;
  }
  .summary__comment {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .balance,
    .category__title {
      border: 1px solid CanvasText;
    }
    .slider {
      accent-color: auto;
    }
  }
  @media print {
    .summary__actions,
    .toolbar,
    .chart-toggle {
      display: none;
    }
  }
`;
