// A paired screen: the live connection, the voice fed from it, and the board or
// the counter sign. When the link drops the last state stays up with a badge.
import { useEffect, useState } from 'react';
import { DeskConnection, useConnection } from '@desk/ui';
import type { Device } from '@desk/common';
import type { Announcer } from './announcer';
import { screenMode, type ScreenMode } from './device';
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

  useEffect(() => {
    const c = new DeskConnection({ token, onUnauthorized });
    // wired before the socket's first sync can answer, so no call slips past
    const stopVoice = mode.voice
      ? feedAnnouncer(c, announcer, { accept: mode.counterId ? (call) => call.counterId === mode.counterId : undefined })
      : () => undefined;
    setConnection(c);
    return () => {
      stopVoice();
      c.close();
    };
  }, [token, onUnauthorized, announcer, mode]);

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
