export * from './bar-chart.js';
export * from './results-chart.js';
