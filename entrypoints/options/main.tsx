import { createRoot } from 'react-dom/client';
import '../../components/panel.css';
import { App } from './App.tsx';
import { extensionStorage } from './storage.ts';
import './style.css';

createRoot(document.getElementById('root')!).render(<App storage={extensionStorage} />);
