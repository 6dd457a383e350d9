import { createStore } from 'zustand/vanilla';
import type { CaptureStatus } from '../capture/types.ts';
import type { EngineSnapshot } from '../engine/engine.ts';
import type { CoachView } from '../session/call-session.ts';
import { renameLines } from '../transcript/rename.ts';
import type { PanelMessage, SessionSummary } from '../session/panel-protocol.ts';
import type { Utterance } from '../transcript/types.ts';

export type Connection = 'connecting' | 'live' | 'reconnecting';

export interface PanelState {
  tabId: number | null;
  connection: Connection;
  session: SessionSummary | null;
  status: CaptureStatus | null;
  analysis: EngineSnapshot | null;
  coach: CoachView | null;
  /** Utterances by id; `order` keeps them sorted by start time. */
  utterances: Record<string, Utterance>;
  order: string[];
}

export interface PanelActions {
  bind(tabId: number | null): void;
  setConnection(connection: Connection): void;
  receive(message: PanelMessage): void;
}

const initialState: PanelState = {
  tabId: null,
  connection: 'connecting',
  session: null,
  status: null,
  analysis: null,
  coach: null,
  utterances: {},
  order: [],
};

/** The side panel's mirror of one tab's call, fed by the background's snapshot and updates. */
export function createPanelStore() {
  return createStore<PanelState & PanelActions>()((set, get) => ({
    ...initialState,
    bind: (tabId) => set({ ...initialState, tabId }),
    setConnection: (connection) => set({ connection }),
    receive: (message) => {
      const { tabId } = get();
      if (message.tabId !== tabId) return;
      if (message.type === 'snapshot') {
        set({
          connection: 'live',
          session: message.session,
          status: message.status,
          analysis: message.analysis,
          coach: message.coach,
          ...indexUtterances({}, [], message.utterances),
        });
        return;
      }
      let { utterances, order } = get();
      if (message.changed.length > 0) ({ utterances, order } = indexUtterances(utterances, order, message.changed));
      // Lines finished before the name was learned arrive under the stand-in, so renames come after them.
      for (const rename of message.renamed ?? []) {
        const renamed = renameLines(Object.values(utterances), rename);
        if (renamed.length > 0) utterances = indexUtterances(utterances, order, renamed).utterances;
      }
      set({
        ...(message.session ? { session: message.session } : {}),
        ...(message.status ? { status: message.status } : {}),
        ...(message.analysis ? { analysis: message.analysis } : {}),
        ...(message.coach ? { coach: message.coach } : {}),
        ...(message.changed.length > 0 || message.renamed ? { utterances, order } : {}),
      });
    },
  }));
}

export type PanelStore = ReturnType<typeof createPanelStore>;

/** Upserts utterances by id, keeping `order` sorted by start time without re-sorting everything. */
function indexUtterances(existing: Record<string, Utterance>, order: string[], incoming: readonly Utterance[]) {
  const utterances = { ...existing };
  let nextOrder = order;
  for (const utterance of incoming) {
    const previous = utterances[utterance.id];
    utterances[utterance.id] = utterance;
    if (previous && previous.start === utterance.start) continue;
    if (nextOrder === order) nextOrder = [...order];
    if (previous) nextOrder.splice(nextOrder.indexOf(utterance.id), 1);
    nextOrder.splice(insertionPoint(nextOrder, utterances, utterance), 0, utterance.id);
  }
  return { utterances, order: nextOrder };
}

/** Binary search for where an utterance goes in start order; ties by id keep the order stable. */
function insertionPoint(order: readonly string[], utterances: Record<string, Utterance>, utterance: Utterance): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const other = utterances[order[mid]!]!;
    if (other.start < utterance.start || (other.start === utterance.start && other.id < utterance.id)) low = mid + 1;
    else high = mid;
  }
  return low;
}
