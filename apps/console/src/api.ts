import { CollectorError, collectorBase } from '@participe/core/client';
import {
  AccessRequestDeleted,
  AccessRequestResult,
  Acknowledgement,
  ContributionPage,
  StaffInitiative,
  StaffInitiativeList,
  ApiTokenList,
  BulkRejected,
  ParticipantArrivals,
  ParticipationGuards,
  CreatedApiToken,
  SessionsEnded,
  StaffAccountList,
  StaffAccountSummary,
  StaffMe,
  StaffSession,
  validate,
  type ApiTokenSummary,
  type CreateApiTokenRequest,
  type CreateStaffAccountRequest,
  type UpdateStaffAccountRequest,
  type ContributionQuery,
  type AnyInitiativeSettingsInput,
  type Language,
  type SignInRequest,
  type StaffEntryRequest,
} from '@participe/core/schemas';

type Schema<T> = Parameters<typeof validate<T>>[0];

export type ExportFormat = 'csv' | 'json';

export interface StaffApiOptions {
  /** Called when the collector answers 401 to a signed-in call: the session is over. */
  onUnauthorized?: (error: CollectorError) => void;
}

interface RequestOptions<T> {
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  /** Checks the answer; without one, the answer must be empty. */
  schema?: Schema<T>;
  /** Sign-in is the one call made without a token (its 401 means a wrong password, not an ended session). */
  anonymous?: boolean;
}

/**
 * The collector's staff API, typed by the core schemas. Bearer token only, never cookies
 * (`credentials: 'omit'`), and every answer is checked before the console believes it.
 * Refusals and failures are thrown as the core `CollectorError`, whose `code` the views word.
 */
export class StaffApi {
  /** The console session token, kept in memory (and in sessionStorage by the shell). */
  token: string | undefined;
  readonly baseUrl: string;

  constructor(
    baseUrl: string,
    private readonly options: StaffApiOptions = {},
  ) {
    this.baseUrl = collectorBase(baseUrl);
  }

  signIn(request: SignInRequest): Promise<StaffSession> {
    return this.request('POST', 'v1/staff/sessions', { body: request, schema: StaffSession, anonymous: true });
  }

  me(): Promise<StaffMe> {
    return this.request('GET', 'v1/staff/me', { schema: StaffMe });
  }

  signOut(): Promise<void> {
    return this.request('DELETE', 'v1/staff/sessions/current', {});
  }

  /** Ends every console session of my account, this one included. */
  async signOutEverywhere(): Promise<number> {
    return (await this.request('DELETE', 'v1/staff/sessions', { schema: SessionsEnded })).sessionsEnded;
  }

  /** Changes my own password; my other sessions end. */
  async changePassword(currentPassword: string, newPassword: string): Promise<number> {
    return (await this.request('PUT', 'v1/staff/me/password', { body: { currentPassword, newPassword }, schema: SessionsEnded })).sessionsEnded;
  }

  async accounts(): Promise<StaffAccountSummary[]> {
    return (await this.request('GET', 'v1/staff/accounts', { schema: StaffAccountList })).items;
  }

  createAccount(account: CreateStaffAccountRequest): Promise<StaffAccountSummary> {
    return this.request('POST', 'v1/staff/accounts', { body: account, schema: StaffAccountSummary });
  }

  /** A new role, or disabling (every session of the account ends) and enabling. */
  updateAccount(id: string, change: UpdateStaffAccountRequest): Promise<StaffAccountSummary> {
    return this.request('PATCH', accountPath(id), { body: change, schema: StaffAccountSummary });
  }

  async resetPassword(id: string, password: string): Promise<number> {
    return (await this.request('PUT', accountPath(id, 'password'), { body: { password }, schema: SessionsEnded })).sessionsEnded;
  }

  deleteAccount(id: string): Promise<void> {
    return this.request('DELETE', accountPath(id), {});
  }

  /** New web participants of the last minutes against the usual: a burst may be made-up participants. */
  arrivals(id: string): Promise<ParticipantArrivals> {
    return this.request('GET', initiativePath(id, 'arrivals'), { schema: ParticipantArrivals });
  }

  guards(id: string): Promise<ParticipationGuards> {
    return this.request('GET', initiativePath(id, 'guards'), { schema: ParticipationGuards });
  }

  /** The initiative's ceiling on web contributions per minute (null lifts it). */
  setGuards(id: string, guards: ParticipationGuards): Promise<ParticipationGuards> {
    return this.request('PUT', initiativePath(id, 'guards'), { body: guards, schema: ParticipationGuards });
  }

  /** Rejects every web contribution received in `[from, to)`; returns how many. */
  async rejectBetween(id: string, from: string, to: string, reason?: string): Promise<number> {
    const body = reason ? { from, to, reason } : { from, to };
    return (await this.request('POST', initiativePath(id, 'contributions/bulk-rejection'), { body, schema: BulkRejected })).rejected;
  }

  async tokens(): Promise<ApiTokenSummary[]> {
    return (await this.request('GET', 'v1/staff/tokens', { schema: ApiTokenList })).items;
  }

