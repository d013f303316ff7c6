/**
 * A download made once, however often it is asked for (a chunk of the app fetched with `import()`):
 * the first call starts it and every later call shares it; a failed one is forgotten, so the next
 * call fetches anew (a retry after the connection is back).
 */
export function onceLoaded<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
