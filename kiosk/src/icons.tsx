// Simple line pictures for departments, priority kinds and actions. Decorative:
// every button that shows one also says its meaning in words.
import type { PriorityKind } from '@desk/common';
import type { DepartmentIcon } from './catalogue';

export type IconName =
  | DepartmentIcon
  | PriorityKind
  | 'search' | 'back' | 'next' | 'backspace' | 'ticket' | 'link' | 'key' | 'info'
  | 'check' | 'phone' | 'idcard' | 'message' | 'person' | 'print' | 'route' | 'trash' | 'send' | 'clock' | 'camera' | 'pencil' | 'exit'
  | 'face1' | 'face2' | 'face3' | 'face4' | 'face5';

const FACE = 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM9 9.5h.01M15 9.5h.01';

const PATHS: Record<IconName, string> = {
  people: 'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm8 0a3 3 0 1 0 0-6M2.5 20c.6-3.6 3.3-6 6.5-6s5.9 2.4 6.5 6M16 14c2.9.2 5 2.5 5.5 6',
  coins: 'M12 8c4.4 0 8-1.3 8-3s-3.6-3-8-3-8 1.3-8 3 3.6 3 8 3Zm-8-3v5c0 1.7 3.6 3 8 3s8-1.3 8-3V5M4 10v5c0 1.7 3.6 3 8 3s8-1.3 8-3v-5M4 15v4c0 1.7 3.6 3 8 3s8-1.3 8-3v-4',
  landmark: 'M3 21h18M4 18h16M6 18v-7m4 7v-7m4 7v-7m4 7v-7M3 9l9-6 9 6H3Z',
  shield: 'M12 3 4 6v6c0 4.5 3.4 8.2 8 9 4.6-.8 8-4.5 8-9V6l-8-3Zm-3.5 9 2.5 2.5 4.5-5',
  crane: 'M4 21V6m0 0h14l-3 4M4 6l5-3 9 3M14 6v5m-2 10v-5h4v5M2 21h20',
  document: 'M7 3h7l5 5v13H7V3Zm7 0v5h5M10 13h6m-6 4h6',
  flag: 'M5 21V4m0 0h11l-2 4 2 4H5',
  star: 'm12 3 2.8 5.7 6.2.9-4.5 4.4 1 6.2L12 17.3 6.5 20.2l1-6.2L3 9.6l6.2-.9L12 3Z',
  elderly: 'M13 5.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM11 22l1-7 2 2v5m-5-9 2-5 4 2 2 4m2-1v11',
  disabled: 'M11 5.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM11 8v6h6l2 6m-8-9h5M8 11.5a6 6 0 1 0 7.5 7',
  veteran: 'M12 14a5 5 0 1 0 0-10 5 5 0 0 0 0 10Zm0-7.5 1 2 2.2.3-1.6 1.5.4 2.2-2-1-2 1 .4-2.2-1.6-1.5 2.2-.3 1-2ZM8.5 13 7 22l5-3 5 3-1.5-9',
  pregnant: 'M12 6a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm-1 2c-1.5 1-2 3-2 5h2l-1 9m3-14c3 1 4.5 3.5 3.5 6-.5 1.3-2 2-3.5 2l.5 6',
  search: 'M10.5 18a7.5 7.5 0 1 0 0-15 7.5 7.5 0 0 0 0 15ZM16 16l5.5 5.5',
  back: 'M9 5l7 7-7 7',
  backspace: 'M21 5H8l-6 7 6 7h13V5Zm-10 4 6 6m0-6-6 6',
  ticket: 'M3 7V5h18v2a2.5 2.5 0 0 0 0 5v2a2.5 2.5 0 0 0 0 5v0H3v0a2.5 2.5 0 0 0 0-5v-2a2.5 2.5 0 0 0 0-5Zm6-2v14',
  link: 'M8 16 16 8M10 6l1-1a4.2 4.2 0 0 1 6 6l-1 1M14 18l-1 1a4.2 4.2 0 0 1-6-6l1-1',
  key: 'M15 14a5 5 0 1 0-4.6-3L3 18.5V21h3v-2h2v-2h2l1.5-1.5A5 5 0 0 0 15 14Zm1.5-6.5h.01',
  info: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-10v6m0-9.5h.01',
  next: 'M15 5l-7 7 7 7',
  check: 'M5 12.5 10 17.5 19 7',
  phone: 'M8 2h8a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Zm3 17h2',
  idcard: 'M3 6h18v12H3V6Zm4 8.5c.4-1.4 1.5-2.2 2.5-2.2s2.1.8 2.5 2.2M9.5 11.2a1.6 1.6 0 1 0 0-3.2 1.6 1.6 0 0 0 0 3.2ZM14.5 9.5h4m-4 3h3',
  message: 'M4 5h16v11H9l-5 4V5Zm4 5h.01M12 10h.01M16 10h.01',
  person: 'M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 10c.7-4 3.6-6.5 7-6.5s6.3 2.5 7 6.5',
  print: 'M7 8V3h10v5M7 17H4v-7a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v7h-3M7 14h10v7H7v-7Z',
  route: 'M6 19a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm12-10a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM6 15V9a3 3 0 0 1 3-3h7M18 9v6a3 3 0 0 1-3 3H8',
  trash: 'M4 7h16M9 7V4h6v3m-8 0 1 13h8l1-13',
  send: 'M21 3 10 14M21 3l-7 18-4-7-7-4 18-7Z',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-13v5l3 2',
  camera: 'M4 8h3l2-3h6l2 3h3v11H4V8Zm8 9a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Z',
  pencil: 'M4 20h4L19 9l-4-4L4 16v4Zm9-13 4 4',
  exit: 'M10 4H5v16h5M14 8l4 4-4 4M18 12H9',
  face1: `${FACE}M8 17c1.5-2.5 6.5-2.5 8 0`,
  face2: `${FACE}M9 16c1-1 5-1 6 0`,
  face3: `${FACE}M9 15.5h6`,
  face4: `${FACE}M9 14.5c1 1.2 5 1.2 6 0`,
  face5: `${FACE}M8 14c1.5 3 6.5 3 8 0`,
};

/**
 * `back` points to the right, which is "back" in right-to-left, `next` to the left; CSS
 * mirrors both for English.
 */
export function Icon(props: { name: IconName; size?: number; className?: string }) {
  const size = props.size ?? 32;
  return (
    <svg
      className={`kiosk-icon kiosk-icon-${props.name} ${props.className ?? ''}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[props.name]} />
    </svg>
  );
}
