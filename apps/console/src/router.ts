import type { TemplateResult } from 'lit';
import type { InitiativeType, Language } from '@participe/core/schemas';
import type { ConsoleContext } from './context.js';
import type { Permission } from './permissions.js';
import type { ConsoleTranslate } from './strings.js';

// Hash routing (`#/initiatives/abc`): the collector serves the console as static files under
// /console/ with index.html for the folder only, so the path part of the URL never changes and any
// deep link or reload lands on index.html. Hashes that do not start with `#/` are not routes.

export type RouteParams = Readonly<Record<string, string>>;

export interface RouteDefinition {
  /** `/initiatives/:id/contributions`: `:name` matches one path segment. */
  path: string;
  /** Loads the view's module (each view is its own chunk). */
  load(): Promise<unknown>;
  /** The view element, given the shell's context and the path's parameters. */
  render(context: ConsoleContext, params: RouteParams): TemplateResult;
  /** Only roles holding it may open the view; others get the "not allowed" page, as the collector would refuse them. */
  permission?: Permission;
  /** Lists the view in the shell's main navigation (for the roles holding `permission`). */
  navigation?: { label(t: ConsoleTranslate, language: Language): string };
  /** Lists the view on an initiative's page, for the roles and types it applies to. */
  initiativeLink?: {
    label(t: ConsoleTranslate, language: Language): string;
    permission?: Permission;
    /** Only initiatives of these types; all types when absent. */
    types?: readonly InitiativeType[];
  };
}

export interface RouteMatch {
  route: RouteDefinition;
  params: RouteParams;
}

export const defaultPath = '/initiatives';

/** `#/initiatives/abc?x` → `/initiatives/abc`; anything else → the default path. */
export function pathFromHash(hash: string): string {
  if (!hash.startsWith('#/')) return defaultPath;
  const path = hash.slice(1).split('?')[0]!.replace(/\/+$/, '');
  return path || defaultPath;
}

export const href = (path: string) => `#${path}`;

export function matchRoute(routes: readonly RouteDefinition[], path: string): RouteMatch | undefined {
  const segments = path.split('/').filter(Boolean);
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      const segment = segments[index]!;
      if (!part.startsWith(':')) return part === segment;
      try {
        params[part.slice(1)] = decodeURIComponent(segment);
        return true;
      } catch {
        return false;
      }
    });
    if (matches) return { route, params };
  }
  return undefined;
}

/** The path of a route for given parameters: `/initiatives/:id` + `{ id: 'abc' }` → `/initiatives/abc`. */
export function pathOf(route: Pick<RouteDefinition, 'path'>, params: RouteParams): string {
  return route.path.replace(/:(\w+)/g, (_match, name: string) => encodeURIComponent(params[name] ?? ''));
}
