import { createRoot } from 'react-dom/client';
import '../../components/debrief/page.css';
import { extensionPageStore } from '../../utils/store-messages.ts';
import { App } from './App.tsx';
import { extensionSettings } from './settings.ts';

createRoot(document.getElementById('root')!).render(<App store={extensionPageStore()} settings={extensionSettings} />);
