import { createRoot } from 'react-dom/client';
import '../../components/debrief/page.css';
import { SessionStore } from '../../utils/session-store.ts';
import { App } from './App.tsx';
import { extensionSettings } from './settings.ts';

createRoot(document.getElementById('root')!).render(<App store={new SessionStore()} settings={extensionSettings} />);
