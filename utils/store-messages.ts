/**
 * Extension pages (history, debrief, practice, privacy) reach the call store through the background,
 * which alone opens IndexedDB: one writer, whatever page is open. This module is both ends of that
 * conversation: the schema every request is checked against, the background's handler, and the
 * client the pages use in place of the store.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { RetentionSchema } from '../lib/debrief/retention-policy.ts';
import type { CaptureBatch } from '../lib/capture/protocol.ts';
import type { SessionAnnotations } from '../lib/debrief/session-meta.ts';
import type { SessionStore, StoredSession } from './session-store.ts';

export const STORE_MESSAGE = 'store/call';

/** What pages may ask of the store. The background's own writes (append, saveRecord) are not in it. */
export type PageStore = Pick<
  SessionStore,
  | 'get'
  | 'findByCallKey'
  | 'batches'
  | 'list'
  | 'footprint'
  | 'annotate'
  | 'setReflection'
  | 'searchText'
  | 'delete'
  | 'deleteMany'
  | 'deleteAll'
  | 'importSession'
  | 'retention'
  | 'setRetention'
>;

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(500));
// Records and batches come from the extension's own pages (checked by sender below) and were built by
// lib/ parsers; the schema checks their outline, the store's own readers check the rest.
const Record = v.looseObject({ id: Id });
const Patch = v.record(v.string(), v.unknown());

const StoreCall = v.variant('method', [
  v.object({ method: v.literal('get'), args: v.strictTuple([Id]) }),
  v.object({ method: v.literal('findByCallKey'), args: v.strictTuple([Id]) }),
  v.object({ method: v.literal('batches'), args: v.strictTuple([Id]) }),
  v.object({ method: v.literal('list'), args: v.strictTuple([]) }),
  v.object({ method: v.literal('footprint'), args: v.strictTuple([]) }),
  v.object({ method: v.literal('annotate'), args: v.strictTuple([Id, Patch]) }),
  v.object({ method: v.literal('setReflection'), args: v.strictTuple([Id, v.unknown()]) }),
  v.object({ method: v.literal('searchText'), args: v.strictTuple([v.pipe(v.string(), v.maxLength(1000))]) }),
  v.object({ method: v.literal('delete'), args: v.strictTuple([Id]) }),
  v.object({ method: v.literal('deleteMany'), args: v.strictTuple([v.array(Id)]) }),
  v.object({ method: v.literal('deleteAll'), args: v.strictTuple([]) }),
  v.object({ method: v.literal('importSession'), args: v.strictTuple([Record, v.array(v.looseObject({}))]) }),
  v.object({ method: v.literal('retention'), args: v.strictTuple([]) }),
  v.object({ method: v.literal('setRetention'), args: v.strictTuple([RetentionSchema]) }),
]);

export const StoreRequestSchema = v.object({ type: v.literal(STORE_MESSAGE), call: StoreCall });

export type StoreReply = { ok: true; value: unknown } | { ok: false; error: string };

export function isStoreRequestLike(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === STORE_MESSAGE;
}

/** The background's side: runs one checked request on its store. Sets go over the wire as arrays. */
export async function handleStoreRequest(store: SessionStore, message: unknown): Promise<StoreReply> {
  const parsed = v.safeParse(StoreRequestSchema, message);
  if (!parsed.success) return { ok: false, error: 'not a store request' };
  const { call } = parsed.output;
  try {
    const value = await run(store, call);
    return { ok: true, value: value instanceof Set ? [...value] : (value ?? null) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function run(store: SessionStore, call: v.InferOutput<typeof StoreCall>): Promise<unknown> {
  switch (call.method) {
    case 'get':
      return store.get(...call.args);
    case 'findByCallKey':
      return store.findByCallKey(...call.args);
    case 'batches':
      return store.batches(...call.args);
    case 'list':
      return store.list();
    case 'footprint':
      return store.footprint();
    case 'annotate':
      return store.annotate(call.args[0], call.args[1] as SessionAnnotations);
    case 'setReflection':
      return store.setReflection(call.args[0], call.args[1]);
    case 'searchText':
      return store.searchText(...call.args);
    case 'delete':
      return store.delete(...call.args);
    case 'deleteMany':
      return store.deleteMany(...call.args);
    case 'deleteAll':
      return store.deleteAll();
    case 'importSession':
      return store.importSession(call.args[0] as unknown as StoredSession, call.args[1] as unknown as CaptureBatch[]);
    case 'retention':
      return store.retention();
    case 'setRetention':
      return store.setRetention(...call.args);
  }
}

type Send = (message: unknown) => Promise<unknown>;

/** The pages' side: the store's methods, each one message to the background. */
export function pageStore(send: Send): PageStore {
  async function call<T>(method: keyof PageStore, ...args: unknown[]): Promise<T> {
    const reply = (await send({ type: STORE_MESSAGE, call: { method, args } })) as StoreReply | undefined;
    if (!reply) throw new Error('the background did not answer');
    if (!reply.ok) throw new Error(reply.error);
    return (reply.value ?? undefined) as T;
  }
  return {
    get: (id) => call('get', id),
    findByCallKey: (callKey) => call('findByCallKey', callKey),
    batches: (sessionId) => call('batches', sessionId),
    list: () => call('list'),
    footprint: () => call('footprint'),
    annotate: (id, patch) => call('annotate', id, patch),
    setReflection: async (id, reflection) => (await call('setReflection', id, reflection)) ?? null,
    searchText: async (query) => new Set(await call<string[]>('searchText', query)),
    delete: (id) => call('delete', id),
    deleteMany: (ids) => call('deleteMany', [...ids]),
    deleteAll: () => call('deleteAll'),
    importSession: (record, batches) => call('importSession', record, batches),
    retention: () => call('retention'),
    setRetention: (policy) => call('setRetention', policy),
  };
}

/** The store as an extension page sees it: every call goes to the background. */
export function extensionPageStore(): PageStore {
  return pageStore((message) => browser.runtime.sendMessage(message));
}
