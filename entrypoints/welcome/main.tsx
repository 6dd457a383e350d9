import { createRoot } from 'react-dom/client';
import '../../components/debrief/page.css';
import './welcome.css';
import { CoachSettingsStore } from '../../utils/coach-settings.ts';
import { App } from './App.tsx';

createRoot(document.getElementById('root')!).render(<App settings={new CoachSettingsStore()} />);
