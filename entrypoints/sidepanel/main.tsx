import { createRoot } from 'react-dom/client';
import { createPanelStore } from '../../lib/store/panel-store.ts';
import { App } from './App.tsx';
import { connectPanel, followTab } from './connection.ts';
import '../../components/panel.css';

const store = createPanelStore();
followTab(store);
const connection = connectPanel(store);
createRoot(document.getElementById('root')!).render(<App store={store} connection={connection} />);
