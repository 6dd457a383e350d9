import { createRoot } from 'react-dom/client';
import { SessionStore } from '../../utils/session-store.ts';
import '../../components/debrief/page.css';
import { App } from './App.tsx';

const sessionId = new URLSearchParams(location.search).get('session');
createRoot(document.getElementById('root')!).render(<App store={new SessionStore()} sessionId={sessionId} />);
