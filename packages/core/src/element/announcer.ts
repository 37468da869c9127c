import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region that speaks once things settle: a counter after typing pauses, rather than
 * at every key. The host renders `render()` once, anywhere in its shadow root.
 */
export class Announcer implements ReactiveController {
  private message = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says `message` after `delayMs` without a newer one; a newer one replaces it. */
  announceWhenSettled(message: string, delayMs = 1000): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.message = message;
      this.host.requestUpdate();
    }, delayMs);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" aria-live="polite">${this.message}</div>`;
  }
}
