import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import { CollectorError } from '../client/collector-error.js';
import { initiativeUrl, readJson } from '../client/read.js';
import type { ContextField } from '../schemas/context.js';
import { slugPattern } from '../schemas/patterns.js';
import { emit } from './events.js';
import type { StringTable } from './strings.js';

/** What an element tells the loader about itself. */
export interface InitiativeSource<I> {
  /** The initiative type the element shows, e.g. `page-feedback`. */
  type(): string;
  /** The type's schema, imported lazily: the schema library arrives in its own chunk. */
  schema(): Promise<z.ZodMiniType<I>>;
  /** Whatever else to import while the initiative is fetched (the widget's lazy parts). */
  parts(): Promise<unknown>;
  /** The element's attributes now, and every string it knows (to check wording overrides). */
  configuration(): { initiative: string | undefined; collector: string | undefined; preview: unknown; strings: unknown; table: StringTable };
  /** Problems with the widget's own attributes, worded for the webmaster. */
  attributeProblems(): string[];
  /** Problems only the initiative shows (an attribute naming something it lacks), worded for the webmaster. */
  initiativeProblems(initiative: I): string[];
  /** The attributes the initiative depends on (id, collector, preview, wording): when one changes… */
  inputs(): readonly unknown[];
  /** …the element reloads, saying what loading means for it (its state), then calling `load()`. */
  reload(): void;
}

/**
 * How a load ended: `loaded` (see `value`), `misconfigured` (see `problems`), `failed` (the
 * collector could not be reached or read: worth a retry), or `superseded` by a newer load.
 */
export type LoadOutcome = 'loaded' | 'misconfigured' | 'failed' | 'superseded';

/**
 * Loads an element's initiative — from the collector, or the `preview` object — and checks it
 * against the widget's schema. The checks, the schema and the widget's parts are imported while
 * the initiative is fetched, so none of them adds a round trip. A misconfigured element never
 * stays blank: its problems are shown, said in the console (prefixed `[participe]`) and sent as
 * `participe-error`, once per distinct report.
 */
export class InitiativeController<I> implements ReactiveController {
  /** The initiative, checked against the widget's schema (the last one that loaded). */
  value: I | undefined;
  /** What a webmaster must fix; shown instead of the widget. */
  problems: string[] = [];
  /** The collector refused this page's origin: the citizen is told only that it is unavailable here. */
  refusedHere = false;
  /** Context from the host page, checked against the initiative's fields when it loaded (sent with each contribution). */
  context: Record<string, string> = {};
  private token = 0;
  private reported = '';
  /** The inputs of the last load; unset attributes are `undefined`, which loads nothing yet. */
  private inputs: readonly unknown[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: InitiativeSource<I>,
  ) {
    host.addController(this);
  }

  /** Before each render, as Lit's `Task` does: new inputs, new load. */
  hostUpdate(): void {
    const inputs = this.source.inputs();
    if (inputs.some((input, i) => input !== this.inputs[i])) {
      this.inputs = inputs;
      this.source.reload();
    }
  }

  /** Loads (or reloads) the initiative; a newer call supersedes an older one still running. */
  async load(): Promise<LoadOutcome> {
    const token = ++this.token;
    const { host, source } = this;
    const checks = Promise.all([import('./checks.js'), source.schema(), source.parts()]);
    const { initiative, collector, preview } = source.configuration();
    // Fetched while the checks load; a bad address is reported by the checks, not by the fetch.
    const fetched = preview !== undefined ? Promise.resolve(preview) : fetchInitiative(initiative, collector);
    fetched.catch(() => undefined);
    try {
      const [{ configurationProblems, hostContext, validate }, schema] = await checks;
      if (token !== this.token) return 'superseded';
      const problems = [...configurationProblems({ tag: host.localName, ...source.configuration() }), ...source.attributeProblems()];
      if (problems.length) return this.misconfigured(problems);
      const raw = await fetched;
      if (token !== this.token) return 'superseded';
      const actualType = (raw as { type?: unknown } | null)?.type;
      if (typeof actualType === 'string' && actualType !== source.type()) {
        return this.misconfigured([`initiative "${(raw as { id?: string }).id}" is a ${actualType}: show it with <participe-${actualType}>, not <${host.localName}>`]);
      }
      const result = validate(schema, raw);
      if (!result.ok) return this.misconfigured(result.issues.map((issue) => `${issue.path}: ${issue.message}`));
      const context = hostContext(host, (result.value as { context?: ContextField[] }).context);
      const mismatches = [...context.problems, ...source.initiativeProblems(result.value)];
      if (mismatches.length) return this.misconfigured(mismatches);
      this.context = context.values;
      this.problems = [];
      this.refusedHere = false;
      this.value = result.value;
      host.requestUpdate();
      return 'loaded';
    } catch (error) {
      if (token !== this.token) return 'superseded';
      if (error instanceof CollectorError && error.status === 404) return this.misconfigured([`no initiative "${initiative}" at ${collector} (is it published?)`]);
      this.refusedHere = error instanceof CollectorError && error.code === 'origin_not_allowed';
      if (this.refusedHere) {
        // Not the citizen's problem, and not their connection: one line for the webmaster, who can fix it.
        console.error(`[participe] <${host.localName}> is not shown: this page's origin (${location.origin}) may not embed initiative "${initiative}". Add ${location.origin} to the initiative's allowed origins in the Participe console (the initiative's settings).`);
      }
      emit(host, 'participe-error', { kind: 'load', problems: [String((error as Error).message)] });
      return 'failed';
    }
  }

  private misconfigured(problems: string[]): LoadOutcome {
    this.problems = problems;
    this.refusedHere = false;
    this.host.requestUpdate();
    const report = problems.join('\n');
    if (report !== this.reported) {
      this.reported = report;
      // A preview is being edited by staff, who see the problems in the editor: no console noise per keystroke.
      if (this.source.configuration().preview === undefined) console.error(`[participe] <${this.host.localName}> cannot start:\n- ${problems.join('\n- ')}`);
      emit(this.host, 'participe-error', { kind: 'config', problems });
    }
    return 'misconfigured';
  }
}

function fetchInitiative(initiative: string | undefined, collector: string | undefined): Promise<unknown> {
  if (!initiative || !slugPattern.test(initiative) || !collector) return Promise.reject(new Error('nothing to fetch'));
  return readJson(initiativeUrl(collector, initiative));
}
