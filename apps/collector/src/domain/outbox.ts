// The collector's outbox: what a type asks to send (a petition's confirmation email) is stored with
// what it announces, in one transaction, then delivered here — by SMTP when configured, otherwise
// written to the log (the console's outbox view shows it too), so the flow works out of the box.
// Generic over channels: a webhook channel would add a transport, nothing else.
import nodemailer from 'nodemailer';
import type { Database } from '../storage/database.js';
import { claimDue, markFailed, markSent, OUTBOX_CHANNEL, purgeSent, type OutboxMessage } from '../storage/outbox.js';

/** Delivers one message; throws when it could not (the sender retries later). */
export interface Transport {
  /** Recorded with the message: `smtp`, `log`. */
  readonly name: string;
  send(message: OutboxMessage): Promise<void>;
}

type Log = { info(object: object, message: string): void; warn(object: object, message: string): void; error(object: object, message: string): void };

/** SMTP through nodemailer: `smtp://user:pass@host:587` (or `smtps://`), from `from`. */
export function smtpTransport(url: string, from: string): Transport {
  const mailer = nodemailer.createTransport(url);
  return {
    name: 'smtp',
    async send(message) {
      await mailer.sendMail({ from, to: message.recipient, subject: message.subject, text: message.body });
    },
  };
}

/** No SMTP configured: the message goes to the log, where the operator reads it (and to the console's outbox view). */
export function logTransport(log: Log): Transport {
  return {
    name: 'log',
    async send(message) {
      log.info({ outbox: { id: message.id, kind: message.kind, to: message.recipient, subject: message.subject, text: message.body } }, 'outbox: message (no SMTP configured: read it here or in the console)');
    },
  };
}

export interface OutboxOptions {
  transport: Transport;
  log: Log;
  /** Polling interval when no NOTIFY arrives (another process, a retry coming due). */
  intervalMs?: number;
  batchSize?: number;
  /** Attempts before a message is given up (its error stays in the outbox view). */
  maxAttempts?: number;
  /** Sent messages are deleted after this many days. */
  keepSentDays?: number;
}

/** Seconds before the next attempt: 30 s, 1 min, 2 min… up to an hour. */
const backoff = (attempts: number) => Math.min(3600, 30 * 2 ** (attempts - 1));

/** Sends every due message once; returns how many were sent. */
export async function deliverDue(db: Database, { transport, log, batchSize = 50, maxAttempts = 8 }: OutboxOptions): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await claimDue(db, batchSize, 120);
    for (const message of batch) {
      try {
        await transport.send(message);
        await markSent(db, message.id, transport.name);
        sent += 1;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const retry = message.attempts >= maxAttempts ? null : backoff(message.attempts);
        log.warn({ outbox: { id: message.id, attempts: message.attempts, retryInSeconds: retry } }, `outbox: sending failed: ${reason}`);
        await markFailed(db, message.id, reason, retry);
      }
    }
    if (batch.length < batchSize) return sent;
  }
}

/**
 * Runs the sender: at once when a message is queued (NOTIFY, from any process), and every
 * `intervalMs` for retries. Runs never overlap; `stop` waits for the one in progress.
 */
export async function startOutbox(db: Database, options: OutboxOptions) {
  const { intervalMs = 5_000, keepSentDays = 7, log } = options;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = deliverDue(db, options)
      .then(() => purgeSent(db, keepSentDays))
      .then(
        () => undefined,
        (error: unknown) => log.error({ err: error }, 'outbox run failed'),
      )
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const unlisten = await db.listen(OUTBOX_CHANNEL, run);
  const timer = setInterval(run, intervalMs);
  timer.unref?.();
  run();
  return {
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await unlisten();
      await running;
    },
  };
}
