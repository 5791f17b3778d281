// The kiosk's start: a device token first (kept, automatic, or from a pairing code),
// then the live connection. A refused token sends the kiosk back to pairing.
import { useEffect, useState } from 'react';
import { DeskConnection } from '@desk/ui';
import { Busy } from './Busy';
import { Kiosk } from './Kiosk';
import { Offline } from './Offline';
import { Pairing } from './Pairing';
import { useDevice } from './useDevice';
import { useKioskI18n } from './useKioskI18n';

export function App() {
  const device = useDevice();
  const { t } = useKioskI18n();
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  if (device.phase === 'preparing') return <Busy text={t('device.preparing')} />;
  if (device.phase === 'serverDown') return <Offline status="offline" />;
  if (device.phase === 'pairing' || !device.token) return <Pairing onPair={device.pairWithCode} />;
  return <Live key={device.token} token={device.token} onUnauthorized={device.forget} />;
}

function Live(props: { token: string; onUnauthorized: () => void }) {
  const { token, onUnauthorized } = props;
  const [connection, setConnection] = useState<DeskConnection | null>(null);
  useEffect(() => {
    const c = new DeskConnection({ token, onUnauthorized });
    setConnection(c);
    return () => c.close();
  }, [token, onUnauthorized]);
  if (!connection) return <Offline status="connecting" />;
  return <Kiosk connection={connection} token={token} />;
}
