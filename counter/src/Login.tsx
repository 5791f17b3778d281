// Sign-in of a clerk (or supervisor/admin) at the counter.
import { useState, type FormEvent } from 'react';
import { api, LanguageSwitch } from '@desk/ui';
import type { StaffUser } from '@desk/common';
import { useT } from './i18n';

export function Login(props: { onSignedIn: (token: string, user: StaffUser) => void }) {
  const { t } = useT();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!username.trim() || !password) {
      setError(t('login.missing'));
      return;
    }
    setBusy(true);
    setError(null);
    const res = await api<{ token: string; user: StaffUser }>('/api/auth/login', {
      body: { username: username.trim(), password },
    });
    setBusy(false);
    if (res.ok) props.onSignedIn(res.data.token, res.data.user);
    else setError(res.error.message);
  }

  return (
    <main className="login">
      <form className="login-card" onSubmit={submit} noValidate>
        <h1>{t('login.title')}</h1>
        <label>
          <span>{t('login.username')}</span>
          <input
            data-testid="login-username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            autoComplete="username"
            autoFocus
            dir="ltr"
          />
        </label>
        <label>
          <span>{t('login.password')}</span>
          <input
            data-testid="login-password"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            dir="ltr"
          />
        </label>
        {error && (
          <p className="form-error" role="alert" data-testid="login-error">
            {error}
          </p>
        )}
        <button type="submit" className="btn btn-primary" data-testid="login-submit" disabled={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </button>
        <div className="login-lang">
          <LanguageSwitch />
        </div>
      </form>
    </main>
  );
}
