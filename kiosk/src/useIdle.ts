// Back to the start when nobody has touched the kiosk for a while: the next visitor
// must not find someone else's half-typed search, priority claim or language.
import { useEffect, useRef } from 'react';
import { createIdleTimer } from './idle';

const ACTIVITY_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'wheel', 'scroll'] as const;

export function useIdle(seconds: number, onIdle: () => void): void {
  const callback = useRef(onIdle);
  callback.current = onIdle;
  useEffect(() => {
    const timer = createIdleTimer(seconds * 1000, () => callback.current());
    const touch = () => timer.touch();
    // capture: scrolling inside a list does not bubble to window
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, touch, { capture: true, passive: true });
    return () => {
      timer.stop();
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, touch, { capture: true });
    };
  }, [seconds]);
}
