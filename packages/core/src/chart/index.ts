export * from './bar-chart.js';
export * from './results-chart.js';
export * from './chart.styles.js';
