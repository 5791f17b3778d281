/// <reference types="vite/client" />

interface Window {
  /** Call ids in the order the board finished announcing them (read by the end-to-end tests). */
  __deskAnnounced?: string[];
}
