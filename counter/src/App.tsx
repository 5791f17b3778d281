// The counter app: sign in, then work (the desk) or manage (admin screens).
import { useT } from './i18n';
import { Login } from './Login';
import { useSession } from './useSession';
import { Workspace } from './Workspace';

export function App() {
  const { t } = useT();
  const { session, signIn, signOut } = useSession();
  if (session.status === 'checking') return <p className="splash">{t('app.loading')}</p>;
  if (session.status === 'signedOut') return <Login onSignedIn={signIn} />;
  return <Workspace key={session.token} token={session.token} user={session.user} onSignOut={signOut} />;
}
