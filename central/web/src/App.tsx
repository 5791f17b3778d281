// The central desk's web app: enter an access token, then the pages the token's
// role may see. Each page lives in its own folder and gets the API client.
import { lazy, Suspense, useEffect, useMemo, useState, type ComponentType, type FormEvent } from 'react';
import { centralApi, storedToken, storeToken, type CentralApi } from './api';
import { nowText } from './format';

export interface PageProps {
  api: CentralApi;
}

interface PageEntry {
  id: string;
  title: string;
  page: ComponentType<PageProps>;
}

const pages: PageEntry[] = [
  { id: 'board', title: 'ادارات', page: lazy(() => import('./board/BoardPage').then((m) => ({ default: m.BoardPage }))) },
  { id: 'reports', title: 'گزارش‌ها', page: lazy(() => import('./reports/ReportsPage').then((m) => ({ default: m.ReportsPage }))) },
  { id: 'catalogue', title: 'کاتالوگ خدمات', page: lazy(() => import('./catalogue/CataloguePage').then((m) => ({ default: m.CataloguePage }))) },
  { id: 'oversight', title: 'نظارت و ارزیابی', page: lazy(() => import('./oversight/OversightPage').then((m) => ({ default: m.OversightPage }))) },
];

function pageFromHash(): string {
  const id = location.hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return pages.some((p) => p.id === id) ? id : 'board';
}

function Login(props: { onToken(token: string): void }) {
  const [value, setValue] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value.trim()) props.onToken(value.trim());
  };
  return (
    <form className="central-login" onSubmit={submit}>
      <p>برای دیدن ادارات، کلید دسترسی خود (مدیر، بیننده یا بازرس) را وارد کنید.</p>
      <label htmlFor="token">کلید دسترسی</label>
      <input id="token" autoComplete="off" dir="ltr" data-testid="central-token" value={value} onChange={(e) => setValue(e.target.value)} />
      <p>
        <button type="submit" data-testid="central-enter">
          ورود
        </button>
      </p>
    </form>
  );
}

export function App() {
  const [token, setToken] = useState(storedToken);
  const [pageId, setPageId] = useState(pageFromHash);
  const [now, setNow] = useState(nowText);
  const [error, setError] = useState('');
  const api = useMemo(
    () =>
      centralApi(token, (message) => {
        storeToken(null);
        setToken('');
        setError(message);
      }),
    [token],
  );

  useEffect(() => {
    const onHash = () => setPageId(pageFromHash());
    window.addEventListener('hashchange', onHash);
    const t = setInterval(() => setNow(nowText()), 30_000);
    return () => {
      window.removeEventListener('hashchange', onHash);
      clearInterval(t);
    };
  }, []);

  const signIn = (t: string) => {
    storeToken(t);
    setError('');
    setToken(t);
  };
  const signOut = () => {
    storeToken(null);
    setToken('');
  };
  const entry = pages.find((p) => p.id === pageId) ?? pages[0]!;
  const Page = entry.page;

  return (
    <div className="central">
      <header className="central-header">
        <strong>میز خدمت مرکزی</strong>
        {token && (
          <nav aria-label="بخش‌ها">
            {pages.map((p) => (
              <a key={p.id} href={`#/${p.id}`} aria-current={p.id === entry.id ? 'page' : undefined} data-testid={`central-tab-${p.id}`}>
                {p.title}
              </a>
            ))}
          </nav>
        )}
        <span className="central-now">{now}</span>
        {token && (
          <button type="button" className="central-signout" id="signout" onClick={signOut}>
            خروج
          </button>
        )}
      </header>
      <main className="central-main">
        <p id="error" className="error" role="alert">
          {error}
        </p>
        {token ? (
          <Suspense fallback={<p className="muted">در حال بارگذاری…</p>}>
            <Page key={`${entry.id}:${token}`} api={api} />
          </Suspense>
        ) : (
          <Login onToken={signIn} />
        )}
      </main>
    </div>
  );
}
