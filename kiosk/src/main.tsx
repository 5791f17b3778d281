import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@desk/ui';
import '@desk/ui/theme.css';
import './kiosk.css';
import './edesk/edesk.css';
import { App } from './App';
import { messages } from './strings';

// A touchscreen in a public lobby: a long press must not open a menu.
window.addEventListener('contextmenu', (e) => e.preventDefault());

createRoot(document.getElementById('root')!).render(
  <I18nProvider catalog={messages} storageKey="kiosk">
    <App />
  </I18nProvider>,
);
