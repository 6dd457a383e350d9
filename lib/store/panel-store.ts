import { createStore } from 'zustand/vanilla';
import type { CaptureStatus } from '../capture/types.ts';
import type { EngineSnapshot } from '../engine/engine.ts';
import type { PanelMessage, SessionSummary } from '../session/panel-protocol.ts';
import type { Utterance } from '../transcript/types.ts';

export type Connection = 'connecting' | 'live' | 'reconnecting';

export interface PanelState {
  tabId: number | null;
  connection: Connection;
  session: SessionSummary | null;
  status: CaptureStatus | null;
  analysis: EngineSnapshot | null;
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
          ...indexUtterances({}, message.utterances),
        });
        return;
      }
      const { utterances } = get();
      set({
        ...(message.session ? { session: message.session } : {}),
        ...(message.status ? { status: message.status } : {}),
        ...(message.analysis ? { analysis: message.analysis } : {}),
        ...(message.changed.length > 0 ? indexUtterances(utterances, message.changed) : {}),
      });
    },
  }));
}

export type PanelStore = ReturnType<typeof createPanelStore>;

function indexUtterances(existing: Record<string, Utterance>, incoming: Utterance[]) {
  const utterances = { ...existing };
  for (const utterance of incoming) utterances[utterance.id] = utterance;
  const order = Object.values(utterances)
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))
    .map((utterance) => utterance.id);
  return { utterances, order };
}
