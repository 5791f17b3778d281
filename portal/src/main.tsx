import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@desk/ui';
import '@desk/ui/theme.css';
import './portal.css';
import { App } from './App';
import { messages } from './strings';

createRoot(document.getElementById('root')!).render(
  <I18nProvider catalog={messages} storageKey="portal">
    <App />
  </I18nProvider>,
);
