// One Vite setup for the screens: each is served by the office server
// under its own path (/kiosk, /counter, /display, /portal) and bundles everything it needs.
import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

export function appConfig(name: 'kiosk' | 'counter' | 'display' | 'portal'): UserConfig {
  return defineConfig({
    base: `/${name}/`,
    plugins: [react()],
    build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 1500 },
    server: { proxy: { '/api': 'http://localhost:8080', '/socket.io': { target: 'ws://localhost:8080', ws: true } } },
  });
}