  /** The token itself is in this answer only. */
  createToken(request: CreateApiTokenRequest): Promise<CreatedApiToken> {
    return this.request('POST', 'v1/staff/tokens', { body: request, schema: CreatedApiToken });
  }

  revokeToken(id: string): Promise<void> {
    return this.request('DELETE', `v1/staff/tokens/${encodeURIComponent(id)}`, {});
  }

  async initiatives(): Promise<StaffInitiative[]> {
    return (await this.request('GET', 'v1/staff/initiatives', { schema: StaffInitiativeList })).items;
  }

  initiative(id: string): Promise<StaffInitiative> {
    return this.request('GET', initiativePath(id), { schema: StaffInitiative });
  }

  createInitiative(settings: AnyInitiativeSettingsInput): Promise<StaffInitiative> {
    return this.request('POST', 'v1/staff/initiatives', { body: settings, schema: StaffInitiative });
  }

  updateInitiative(id: string, settings: AnyInitiativeSettingsInput): Promise<StaffInitiative> {
    return this.request('PUT', initiativePath(id), { body: settings, schema: StaffInitiative });
  }

  changeStatus(id: string, status: 'open' | 'closed'): Promise<StaffInitiative> {
    return this.request('POST', initiativePath(id, 'status'), { body: { status }, schema: StaffInitiative });
  }

  publishResults(id: string, published: boolean): Promise<StaffInitiative> {
    return this.request('POST', initiativePath(id, 'results-publication'), { body: { published }, schema: StaffInitiative });
  }

  contributions(id: string, query: ContributionQuery = {}): Promise<ContributionPage> {
    return this.request('GET', initiativePath(id, 'contributions'), { query, schema: ContributionPage });
  }

  enterContribution(id: string, entry: StaffEntryRequest): Promise<Acknowledgement> {
    return this.request('POST', initiativePath(id, 'contributions'), { body: entry, schema: Acknowledgement });
  }

  /** Results as the public widget would show them, published or not yet; `schema` is the type's results schema. */
  results<T>(id: string, schema: Schema<T>): Promise<T> {
    return this.request('GET', initiativePath(id, 'results'), { schema });
  }

  /** An access request: the organisation's contributions holding this address in a personal email field (the address goes in the body, never the URL). */
  searchAccessRequest(email: string): Promise<AccessRequestResult> {
    return this.request('POST', 'v1/staff/access-requests/search', { body: { email }, schema: AccessRequestResult });
  }

  /** Deletes for good the contributions holding this address: those listed, or all of them. */
  async deleteForAccessRequest(email: string, contributions?: string[]): Promise<number> {
    const body = contributions ? { email, contributions } : { email };
    return (await this.request('POST', 'v1/staff/access-requests/deletion', { body, schema: AccessRequestDeleted })).deleted;
  }

  /**
   * Every contribution as a file; the caller saves it (a plain link could not carry the token).
   * A CSV's headers and words are in `language` (one readable column per question, for surveys).
   */
  async exportContributions(id: string, format: ExportFormat, language: Language): Promise<{ blob: Blob; filename: string }> {
    const query = format === 'csv' ? { format, lang: language } : { format };
    const response = await this.send('GET', initiativePath(id, 'export'), { query });
    const blob = await response.blob();
    const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
    return { blob, filename: named ?? `${id}.${format}` };
  }

  /** Any staff call (`v1/staff/...`), for the types' own views: the answer checked against `schema`. */
  call<T = void>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, options: Omit<RequestOptions<T>, 'anonymous'> = {}): Promise<T> {
    if (!path.startsWith('v1/staff/')) throw new Error(`not a staff API path: ${path}`);
    return this.request(method, path, options);
  }

  private async request<T>(method: string, path: string, options: RequestOptions<T>): Promise<T> {
    const response = await this.send(method, path, options);
    if (!options.schema) return undefined as T;
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new CollectorError('The collector answered with unreadable data.', response.status, 'invalid_response');
    }
    const checked = validate(options.schema, body);
    if (!checked.ok) throw new CollectorError('The collector answered with unexpected data.', response.status, 'invalid_response', checked.issues);
    return checked.value;
  }

  private async send(method: string, path: string, { body, query, anonymous }: RequestOptions<unknown>): Promise<Response> {
    const url = new URL(path, this.baseUrl);
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (!anonymous && this.token) headers['authorization'] = `Bearer ${this.token}`;
    let response: Response;
    try {
      response = await globalThis.fetch(url, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (cause) {
      throw CollectorError.network(cause);
    }
    if (response.ok) return response;
    const error = await CollectorError.fromResponse(response);
    if (error.status === 401 && !anonymous) this.options.onUnauthorized?.(error);
    throw error;
  }
}

const accountPath = (id: string, sub?: string) => `v1/staff/accounts/${encodeURIComponent(id)}${sub ? `/${sub}` : ''}`;
const initiativePath = (id: string, sub?: string) => `v1/staff/initiatives/${encodeURIComponent(id)}${sub ? `/${sub}` : ''}`;
