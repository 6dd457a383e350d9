import { createRoot } from 'react-dom/client';
import { extensionPageStore } from '../../utils/store-messages.ts';
import '../../components/debrief/page.css';
import { App } from './App.tsx';

const sessionId = new URLSearchParams(location.search).get('session');
createRoot(document.getElementById('root')!).render(<App store={extensionPageStore()} sessionId={sessionId} />);
