import type { Queryable } from './database.js';

type Hook = () => Promise<void>;

/** The hooks of each transaction still running, by the `Queryable` its work receives. */
const open = new WeakMap<Queryable, Hook[]>();

/**
 * Runs a transaction's work, then the hooks it registered (`beforeCommit`), still inside the
 * transaction: the storage drivers call it between BEGIN and COMMIT. When the work throws, the
 * hooks never run (the transaction rolls back).
 */
export async function withCommitHooks<T>(tx: Queryable, work: (tx: Queryable) => Promise<T>): Promise<T> {
  const hooks: Hook[] = [];
  open.set(tx, hooks);
  try {
    const result = await work(tx);
    // A hook may register another: read the list's length each time.
    for (let index = 0; index < hooks.length; index++) await hooks[index]!();
    return result;
  } finally {
    open.delete(tx);
  }
}

/**
 * Asks for `hook` to run last in `tx`, just before it commits; false when `tx` is not a
 * transaction run by a storage driver (a plain connection: the caller acts at once instead).
 */
export function beforeCommit(tx: Queryable, hook: Hook): boolean {
  const hooks = open.get(tx);
  if (!hooks) return false;
  hooks.push(hook);
  return true;
}
