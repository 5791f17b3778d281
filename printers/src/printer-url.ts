// Where a printer is, as one string an admin can type:
//   tcp://192.168.1.50:9100          network printer (port 9100 by default)
//   serial:///dev/ttyUSB0?baud=19200  serial printer (also serial://COM3?baud=9600)
//   file:///dev/usb/lp0               device file; a bare /dev/usb/lp0 or \\.\COM3 too
//   virtual                           in-process virtual printer (PNG files)
// Any of them may end in ?width=384 (dots) or ?paper=58 (mm) for narrow paper, and
// &status=off for a printer that does not answer status queries (jobs go out blind).
import { PAPER_WIDTHS } from './paper';

export type PrinterTarget =
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'serial'; path: string; baudRate: number; rtscts: boolean }
  | { kind: 'file'; path: string }
  | { kind: 'virtual'; dir?: string };

export interface PrinterAddress {
  target: PrinterTarget;
  /** printable width in dots, when the address says */
  width?: number;
  /** false when the address says status=off */
  readStatus?: boolean;
}

export class PrinterUrlError extends Error {
  override name = 'PrinterUrlError';
}

function widthFrom(params: URLSearchParams): number | undefined {
  const width = params.get('width');
  if (width !== null) {
    const w = Number(width);
    if (!Number.isInteger(w) || w < 8 || w > 4096) throw new PrinterUrlError(`width must be a whole number of dots: ${width}`);
    return w;
  }
  const paper = params.get('paper');
  if (paper === null) return undefined;
  const mm = paper.replace(/mm$/, '');
  if (mm === '80') return PAPER_WIDTHS['80mm'];
  if (mm === '58') return PAPER_WIDTHS['58mm'];
  throw new PrinterUrlError(`paper must be 80 or 58 (mm): ${paper}`);
}

function withWidth(target: PrinterTarget, params: URLSearchParams): PrinterAddress {
  const width = widthFrom(params);
  const status = params.get('status');
  if (status !== null && !['on', 'off'].includes(status)) throw new PrinterUrlError(`status must be on or off: ${status}`);
  return { target, ...(width === undefined ? {} : { width }), ...(status === 'off' ? { readStatus: false } : {}) };
}

/** Parse a printer address; throws PrinterUrlError with a message naming what is wrong. */
export function parsePrinterUrl(input: string): PrinterAddress {
  const text = input.trim();
  if (text === 'virtual') return { target: { kind: 'virtual' } };
  // bare device paths: /dev/usb/lp0, \\.\COM3, \\server\printer
  if (text.startsWith('/') || text.startsWith('\\\\')) return { target: { kind: 'file', path: text } };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new PrinterUrlError(`not a printer address: ${input}`);
  }
  const params = url.searchParams;
  switch (url.protocol) {
    case 'tcp:': {
      if (!url.hostname) throw new PrinterUrlError(`a network printer needs a host: ${input}`);
      const port = url.port ? Number(url.port) : 9100;
      return withWidth({ kind: 'tcp', host: url.hostname.replace(/^\[|\]$/g, ''), port }, params);
    }
    case 'serial:': {
      // serial:///dev/ttyUSB0 → path in the pathname; serial://COM3 → in the host
      const path = url.hostname ? url.hostname.toUpperCase() + decodeURIComponent(url.pathname === '/' ? '' : url.pathname) : decodeURIComponent(url.pathname);
      if (!path || path === '/') throw new PrinterUrlError(`a serial printer needs a port: ${input}`);
      const baudRate = Number(params.get('baud') ?? 9600);
      if (!Number.isInteger(baudRate) || baudRate <= 0) throw new PrinterUrlError(`baud must be a whole number: ${params.get('baud')}`);
      const rtscts = ['1', 'true', 'yes'].includes(params.get('rtscts') ?? '');
      return withWidth({ kind: 'serial', path, baudRate, rtscts }, params);
    }
    case 'file:': {
      const path = decodeURIComponent(url.pathname);
      if (!path || path === '/') throw new PrinterUrlError(`a device file needs a path: ${input}`);
      return withWidth({ kind: 'file', path }, params);
    }
    case 'virtual:': {
      const dir = params.get('dir') ?? undefined;
      return withWidth(dir ? { kind: 'virtual', dir } : { kind: 'virtual' }, params);
    }
    default:
      throw new PrinterUrlError(`unknown printer kind ${url.protocol} in ${input} (tcp, serial, file or virtual)`);
  }
}
