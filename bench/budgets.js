// @ts-check
// The size and speed targets of docs/quality.md (from QUALITY.md): the benchmark fails when one is missed.
export const KB = 1024;

export const budgets = {
  /** The one-script loader. */
  embed: 3 * KB,
  /** What a page downloads before a widget can show itself: its entry and every chunk it imports statically, Lit included. */
  firstChunk: 15 * KB,
  /** Bytes transferred (compressed, as served) until a widget is interactive, charts and challenge excluded. */
  toInteractive: 50 * KB,
  /** Sequential round trips from embed.js to an interactive widget. */
  roundTrips: 3,
  /** Chart code, loaded only when results are shown. */
  chart: 60 * KB,
  /** Contributions acknowledged after commit, as a share of a bare node:http server's rate on the same machine: this wave's bars, and the long-term aim. */
  collectorRatioPglite: 0.05,
  collectorRatioPostgres: 0.1,
  collectorRatioAim: 0.5,
  /** Slowest 1 % of acknowledgements at that load, in milliseconds. */
  collectorP99Ms: 100,
  /** 2,000 viewers of one Q&A event: an approved question reaches 95 % of them within this, on one process and on two. */
  liveFanoutP95Ms: 250,
  /**
   * While a citizen moves the lines of a 20-line budget (CPU slowed four times): 95 % of input
   * events handled (handlers, the render they cause, its style and layout) within a long task.
   */
  budgetInputMs: 50,
  /** Lighthouse, mobile profile, on every demo page. */
  lighthouse: { performance: 95, accessibility: 100, bestPractices: 100 },
  /** The organisation dashboard's queries over 100,000 contributions (median of seven runs). */
  dashboardMsPostgres: 300,
  dashboardMsPglite: 1000,
};
