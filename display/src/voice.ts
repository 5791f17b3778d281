// The board's voice in the page: one audio player for the page's life, one
// announcer per live connection, and the test hook window.__deskAnnounced.
import { useEffect, useSyncExternalStore } from 'react';
import { Announcer, type AnnouncerState } from './announcer';
import { ClipPlayer, type AudioStatus } from './audio';

let player: ClipPlayer | null = null;

/** Created on first use: an AudioContext is a page-wide resource. */
export function voicePlayer(): ClipPlayer {
  if (!player) {
    player = new ClipPlayer(`${import.meta.env.BASE_URL}voice/`);
    void player.preloadAll();
  }
  return player;
}

export function createAnnouncer(): Announcer {
  const p = voicePlayer();
  return new Announcer({
    play: p.play,
    prepare: p.prepare,
    onAnnounced: (call) => {
      (window.__deskAnnounced ??= []).push(call.id);
    },
  });
}

export function useAnnouncerState(announcer: Announcer): AnnouncerState {
  return useSyncExternalStore(announcer.subscribe, announcer.getState);
}

/** Whether sound can play; while the browser holds it back, any touch or key lets it. */
export function useAudioStatus(): { status: AudioStatus; resume: () => void } {
  const p = voicePlayer();
  const status = useSyncExternalStore(p.subscribe, p.status);
  useEffect(() => {
    if (status !== 'suspended') return;
    const unlock = () => void p.resume();
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
  }, [p, status]);
  return { status, resume: () => void p.resume() };
}
