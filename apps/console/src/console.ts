import { html, nothing, render, type PropertyDeclarations } from 'lit';
import type { CollectorError } from '@participe/core/client';
import type { StaffMe, StaffSession } from '@participe/core/schemas';
import { StaffApi } from './api.js';
import type { ConsoleContext } from './context.js';
import { breadcrumbs, type Crumb } from './components/breadcrumbs.js';
import { roleKeys } from './components/roles.js';
import { describeError } from './errors.js';
import { applyLanguage, savedLanguage } from './language.js';
import { can } from './permissions.js';
import { defaultPath, href, matchRoute, pathFromHash, type RouteMatch } from './router.js';
import { routes } from './routes.js';
import { clearSession, loadSession, saveSession } from './session.js';
import { strings, translator, type ConsoleTranslate } from './strings.js';
import { shellStyles } from './styles.js';
import { LocalizedElement } from './view.js';
import './views/not-allowed.js';
import './views/not-found.js';
import './views/sign-in.js';

type Phase = 'restoring' | 'signed-out' | 'signed-in';


/**
 * `<participe-console>`: the staff console's shell. It keeps the session (bearer token in memory
 * and in sessionStorage), routes `#/…` paths to views, and owns what every page shares: the top
 * bar (organisation, person, language, sign out), the skip link, landmarks, document titles,
 * focus on navigation and the live region.
 *
 * @attr collector - The collector's address; by default the site serving the console.
 */
export class ParticipeConsole extends LocalizedElement {
  static override properties: PropertyDeclarations = {
    collector: {},
    phase: { state: true },
    me: { state: true },
    match: { state: true },
    viewReady: { state: true },
    signInNotice: { state: true },
    announcement: { state: true },
  };

  static override styles = [LocalizedElement.styles, shellStyles];

  declare collector: string | undefined;
  private declare phase: Phase;
  private declare me: StaffMe | undefined;
  private declare match: RouteMatch | undefined;
  private declare viewReady: boolean;
  /** Why the sign-in page is shown (session ended, signed out, collector unreachable). */
  private declare signInNotice: ((t: ConsoleTranslate) => string) | undefined;
  private declare announcement: string;

  private api: StaffApi | undefined;
  private context: ConsoleContext | undefined;
  /**
   * The main landmark lives in the light DOM (slotted into the shell), so that the skip link's
   * `#main` and the view inside it are part of the document, as assistive technology expects.
   */
  private readonly main = Object.assign(document.createElement('main'), { id: 'main', tabIndex: -1, slot: 'main' });
  private routeToken = 0;
  private readonly onHashChange = () => void this.showRoute({ focus: true });

  constructor() {
    super();
    this.phase = 'restoring';
    this.viewReady = false;
    this.announcement = '';
  }

