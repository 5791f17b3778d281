// The browser's voice: pre-rendered .ogg clips decoded once with Web Audio and
// scheduled back to back on the audio clock, so a sentence has no gaps. When a
// clip cannot be played (missing, undecodable, audio locked) the player waits the
// clip's length in silence instead: the announcer's queue never stalls.

export interface VoiceManifest {
  format: string;
  clips: Record<string, { file: string; text: string; ms: number }>;
}

/** running: sound plays · suspended: the browser wants a gesture first · unavailable: no Web Audio. */
export type AudioStatus = 'running' | 'suspended' | 'unavailable';

/** Silent stand-in length for a clip the manifest does not know. */
const UNKNOWN_CLIP_MS = 500;
/** Hand over to the next clip this early, so it is scheduled before this one ends. */
const HANDOVER_S = 0.08;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function createContext(): AudioContext | null {
  try {
    const Ctor = globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    return Ctor ? new Ctor({ latencyHint: 'playback' }) : null;
  } catch {
    return null;
  }
}

export class ClipPlayer {
  private readonly ctx: AudioContext | null = createContext();
  private readonly manifest: Promise<VoiceManifest | null>;
  private buffers = new Map<string, Promise<AudioBuffer | null>>();
  /** Audio-clock time at which the last scheduled clip ends. */
  private nextStart = 0;
  private listeners = new Set<() => void>();

  /** `baseUrl`: where manifest.json and the clips are served, e.g. "/display/voice/". */
  constructor(private readonly baseUrl: string) {
    this.manifest = fetch(`${baseUrl}manifest.json`)
      .then((res) => (res.ok ? (res.json() as Promise<VoiceManifest>) : null))
      .catch(() => null);
    if (this.ctx) this.ctx.onstatechange = () => this.notify();
  }

  status = (): AudioStatus => {
    if (!this.ctx) return 'unavailable';
    return this.ctx.state === 'running' ? 'running' : 'suspended';
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Ask the browser to let sound play (call from a user gesture). */
  async resume(): Promise<void> {
    if (this.ctx && this.ctx.state !== 'running' && this.ctx.state !== 'closed') {
      await this.ctx.resume().catch(() => undefined);
    }
    this.notify();
  }

  /** Fetch and decode every clip of the manifest, so the first call is not late. */
  async preloadAll(): Promise<void> {
    const manifest = await this.manifest;
    if (manifest) await this.prepare(Object.keys(manifest.clips));
  }

  /** Fetch and decode these clips (cached). Never rejects. */
  prepare = async (clips: string[]): Promise<void> => {
    await Promise.all(clips.map((name) => this.buffer(name)));
  };

  /** Play one clip; resolves just before it ends (the next one is queued on the audio clock). */
  play = async (name: string): Promise<void> => {
    const manifest = await this.manifest;
    const silentMs = manifest?.clips[name]?.ms ?? UNKNOWN_CLIP_MS;
    const buffer = await this.buffer(name);
    const ctx = this.ctx;
    if (!ctx || !buffer || ctx.state !== 'running') return sleep(silentMs);
    return this.schedule(ctx, buffer);
  };

  private schedule(ctx: AudioContext, buffer: AudioBuffer): Promise<void> {
    const source = ctx.createBufferSource();
    source.buffer = buffer;
    source.connect(ctx.destination);
    const startAt = Math.max(ctx.currentTime, this.nextStart);
    const endAt = startAt + buffer.duration;
    source.start(startAt);
    this.nextStart = endAt;
    return new Promise((resolve) => {
      const timers: Array<ReturnType<typeof setTimeout>> = [];
      const finish = () => {
        for (const t of timers) clearTimeout(t);
        source.onended = null;
        resolve();
      };
      const untilEnd = (endAt - ctx.currentTime) * 1000;
      timers.push(setTimeout(finish, Math.max(0, untilEnd - HANDOVER_S * 1000)));
      // if the audio clock freezes (context suspended mid-clip), wall time still moves on
      timers.push(setTimeout(finish, untilEnd + 1000));
      source.onended = finish;
    });
  }

  private buffer(name: string): Promise<AudioBuffer | null> {
    let cached = this.buffers.get(name);
    if (!cached) {
      cached = this.load(name);
      this.buffers.set(name, cached);
      // a failed load may succeed later (server restarted, file rendered since)
      void cached.then((b) => {
        if (!b) this.buffers.delete(name);
      });
    }
    return cached;
  }

  private async load(name: string): Promise<AudioBuffer | null> {
    const ctx = this.ctx;
    const entry = (await this.manifest)?.clips[name];
    if (!ctx || !entry) return null;
    try {
      const res = await fetch(`${this.baseUrl}${entry.file}`);
      if (!res.ok) return null;
      return await ctx.decodeAudioData(await res.arrayBuffer());
    } catch {
      return null;
    }
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
