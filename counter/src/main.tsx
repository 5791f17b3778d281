import '@desk/ui/theme.css';
import './counter.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@desk/ui';
import { strings } from './strings';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider catalog={strings} storageKey="counter">
      <App />
    </I18nProvider>
  </StrictMode>,
);
