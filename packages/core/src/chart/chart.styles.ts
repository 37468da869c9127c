import { css } from 'lit';

/** Styles of `resultsChart`; a widget that shows results adds them to its own. */
export const chartStyles = css`
  .chart {
    margin: 0;
    display: grid;
    /* A drawn chart must shrink with its container (after a resize or zoom), not push it wider. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
  }
  .chart__title {
    font-weight: 600;
  }
  .chart__canvas {
    position: relative;
    width: 100%;
  }
  .chart__table {
    border-collapse: collapse;
    width: 100%;
  }
  .chart__table th,
  .chart__table td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_participe-border);
    text-align: start;
  }
  .chart__table td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .chart__total {
    margin: 0;
    color: var(--_participe-muted);
  }
`;
