// Paths inside a definition, as the schemas' issues write them (`pages[0].questions[2].label.fr`):
// read and write a draft at a path without touching anything else (so the JSON view round-trips
// exactly), and the DOM id of the control that edits a path.

export type PathStep = string | number;

/** `pages[0].label.fr` → `['pages', 0, 'label', 'fr']`. */
export function parsePath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) steps.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return steps;
}

/** `['pages', 0, 'label']` → `pages[0].label`. */
export const formatPath = (steps: readonly PathStep[]) =>
  steps.map((step, index) => (typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`)).join('');

/** The DOM id of the control editing `path`: `pages[0].label.fr` → `pages-0-label-fr`. */
export const pathId = (path: string) => parsePath(path).join('-');

const isContainer = (value: unknown): value is Record<PropertyKey, unknown> => typeof value === 'object' && value !== null;

/** What sits at `path` (undefined when any step is missing). */
export function valueAt(root: unknown, path: string | readonly PathStep[]): unknown {
  let value = root;
  for (const step of typeof path === 'string' ? parsePath(path) : path) {
    if (!isContainer(value)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/**
 * A copy of `root` with `value` at `path`; undefined removes the key (or the list item). Objects on
 * the way are copied with their keys in their order, so the JSON of what did not change stays as it was.
 */
export function withValueAt<T>(root: T, path: string | readonly PathStep[], value: unknown): T {
  const steps = typeof path === 'string' ? parsePath(path) : path;
  if (!steps.length) return value as T;
  const [step, ...rest] = steps as [PathStep, ...PathStep[]];
  const container: unknown = isContainer(root) ? root : typeof step === 'number' ? [] : {};
  const inner = rest.length ? withValueAt((container as Record<PropertyKey, unknown>)[step], rest, value) : value;
  if (Array.isArray(container)) {
    const copy = [...container];
    if (inner === undefined && !rest.length) copy.splice(step as number, 1);
    else copy[step as number] = inner;
    return copy as T;
  }
  const copy = { ...(container as Record<string, unknown>) };
  if (inner === undefined) delete copy[step];
  else copy[step] = inner;
  return copy as T;
}
