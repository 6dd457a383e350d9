import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { CaptureHealth } from '../../components/capture-health.tsx';
import { TranscriptView } from '../../components/transcript-view.tsx';
import type { PanelStore } from '../../lib/store/panel-store.ts';

export function App({ store }: { store: PanelStore }) {
  const { status, connection, tabId } = useStore(
    store,
    useShallow((state) => ({ status: state.status, connection: state.connection, tabId: state.tabId })),
  );
  const utterances = useStore(
    store,
    useShallow((state) => state.order.map((id) => state.utterances[id]!)),
  );
  return (
    <main className="panel">
      <header className="panel-header">
        <h1 className="brand">Candor</h1>
      </header>
      <CaptureHealth status={status} connection={connection} hasTab={tabId !== null} />
      <TranscriptView utterances={utterances} />
    </main>
  );
}
