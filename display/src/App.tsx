// The screen's credential: a stored token, else automatic pairing on the server
// machine, else a pairing code typed in. A revoked token returns here.
import { useCallback, useEffect, useState } from 'react';
import { loadToken, pairDevice, saveToken, type DeviceCredential } from '@desk/ui';
import { loadDevice, saveDevice } from './device';
import { Live } from './Live';
import { Pairing } from './Pairing';
import { Connecting } from './Overlays';

type Phase = { kind: 'starting' } | { kind: 'pairing' } | { kind: 'ready'; token: string };

export function App() {
  const [phase, setPhase] = useState<Phase>(() => {
    const token = loadToken('display');
    return token ? { kind: 'ready', token } : { kind: 'starting' };
  });

  const paired = useCallback((credential: DeviceCredential) => {
    saveDevice(credential.device);
    setPhase({ kind: 'ready', token: credential.token });
  }, []);

  useEffect(() => {
    if (phase.kind !== 'starting') return;
    let cancelled = false;
    void pairDevice('display').then((result) => {
      if (cancelled) return;
      if ('error' in result) setPhase({ kind: 'pairing' });
      else paired(result);
    });
    return () => {
      cancelled = true;
    };
  }, [phase.kind, paired]);

  const unpair = useCallback(() => {
    saveToken('display', null);
    saveDevice(null);
    setPhase({ kind: 'pairing' });
  }, []);

  if (phase.kind === 'starting') return <Connecting />;
  if (phase.kind === 'pairing') return <Pairing onPaired={paired} />;
  return <Live key={phase.token} token={phase.token} device={loadDevice()} onUnauthorized={unpair} />;
}
