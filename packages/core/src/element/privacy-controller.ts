// The privacy notice and, once this browser has contributed, "my data" in it. Imported by the
// base element with the initiative (the notice shows nothing before one has loaded): a widget's
// first chunk carries none of this.
import { nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { privacyNotice } from '../atoms/privacy-notice.js';
import { contributedKey } from '../client/participant-keys.js';
import { collectorBase } from '../client/read.js';
import { browserStore, readStored } from '../client/storage.js';
import type { Language } from '../schemas/common.js';
import { retentionEndsAt } from '../schemas/timing.js';
import type { MyData } from '../privacy/my-data.js';
import type { CoreStrings } from './core-strings.js';
import type { StringOverrides, Translate } from './strings.js';
import type { InitiativeLike } from './types.js';

/** What the privacy notice needs from its element, read when needed. */
export interface PrivacyTarget {
  /** The checked initiative, whose notice and retention are shown. */
  initiative(): InitiativeLike | undefined;
  /** The collector's address; none in a preview (which has no "my data"). */
  collector(): string | undefined;
  language(): Language;
  /** The host page's wording overrides, for "my data" too. */
  overrides(): StringOverrides | undefined;
  /** The shared wording, with the host page's overrides. */
  text: Translate<CoreStrings>;
  formatDate(value: string | Date): string;
  formatNumber(value: number): string;
  /**
   * The citizen deleted their answers (the collector's copy and this browser's participant id are
   * gone): the element forgets the rest, starts afresh and says `message` in its status region.
   */
  forgotten(message: string): void;
}

/**
 * The initiative's privacy notice — purpose, recipient, retention — expanded wherever personal
 * information is asked. Once this browser has a contribution the collector acknowledged, the
 * notice also offers "Download my answers" and "Delete my answers" (`privacy/my-data.ts`, loaded
 * only then), and the element shows the notice even where the widget does not.
 */
export class PrivacyController implements ReactiveController {
  /** "My answers" for the current initiative, once loaded. */
  private myData: MyData | undefined;
  /** Whether the notice was rendered during this update. */
  private shown = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly target: PrivacyTarget,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.shown = false;
  }

  /** Another initiative loaded: "my answers" belong to one, and are made again when needed. */
  reset(): void {
    this.myData = undefined;
  }

  /** This browser sent a contribution the collector acknowledged (never in a preview, which has no collector). */
  get contributed(): boolean {
    const id = this.target.initiative()?.id;
    const collector = this.target.collector();
    return !!id && !!collector && readStored(browserStore(), contributedKey(collectorBase(collector), id)) === true;
  }

  /** The notice; `expanded` wherever personal information is asked. */
  render(expanded: boolean): TemplateResult | typeof nothing {
    const { target } = this;
    const initiative = target.initiative();
    if (!initiative) return nothing;
    this.shown = true;
    const endsAt = retentionEndsAt(initiative);
    const days = initiative.retentionDays;
    return privacyNotice(
      initiative.privacyNotice,
      target.language(),
      {
        title: target.text('privacyTitle'),
        purpose: target.text('privacyPurpose'),
        recipient: target.text('privacyRecipient'),
        retention: target.text('privacyRetention'),
        // Without a closing date, each contribution is kept from its own receipt.
        retentionDate: endsAt ? target.text('retentionUntil', { date: target.formatDate(endsAt) }) : target.text('retentionAfter', days, target.formatNumber(days)),
      },
      expanded,
      this.renderMyData(),
    );
  }

  /** After the widget's content: the notice, collapsed, when the widget did not show it and the citizen has answers to manage. */
  renderIfOwed(): TemplateResult | typeof nothing {
    return !this.shown && this.contributed ? this.render(false) : nothing;
  }

  /** The citizen's own answers in the notice: that code arrives only once they have some. */
  private renderMyData(): TemplateResult | typeof nothing {
    if (!this.contributed) return nothing;
    this.myData ??
      void import('../privacy/my-data.js').then(({ MyData }) => {
        const { target } = this;
        const initiative = target.initiative();
        const collector = target.collector();
        if (!initiative || !collector) return;
        this.myData ??= new MyData(this.host, {
          collector: collectorBase(collector),
          initiative: initiative.id,
          language: () => target.language(),
          overrides: () => target.overrides(),
          forgotten: (message) => target.forgotten(message),
        });
        this.host.requestUpdate();
      });
    return this.myData?.render() ?? nothing;
  }
}
