// Typed messages between the extension's contexts. The content script and extension pages call
// `request(type, payload)`; the background answers through `createRouter`. Each feature adds
// its messages to `Protocol` by declaration merging (see utils/messages-*.ts), so this file
// never needs to know the features, and the content script bundles only the types it uses.
import { browser } from 'wxt/browser';

/** Filled in by each feature: `'type': { request: …; response: … }`. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Protocol {}

export type MessageType = keyof Protocol & string;
type RequestOf<T extends MessageType> = Protocol[T] extends { request: infer R } ? R : never;
type ResponseOf<T extends MessageType> = Protocol[T] extends { response: infer R } ? R : never;

export type Envelope = { type: string; payload: unknown };
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export class MessageError extends Error {}

/** Sends a typed request to the background and unwraps its reply (throws on an error reply). */
export async function request<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope = { type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<T>> | undefined;
  if (!reply) throw new MessageError(`No answer to ${type}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}

export type Sender = { id?: string; url?: string; tab?: { id?: number } };

/** Where a message may come from: any of our contexts, or only our own pages (never a content script). */
export type Origin = 'any-context' | 'extension-page';

export interface Route<T extends MessageType> {
  origin: Origin;
  /** Returns the request if the payload has the right shape, otherwise undefined. */
  parse(payload: unknown): RequestOf<T> | undefined;
  handle(request: RequestOf<T>, sender: Sender): Promise<ResponseOf<T>> | ResponseOf<T>;
}

export type Routes = { [T in MessageType]?: Route<T> };

export interface Identity {
  /** browser.runtime.id */
  id: string;
  /** The extension's origin with a trailing slash, e.g. chrome-extension://abc/ */
  baseUrl: string;
}

/** Decides whether a sender may use a route. Content scripts have a tab and a web page URL. */
export function senderAllowed(sender: Sender, origin: Origin, self: Identity): boolean {
  if (sender.id !== self.id) return false;
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(self.baseUrl);
  if (origin === 'extension-page') return fromOwnPage;
  return fromOwnPage || sender.tab !== undefined;
}

/** The background's single message listener: checks the sender and the shape, then dispatches. */
export function createRouter(routes: Routes, self: Identity) {
  return async (message: unknown, sender: Sender): Promise<Reply<unknown>> => {
    if (typeof message !== 'object' || message === null) return { ok: false, error: 'bad-message' };
    const { type, payload } = message as Partial<Envelope>;
    if (typeof type !== 'string' || !Object.hasOwn(routes, type)) return { ok: false, error: 'unknown-type' };
    const route = routes[type as MessageType] as Route<MessageType> | undefined;
    if (!route) return { ok: false, error: 'unknown-type' };
    if (!senderAllowed(sender, route.origin, self)) return { ok: false, error: 'forbidden-sender' };
    const parsed = route.parse(payload);
    if (parsed === undefined) return { ok: false, error: 'bad-payload' };
    try {
      return { ok: true, value: await route.handle(parsed, sender) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : 'failed' };
    }
  };
}
