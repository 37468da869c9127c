// The signing part's state: the live count, the form and its checks, the proof-of-work (started
// when the form gets focus), signing, and the confirmation page the email's link opens.
import { backoffDelay, browserStore, CollectorError, collectorBase, initiativeUrl, postJson, readJson, subscribe, waitOrOnline } from '@participe/core/client';
import { COUNT_EVENT, postalCodePattern, type Challenge, type ChallengeSolution, type SignatureCount } from '../../schema.js';
import type { SigningHost } from './host.js';

export type Phase = 'form' | 'signed-here' | 'confirm' | 'confirmed' | 'link-expired' | 'link-invalid';
export type Field = 'name' | 'email' | 'postalCode' | 'consent';
export const fields: readonly Field[] = ['name', 'email', 'postalCode', 'consent'];

/** Where the email's link lands: the page, with the token after `#petition-confirm=`. */
const TOKEN_PATTERN = /(?:^#|&)petition-confirm=([A-Za-z0-9_-]{32,64})/;
/** The collector's code, the petition's own included (core's list names only its own). */
const codeOf = (error: CollectorError): string => error.code;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class SigningController {
  count: SignatureCount | undefined;
  phase: Phase = 'form';
  values = { name: '', email: '', postalCode: '', consent: false };
  errors: Partial<Record<Field, string>> = {};
  formError: string | undefined;
  sending = false;
  verifying = false;
  private token: string | undefined;
  private proof: Promise<ChallengeSolution | null> | undefined;
  private abort = new AbortController();
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: SigningHost) {}

  private url(sub: string): string {
    return initiativeUrl(collectorBase(this.host.collector!), this.host.loaded!.id, sub);
  }

  private get markKey(): string {
    return `participe:petition-signed:${this.host.collector ?? ''}:${this.host.loaded?.id ?? ''}`;
  }

  private get signing(): boolean {
    return this.host.loaded?.definition.mode === 'sign';
  }

  /** The petition is (re)loaded: its count, live updates, and the confirmation link if the page was opened from one. */
  start(): void {
    this.stop();
    this.abort = new AbortController();
    this.phase = 'form';
    this.count = undefined;
    if (!this.host.loaded || !this.signing || !this.host.collector) return;
    if (browserStore().getItem(this.markKey)) this.phase = 'signed-here';
    const draft = this.host.draft<Partial<typeof this.values>>().load();
    if (draft) this.values = { name: String(draft.name ?? ''), email: String(draft.email ?? ''), postalCode: String(draft.postalCode ?? ''), consent: draft.consent === true };
    void this.readCount();
    if (typeof EventSource !== 'undefined') {
      this.unsubscribe = subscribe(this.url('events'), {
        [COUNT_EVENT]: (data) => {
          const count = data as SignatureCount;
          if (typeof count?.signatures !== 'number') return;
          this.count = count;
          this.host.announce(this.host.t('countLive', this.host.formatNumber(count.signatures)), 2000);
          this.host.requestUpdate();
        },
      });
    }
    const token = TOKEN_PATTERN.exec(globalThis.location?.hash ?? '')?.[1];
    if (token) void this.openLink(token);
  }

  stop(): void {
    this.abort.abort();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.proof = undefined;
  }

  private async readCount(): Promise<void> {
    try {
      this.count = (await readJson(this.url('signatures/count'))) as SignatureCount;
      this.host.requestUpdate();
    } catch {
      // The petition still reads and signs without its count.
    }
  }

  /** Landed from the email: what the link's state is (reading it changes nothing), then the button. */
  private async openLink(token: string): Promise<void> {
    this.token = token;
    try {
      const { status } = (await readJson(`${this.url('signatures/confirmation')}?token=${encodeURIComponent(token)}`)) as { status: 'pending' | 'confirmed' | 'expired' };
      this.phase = status === 'pending' ? 'confirm' : status === 'confirmed' ? 'confirmed' : 'link-expired';
    } catch (error) {
      this.phase = error instanceof CollectorError && error.status === 404 ? 'link-invalid' : 'form';
    }
    await this.show();
  }

  /** The confirmation button. */
  async confirm(): Promise<void> {
    if (!this.token || this.sending) return;
    this.sending = true;
    this.host.requestUpdate();
    try {
      await postJson(this.url('signatures/confirmation'), { token: this.token });
      this.phase = 'confirmed';
      browserStore().setItem(this.markKey, '1');
      void this.readCount();
    } catch (error) {
      this.phase = error instanceof CollectorError && codeOf(error) === 'link_expired' ? 'link-expired' : error instanceof CollectorError && error.status === 404 ? 'link-invalid' : 'confirm';
      if (this.phase === 'confirm') this.formError = this.host.t('failed');
    } finally {
      this.sending = false;
    }
    await this.show();
  }

  /** The form got focus: the proof-of-work starts now, in the background (nothing loads before). */
  prepareProof(): void {
    if (this.proof || !this.host.collector) return;
    const signal = this.abort.signal;
    this.proof = (async () => {
      try {
        const [{ solve }, challenge] = await Promise.all([import('./proof.js'), readJson(this.url('challenge'), { attempts: 1 }) as Promise<Challenge>]);
        return await solve(challenge, signal);
      } catch (error) {
        // Offline, say: signing will say so and ask again.
        if (error instanceof CollectorError) throw error;
        return null;
      }
    })();
  }

  update(field: Field, value: string | boolean): void {
    (this.values as Record<Field, string | boolean>)[field] = value;
    this.host.draft<typeof this.values>().save(this.values);
    if (this.errors[field] && !this.problemOf(field)) {
      this.errors = { ...this.errors, [field]: undefined };
    }
    this.host.requestUpdate();
  }

  private problemOf(field: Field): string | undefined {
    const { name, email, postalCode, consent } = this.values;
    const t = this.host.t;
    switch (field) {
      case 'name':
        return name.trim() ? undefined : t('nameRequired');
      case 'email':
        return EMAIL_PATTERN.test(email.trim()) ? undefined : t('emailInvalid');
      case 'postalCode':
        return postalCodePattern.test(postalCode.trim().toUpperCase()) ? undefined : t('postalCodeInvalid');
      case 'consent':
        return consent ? undefined : t('consentRequired');
    }
  }

  /** Checks the form, solves (or awaits) the proof-of-work, signs; one retry with a fresh challenge. */
  async sign(): Promise<void> {
    if (this.sending) return;
    this.formError = undefined;
    this.errors = Object.fromEntries(fields.map((field) => [field, this.problemOf(field)]));
    const first = fields.find((field) => this.errors[field]);
    if (first) {
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>(`#petition-${first}`)?.focus();
      return;
    }
    // A preview (the console's) sends nothing: it shows what the signer would read.
    if (!this.host.collector) {
      this.host.signed(this.values.email.trim());
      return;
    }
    this.sending = true;
    this.host.requestUpdate();
    try {
      await this.sendUntilAnswered();
      browserStore().setItem(this.markKey, '1');
      this.host.draft().clear();
      const email = this.values.email.trim();
      this.values = { name: '', email: '', postalCode: '', consent: false };
      this.host.signed(email);
      return;
    } catch (error) {
      this.host.moveTo('open');
      this.refused(error);
    } finally {
      this.sending = false;
      this.verifying = false;
    }
    await this.show();
  }

  /**
   * Sends until the collector answers: a lost network waits (offline state) and tries again, each
   * time with a fresh proof-of-work. Repeating is harmless: the same address gets the same answer,
   * one row and no second email. A stale challenge is retried once; other refusals are final.
   */
  private async sendUntilAnswered(): Promise<void> {
    let stale = 0;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.send();
        return;
      } catch (error) {
        if (!(error instanceof CollectorError)) throw error;
        if (/^challenge_/.test(codeOf(error)) && stale++ === 0) continue;
        // Too many from this network: waiting minutes here would not help.
        if (!error.retryable || error.status === 429) throw error;
        this.host.moveTo('offline');
        await waitOrOnline(backoffDelay(attempt, { baseMs: 1000 }));
      }
    }
  }

  private async send(): Promise<void> {
    this.prepareProof();
    this.verifying = true;
    this.host.requestUpdate();
    const pending = this.proof;
    // Each proof is good for one signature: the next one solves a new challenge.
    this.proof = undefined;
    const proof = await pending!.finally(() => {
      this.verifying = false;
      this.host.requestUpdate();
    });
    if (!proof) throw new CollectorError('The proof-of-work could not be solved.', 0, 'challenge_failed' as CollectorError['code']);
    const { name, email, postalCode } = this.values;
    const page = new URL(globalThis.location.href);
    page.hash = '';
    await postJson(this.url('signatures'), { name: name.trim(), email: email.trim(), postalCode, consent: true, language: this.host.language, page: page.href, proof }, { attempts: 1 });
  }

  private refused(error: unknown): void {
    const t = this.host.t;
    if (error instanceof CollectorError) {
      if (codeOf(error) === 'email_disposable') {
        this.errors = { email: t('emailDisposable') };
        void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('#petition-email')?.focus());
        return;
      }
      if (error.status === 429) {
        this.formError = t('tooMany');
        return;
      }
      const byField: Partial<Record<Field, string>> = {};
      for (const issue of error.issues) {
        const field = fields.find((name) => issue.path === name || issue.path.startsWith(`${name}.`));
        if (field) byField[field] = this.problemOf(field) ?? (field === 'email' ? t('emailInvalid') : field === 'postalCode' ? t('postalCodeInvalid') : undefined);
      }
      if (Object.values(byField).some(Boolean)) {
        this.errors = byField;
        return;
      }
    }
    this.formError = t('failed');
  }

  /** Another signature from this browser (someone else in the household). */
  signAgain(): void {
    this.phase = 'form';
    void this.show('#petition-name');
  }

  /** Renders, then moves focus to what changed (the message replacing the form). */
  private async show(selector = '.signing-message'): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
