// What this screen remembers about itself beside its token: the paired device
// (a display paired for one counter shows that counter's sign).
import type { Device } from '@desk/common';

const DEVICE_KEY = 'desk.device.display';

export function loadDevice(): Device | null {
  try {
    const raw = localStorage.getItem(DEVICE_KEY);
    return raw ? (JSON.parse(raw) as Device) : null;
  } catch {
    return null;
  }
}

export function saveDevice(device: Device | null): void {
  try {
    if (device) localStorage.setItem(DEVICE_KEY, JSON.stringify(device));
    else localStorage.removeItem(DEVICE_KEY);
  } catch {
    /* private mode: the page keeps working without it */
  }
}

export interface ScreenMode {
  /** Show this counter's sign instead of the lobby board. */
  counterId: string | null;
  /** Speak calls. A counter sign is silent unless ?voice=1 (the lobby board speaks for everyone). */
  voice: boolean;
}

/** `?counter=<id>` wins over the paired device's counter. */
export function screenMode(search: string, device: Device | null): ScreenMode {
  const params = new URLSearchParams(search);
  const counterId = params.get('counter') || device?.counterId || null;
  const voiceParam = params.get('voice');
  const voice = counterId ? voiceParam === '1' : voiceParam !== '0';
  return { counterId, voice };
}
