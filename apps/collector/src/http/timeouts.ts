/** Deadlines that keep slow or idle clients from holding connections open. */
export interface Timeouts {
  /** To send every request header (slow-header attacks). */
  headersMs: number;
  /** To send the whole request, body included (a live stream's answer is not bound by it). */
  requestMs: number;
  /** A socket with no traffic either way is closed (live streams send a heartbeat well within it). */
  idleMs: number;
  /** An idle kept-alive connection between requests. */
  keepAliveMs: number;
}

export const defaultTimeouts: Timeouts = { headersMs: 10_000, requestMs: 30_000, idleMs: 120_000, keepAliveMs: 10_000 };
