// Tells the passport page (this tab and the others) that the passport changed, so every open
// view reloads what it shows. Runs in extension pages; in the background it is silent (nobody
// listens there). Carries ids only, never the child's data.
export interface PassportChange {
  /** The child concerned; absent when many children changed at once (an import, a reset). */
  childId?: string;
  /** True when the change was made in another tab. */
  remote?: boolean;
}

type Listener = (change: PassportChange) => void;

const listeners = new Set<Listener>();
const CHANNEL = 'vigie-passport';
let channel: BroadcastChannel | undefined;

function openChannel(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<PassportChange>) => {
    for (const listener of listeners) listener({ ...event.data, remote: true });
  };
  return channel;
}

export function onPassportChanged(listener: Listener): () => void {
  openChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the store after a transaction has committed (never before: a failed write changes nothing). */
export function announceChange(change: PassportChange): void {
  for (const listener of listeners) listener(change);
  openChannel()?.postMessage(change);
}
