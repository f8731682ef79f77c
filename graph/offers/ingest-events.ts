/** What an ingest changed, told to "after ingest" listeners (the discovery engine refreshes its snapshot). */
export interface IngestedEvent {
  sources: string[];
  authorityIds: string[];
  created: number;
  updated: number;
  retired: number;
  /** The graph version after this ingest (graph-version.ts). */
  graphVersion: number;
}

export type IngestedListener = (event: IngestedEvent) => void | Promise<void>;

const listeners = new Set<IngestedListener>();

/** Registers a listener called after every ingest in this process; returns a function that removes it. */
export function onIngested(listener: IngestedListener): () => void {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}

/** Calls every listener and waits for them; a failing listener never fails the ingest: its error is returned. */
export async function notifyIngested(event: IngestedEvent): Promise<Error[]> {
  const results = await Promise.allSettled([...listeners].map(async (listener) => listener(event)));
  return results.flatMap((result) => (result.status === 'rejected'
    ? [result.reason instanceof Error ? result.reason : new Error(String(result.reason))]
    : []));
}
