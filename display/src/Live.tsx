// A paired screen: the live connection, the voice fed from it, and the board or
// the counter sign. When the link drops the last state stays up with a badge.
import { useEffect, useState } from 'react';
import { api, DeskConnection, useConnection } from '@desk/ui';
import type { Device } from '@desk/common';
import type { Announcer } from './announcer';
import { saveDevice, screenMode, type ScreenMode } from './device';
import { feedAnnouncer } from './voice-feed';
import { createAnnouncer, useAnnouncerState, useAudioStatus } from './voice';
import { Board } from './Board';
import { CounterSign } from './CounterSign';
import { AnnouncerCaption } from './AnnouncerCaption';
import { AudioUnlock, Connecting, OfflineBadge } from './Overlays';

export function Live(props: { token: string; device: Device | null; onUnauthorized: () => void }) {
  const { token, onUnauthorized } = props;
  const [mode] = useState<ScreenMode>(() => screenMode(window.location.search, props.device));
  const [announcer] = useState<Announcer>(createAnnouncer);
  const [connection, setConnection] = useState<DeskConnection | null>(null);
  const pairedCounter = props.device?.counterId ?? null;

  useEffect(() => {
    const c = new DeskConnection({ token, onUnauthorized });
    // wired before the socket's first sync can answer, so no call slips past
    const stopVoice = mode.voice
      ? feedAnnouncer(c, announcer, { accept: mode.counterId ? (call) => call.counterId === mode.counterId : undefined })
      : () => undefined;
    // the admin may change which counter this display shows: after any configuration
    // change, ask again what this device is, and start over if its counter moved
    const stopWatch = c.onEvent((event) => {
      if (event.type !== 'config.changed') return;
      void api<{ device: Device }>('/api/devices/me', { token }).then((r) => {
        if (!r.ok || (r.data.device.counterId ?? null) === pairedCounter) return;
        saveDevice(r.data.device);
        window.location.reload();
      });
    });
    setConnection(c);
    return () => {
      stopWatch();
      stopVoice();
      c.close();
    };
  }, [token, onUnauthorized, announcer, mode, pairedCounter]);

  if (!connection) return <Connecting />;
  return <Screen connection={connection} announcer={announcer} mode={mode} />;
}

function Screen(props: { connection: DeskConnection; announcer: Announcer; mode: ScreenMode }) {
  const { status, view } = useConnection(props.connection);
  const voice = useAnnouncerState(props.announcer);
  const audio = useAudioStatus();
  const announcing = voice.status === 'announcing' ? voice.current : null;

  let content;
  if (!view) content = <Connecting embedded />;
  else if (props.mode.counterId) content = <CounterSign view={view} counterId={props.mode.counterId} />;
  else content = <Board view={view} announcing={announcing} upcoming={voice.upcoming} />;

  return (
    <div className="display" data-connection={status}>
      {content}
      <AnnouncerCaption state={voice} />
      {props.mode.voice && audio.status === 'suspended' && <AudioUnlock onClick={audio.resume} />}
      {status !== 'online' && <OfflineBadge />}
    </div>
  );
}
