import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@desk/ui';
import '@desk/ui/theme.css';
import './display.css';
import { strings } from './strings';
import { App } from './App';

window.__deskAnnounced ??= [];

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider catalog={strings} storageKey="display">
      <App />
    </I18nProvider>
  </StrictMode>,
);
