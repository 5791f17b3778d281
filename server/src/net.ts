// How phones in the lobby reach this server: its address on the office network.
import { networkInterfaces } from 'node:os';

/** http://<first non-internal IPv4>:<port>, or loopback when the machine has no network. */
export function lanUrl(port: number): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.family === 'IPv4' && !a.internal) return `http://${a.address}:${port}`;
    }
  }
  return `http://127.0.0.1:${port}`;
}
