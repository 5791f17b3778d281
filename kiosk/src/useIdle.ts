// Back to the start when nobody has touched the kiosk for a while: the next visitor
// must not find someone else's half-typed search, priority claim, language or request.
// A screen with a request being written asks «are you still there?» first.
import { useCallback, useEffect, useRef, useState } from 'react';
import { createIdleWatch, type IdleTimer } from './idle';

const ACTIVITY_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'wheel', 'scroll'] as const;

export interface IdleState {
  /** When the warning ends with a wipe (ms since the epoch), while it is shown. */
  warningUntil: number | null;
  /** Something happened that counts as the visitor being there (a file arrived from their phone). */
  touch: () => void;
}

export function useIdle(seconds: number, onIdle: () => void, warning: { seconds: number; when: () => boolean } = { seconds: 0, when: () => false }): IdleState {
  const callback = useRef(onIdle);
  callback.current = onIdle;
  const when = useRef(warning.when);
  when.current = warning.when;
  const watch = useRef<IdleTimer | null>(null);
  const [warningUntil, setWarningUntil] = useState<number | null>(null);
  const warnSeconds = warning.seconds;
  useEffect(() => {
    const timer = createIdleWatch({
      idleMs: seconds * 1000,
      warnMs: warnSeconds * 1000,
      shouldWarn: () => warnSeconds > 0 && when.current(),
      onWarn: () => setWarningUntil(Date.now() + warnSeconds * 1000),
      onStay: () => setWarningUntil(null),
      onIdle: () => {
        setWarningUntil(null);
        callback.current();
      },
    });
    watch.current = timer;
    const touch = () => timer.touch();
    // capture: scrolling inside a list does not bubble to window
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, touch, { capture: true, passive: true });
    return () => {
      timer.stop();
      watch.current = null;
      setWarningUntil(null);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, touch, { capture: true });
    };
  }, [seconds, warnSeconds]);
  const touch = useCallback(() => watch.current?.touch(), []);
  return { warningUntil, touch };
}
