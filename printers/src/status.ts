// Printer health from the printer's own answers. `DLE EOT n` is a real-time
// command: the printer answers as soon as it reads it, even while offline or out of
// paper, so four queries (printer, offline cause, error cause, paper sensor) tell
// the whole state in four bytes. That a socket connects says nothing about paper.
import type { Lang } from '@desk/common';
import { statusQuery } from './escpos';
import { printerText } from './strings';

export type PrinterState = 'online' | 'offline' | 'paper-low' | 'paper-out' | 'cover-open' | 'error';

export interface PrinterStatus {
  state: PrinterState;
  /**
   * `printer`: the printer answered a status query. `connection`: only the link was
   * tried (unreachable, or a transport that cannot read answers back).
   */
  source: 'printer' | 'connection';
  /** epoch ms */
  at: number;
  /** The four DLE EOT answers, when the printer gave them. */
  raw?: number[];
}

/** DLE EOT 1, 2, 3, 4 in one write; the answers come back in that order. */
export const STATUS_QUERIES = Buffer.concat([statusQuery(1), statusQuery(2), statusQuery(3), statusQuery(4)]);

/** Every DLE EOT answer has the fixed bits 0xx1xx10. */
export function isStatusByte(b: number): boolean {
  return (b & 0x93) === 0x12;
}

/** The four answers to STATUS_QUERIES → one state (the one a person must act on first). */
export function parseStatusBytes(raw: ArrayLike<number>): PrinterState {
  const [printer, offline, error, paper] = [raw[0] ?? 0, raw[1] ?? 0, raw[2] ?? 0, raw[3] ?? 0];
  if (![printer, offline, error, paper].every(isStatusByte)) return 'error';
  if (offline & 0x04) return 'cover-open';
  if (offline & 0x20 || (paper & 0x60) === 0x60) return 'paper-out';
  // autocutter, unrecoverable or auto-recoverable error, or the offline-cause error bit
  if (error & 0x68 || offline & 0x40) return 'error';
  // offline with no cause we know (e.g. paper being fed by the button): not ready
  if (printer & 0x08) return 'error';
  if ((paper & 0x0c) === 0x0c) return 'paper-low';
  return 'online';
}

/** `GS r 1` answer (paper sensor) → paper state only. */
export function parsePaperSensor(b: number): 'online' | 'paper-low' | 'paper-out' {
  if (b & 0x0c) return 'paper-out';
  if (b & 0x03) return 'paper-low';
  return 'online';
}

/** What a printer in `state` answers to DLE EOT 1..4 (the virtual printer speaks this). */
export function statusBytesFor(state: PrinterState): number[] {
  const paperOut = state === 'paper-out';
  const coverOpen = state === 'cover-open';
  const error = state === 'error';
  const offline = paperOut || coverOpen || error;
  return [
    0x12 | (offline ? 0x08 : 0),
    0x12 | (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0) | (error ? 0x40 : 0),
    0x12 | (error ? 0x08 : 0),
    0x12 | (state === 'paper-low' ? 0x0c : 0) | (paperOut ? 0x60 : 0),
  ];
}

/** The `GS r 1` answer for `state`. */
export function paperSensorByteFor(state: PrinterState): number {
  return state === 'paper-out' ? 0x0c : state === 'paper-low' ? 0x03 : 0;
}

/** States in which a job would not come out of the printer: hold it and retry later. */
export function blocksPrinting(state: PrinterState): boolean {
  return state === 'paper-out' || state === 'cover-open' || state === 'error' || state === 'offline';
}

/** «چاپگر کاغذ ندارد» / "Printer is out of paper". */
export function statusMessage(state: PrinterState, lang: Lang = 'fa'): string {
  return printerText(`state.${state}`, lang);
}
