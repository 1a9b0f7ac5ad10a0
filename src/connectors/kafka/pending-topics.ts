/**
 * Topics that a statement's DDL has declared but not created yet. The catalog's interface is
 * synchronous, so CREATE TABLE … AS SELECT reaches the sink before the catalog could create the
 * topic: the catalog registers the creation here and the sink (or source) settles it before
 * it opens. Each creation runs once.
 */
const PENDING = new Map<string, () => Promise<void>>();

const keyOf = (bootstrap: string, topic: string): string => `${bootstrap}\u0000${topic}`;

/** Registers the creation of a topic (memoized: it runs at most once). */
export function registerPendingTopic(
  bootstrap: string,
  topic: string,
  create: () => Promise<void>,
): () => Promise<void> {
  let run: Promise<void> | undefined;
  const once = (): Promise<void> => {
    run ??= create().finally(() => PENDING.delete(keyOf(bootstrap, topic)));
    return run;
  };
  PENDING.set(keyOf(bootstrap, topic), once);
  return once;
}

/** Forgets a registered creation (its statement failed or the table was dropped). */
export function forgetPendingTopic(bootstrap: string, topic: string): void {
  PENDING.delete(keyOf(bootstrap, topic));
}

/** Runs the registered creation of a topic, if any. */
export async function settlePendingTopic(bootstrap: string, topic: string): Promise<void> {
  await PENDING.get(keyOf(bootstrap, topic))?.();
}