  override connectedCallback(): void {
    // Before the language controllers connect, so the first render is already in the saved language.
    applyLanguage(savedLanguage());
    super.connectedCallback();
    if (this.main.parentNode !== this) this.append(this.main);
    window.addEventListener('hashchange', this.onHashChange);
    // "Sign out everywhere" ended this session too: back to sign-in, saying so.
    this.main.addEventListener('console-signed-out-everywhere', () => {
      history.replaceState(null, '', href(defaultPath));
      this.endSession((t) => t('signedOutEverywhere'));
    });
    this.api = new StaffApi(this.collector ?? new URL('/', location.href).href, { onUnauthorized: () => this.sessionEnded() });
    void this.restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** A reload keeps the session: the stored token is checked with the collector before use. */
  private async restore(): Promise<void> {
    const stored = loadSession();
    if (!stored || !this.api) {
      this.phase = 'signed-out';
      return;
    }
    this.api.token = stored.token;
    try {
      this.signedIn(await this.api.me());
      await this.showRoute({ focus: false });
    } catch (error) {
      // A 401 already brought the sign-in page (see `sessionEnded`); anything else is said there.
      if (this.phase === 'restoring') {
        this.phase = 'signed-out';
        this.signInNotice = (t) => describeError(error, t);
      }
    }
  }

  private signedIn(me: StaffMe): void {
    const api = this.api!;
    this.me = me;
    this.context = {
      api,
      me,
      request: (method, path, options) => api.call(method, path, options),
      announce: (message) => this.announce(message),
      navigate: (path) => {
        location.hash = href(path);
      },
      setTitle: (viewTitle) => {
        document.title = this.t('pageTitle', { view: viewTitle });
      },
      href,
      describeError: (error) => describeError(error, this.t),
      breadcrumbs: (initiative, current) => {
        const t = this.t;
        const crumbs: Crumb[] = [{ label: t('initiativesTitle'), href: href('/initiatives') }];
        if (initiative) crumbs.push({ label: initiative.title, href: href(`/initiatives/${encodeURIComponent(initiative.id)}`) });
        return breadcrumbs(t('breadcrumb'), [...crumbs, { label: current }]);
      },
    };
    this.signInNotice = undefined;
    this.phase = 'signed-in';
  }

  private async onSignedIn(event: CustomEvent<StaffSession>): Promise<void> {
    const session = event.detail;
    this.api!.token = session.token;
    saveSession(session);
    this.signedIn(session.me);
    await this.showRoute({ focus: true });
  }

  /** Any 401 from a signed-in call: back to sign-in, keeping the path so signing in returns there. */
  private sessionEnded(): void {
    if (this.phase === 'signed-out') return;
    this.endSession((t) => t('sessionExpired'));
  }

  private async signOut(): Promise<void> {
    try {
      await this.api?.signOut();
    } catch (error) {
      // Signed out on this side whatever the collector says; a 401 means it already was.
      if ((error as CollectorError).status !== 401) console.warn('[participe] sign-out was not confirmed by the collector', error);
    }
    history.replaceState(null, '', href(defaultPath));
    this.endSession((t) => t('signedOut'));
  }

  private endSession(notice: (t: ConsoleTranslate) => string): void {
    clearSession();
    if (this.api) this.api.token = undefined;
    this.me = undefined;
    this.context = undefined;
    this.match = undefined;
    this.signInNotice = notice;
    this.phase = 'signed-out';
    void this.updateComplete.then(() => this.focusView());
  }

  /** Renders the view of the current `#/…` path, loading its module first. */
  private async showRoute({ focus }: { focus: boolean }): Promise<void> {
    if (this.phase !== 'signed-in') return;
    const token = ++this.routeToken;
    const path = pathFromHash(location.hash);
    if (location.hash !== href(path) && !location.hash.startsWith(href(path) + '?')) history.replaceState(null, '', href(path));
    const match = matchRoute(routes, path);
    this.viewReady = false;
    this.match = match;
    if (match && this.mayOpen(match)) await match.route.load();
    if (token !== this.routeToken) return;
    this.viewReady = true;
    if (focus) {
      await this.updateComplete;
      await this.focusView();
    }
  }

  /** A view some roles may not open (the collector would refuse them anyway): said plainly, before any call. */
  private mayOpen(match: RouteMatch): boolean {
    const permission = match.route.permission;
    return !permission || (!!this.me && can(this.me.role, permission));
  }

  /** Focus on the new view's heading, so screen readers and keyboards start at the new content. */
  private async focusView(): Promise<void> {
    // The console's views and the types' own (core's `StaffViewElement`) both offer `focusHeading`.
    const view = this.main.firstElementChild as (Element & { updateComplete?: Promise<unknown>; focusHeading?: () => void }) | null;
    if (view?.focusHeading) {
      await view.updateComplete;
      view.focusHeading();
    }
  }

  private announce(message: string): void {
    // Emptied first, so that the same message twice is announced twice.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  private switchLanguage(): void {
    const next = this.language === 'fr' ? 'en' : 'fr';
    applyLanguage(next);
    this.announce(translator(strings, next)('languageChanged'));
  }

  private skipToContent(event: Event): void {
    event.preventDefault();
    this.main.focus();
  }

  override updated(): void {
    render(this.renderMain(this.t), this.main, { host: this });
    if (this.phase !== 'signed-in') document.title = this.t('pageTitle', { view: this.phase === 'restoring' ? this.t('loading') : this.t('signInTitle') });
    else if (!this.match) document.title = this.t('pageTitle', { view: this.t('notFoundTitle') });
    else if (!this.mayOpen(this.match)) document.title = this.t('pageTitle', { view: this.t('notAllowedTitle') });
  }

  override render() {
    const t = this.t;
    return html`<a class="skip-link" href="#main" @click=${this.skipToContent}>${t('skipToContent')}</a>
      <header class="topbar">
        <div class="topbar__inner">
          <div class="brand">
            <span class="brand__name">${t('appName')}</span>
            <span class="brand__organisation">${this.me ? this.localize(this.me.organisation.name) : t('appTagline')}</span>
          </div>
          ${this.me
            ? html`<nav aria-label=${t('mainNavigation')}>
                <ul>
                  <li><a href=${href(defaultPath)} aria-current=${this.match?.route.path === defaultPath ? 'page' : nothing}>${t('initiativesTitle')}</a></li>
                  ${this.navigationRoutes().map(
                    (route) => html`<li><a href=${href(route.path)} aria-current=${this.match?.route === route ? 'page' : nothing}>${route.navigation!.label(t, this.language)}</a></li>`,
                  )}
                </ul>
              </nav>`
            : nothing}
          <ul class="session" aria-label=${t('accountMenu')}>
            ${this.me ? html`<li class="session__who">${this.whoAmI(t)}</li>` : nothing}
            <li>
              <button class="link-button" type="button" lang=${t('otherLanguageCode')} @click=${this.switchLanguage}>${t('otherLanguage')}</button>
            </li>
            ${this.me ? html`<li><button class="link-button" type="button" @click=${this.signOut}>${t('signOut')}</button></li>` : nothing}
          </ul>
        </div>
      </header>
      <slot name="main"></slot>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  /** Views the route table lists in the main navigation, for the roles that may open them. */
  private navigationRoutes() {
    return routes.filter((route) => route.navigation && this.mayOpen({ route, params: {} }));
  }

  private whoAmI(t: ConsoleTranslate) {
    const me = this.me!;
    const who = me.actor.kind === 'account' ? me.actor.email : me.actor.label;
    return html`${t('signedInAs', { email: who })} · ${t('roleLabel', { role: t(roleKeys[me.role]) })}`;
  }

  private renderMain(t: ConsoleTranslate) {
    switch (this.phase) {
      case 'restoring':
        return html`<p class="loading">${t('loading')}</p>`;
      case 'signed-out':
        return html`<console-sign-in .api=${this.api} .notice=${this.signInNotice?.(t)} @console-signed-in=${this.onSignedIn}></console-sign-in>`;
      case 'signed-in':
        if (!this.match) return html`<console-not-found></console-not-found>`;
        if (!this.mayOpen(this.match)) return html`<console-not-allowed></console-not-allowed>`;
        return this.viewReady && this.context ? this.match.route.render(this.context, this.match.params) : html`<p class="loading">${t('loading')}</p>`;
    }
  }
}
