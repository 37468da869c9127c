import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { notice } from '@participe/core/atoms';
import type { StaffInitiative } from '@participe/core/schemas';
import { breadcrumbs } from '../components/breadcrumbs.js';
import { describeError } from '../errors.js';
import { href } from '../router.js';
import type { ConsoleTranslate } from '../strings.js';
import { ConsoleView } from '../view.js';

/**
 * A view about one initiative (`/initiatives/:id/…`): loads it, shows where it sits
 * (Initiatives › its title › this view) and a friendly message when it cannot be read. Widget
 * staff views (moderation queues, answers, results) extend it.
 */
export abstract class InitiativeView extends ConsoleView {
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    initiative: { state: true },
    loadError: { state: true },
  };

  protected declare initiative: StaffInitiative | undefined;
  protected declare loadError: unknown;

  /** The view's own name, e.g. "Contributions". */
  protected abstract viewName(t: ConsoleTranslate): string;
  /** The view's content once the initiative is loaded. */
  protected abstract renderContent(initiative: StaffInitiative, t: ConsoleTranslate): TemplateResult | typeof nothing;
  /** Called after the initiative (re)loads, e.g. to fetch what the view lists. */
  protected initiativeLoaded(_initiative: StaffInitiative): void {}

  get initiativeId(): string {
    return this.params['id']!;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) void this.loadInitiative();
  }

  protected async loadInitiative(): Promise<void> {
    this.loadError = undefined;
    try {
      this.initiative = await this.context.api.initiative(this.initiativeId);
      this.initiativeLoaded(this.initiative);
    } catch (error) {
      this.initiative = undefined;
      this.loadError = error;
    }
  }

  protected viewTitle(): string {
    const name = this.viewName(this.t);
    return this.initiative ? `${name} – ${this.localize(this.initiative.settings.title)}` : name;
  }

  override render() {
    const t = this.t;
    const initiative = this.initiative;
    const crumbs = [{ label: t('initiativesTitle'), href: href('/initiatives') }];
    if (initiative) crumbs.push({ label: this.localize(initiative.settings.title), href: href(`/initiatives/${encodeURIComponent(initiative.settings.id)}`) });
    return html`<div class="view">
      ${breadcrumbs(t('breadcrumb'), [...crumbs, { label: this.viewName(t) }])}
      <h1 tabindex="-1">${this.viewName(t)}</h1>
      ${this.loadError
        ? notice('error', describeError(this.loadError, t), html`<p><a href=${href('/initiatives')}>${t('backToInitiatives')}</a></p>`)
        : initiative
          ? this.renderContent(initiative, t)
          : html`<p class="muted" role="status">${t('loading')}</p>`}
    </div>`;
  }
}
