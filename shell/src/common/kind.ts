// The three desktop shells and the web app each one loads.

export const SHELL_KINDS = ['kiosk', 'counter', 'display'] as const;
export type ShellKind = (typeof SHELL_KINDS)[number];

export function isShellKind(value: unknown): value is ShellKind {
  return typeof value === 'string' && (SHELL_KINDS as readonly string[]).includes(value);
}

/** Path of the kind's web app on the office server: `/kiosk`, `/counter`, `/display`. */
export function appPathFor(kind: ShellKind): string {
  return `/${kind}`;
}

/** `http://server:8080` + kiosk → `http://server:8080/kiosk`. `serverUrl` is an origin (validated settings). */
export function appUrlFor(serverUrl: string, kind: ShellKind): string {
  return new URL(appPathFor(kind), serverUrl).href;
}

export function healthUrlFor(serverUrl: string): string {
  return new URL('/api/health', serverUrl).href;
}

/** Persian name of a kind, for the shell's own pages. */
export const KIND_LABELS: Record<ShellKind, string> = {
  kiosk: 'کیوسک',
  counter: 'باجه',
  display: 'نمایشگر سالن',
};
