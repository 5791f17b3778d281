// What a document is, decided from its first bytes, never from its name or the browser's
// Content-Type: a renamed .exe stays an .exe. PDF, JPEG and PNG by default; WebP and HEIC
// (what phones save) can be allowed by configuration.

export interface DocumentKind {
  /** The Content-Type we store and serve. */
  type: string;
  ext: string;
  /** For messages: «فقط PDF، JPEG و PNG …». */
  label: string;
  /** How many leading bytes `matches` needs. */
  bytes: number;
  matches(head: Buffer): boolean;
}

const starts = (head: Buffer, sig: number[], at = 0) => head.length >= at + sig.length && sig.every((b, i) => head[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

export const PDF: DocumentKind = { type: 'application/pdf', ext: 'pdf', label: 'PDF', bytes: 5, matches: (h) => starts(h, ascii('%PDF-')) };
export const JPEG: DocumentKind = { type: 'image/jpeg', ext: 'jpg', label: 'JPEG', bytes: 3, matches: (h) => starts(h, [0xff, 0xd8, 0xff]) };
export const PNG: DocumentKind = {
  type: 'image/png',
  ext: 'png',
  label: 'PNG',
  bytes: 8,
  matches: (h) => starts(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
};
export const WEBP: DocumentKind = {
  type: 'image/webp',
  ext: 'webp',
  label: 'WebP',
  bytes: 12,
  matches: (h) => starts(h, ascii('RIFF')) && starts(h, ascii('WEBP'), 8),
};
export const HEIC: DocumentKind = {
  type: 'image/heic',
  ext: 'heic',
  label: 'HEIC',
  bytes: 12,
  matches: (h) => starts(h, ascii('ftyp'), 4) && ['heic', 'heix', 'heim', 'heis', 'mif1', 'msf1'].some((b) => starts(h, ascii(b), 8)),
};

export const DEFAULT_KINDS: readonly DocumentKind[] = [PDF, JPEG, PNG];

export function sniff(head: Buffer, kinds: readonly DocumentKind[]): DocumentKind | undefined {
  return kinds.find((k) => k.matches(head));
}

/** «PDF، JPEG و PNG» */
export function kindList(kinds: readonly DocumentKind[], lang: 'fa' | 'en' = 'fa'): string {
  const labels = kinds.map((k) => k.label);
  if (labels.length <= 1) return labels.join('');
  const sep = lang === 'fa' ? '، ' : ', ';
  const and = lang === 'fa' ? ' و ' : ' and ';
  return `${labels.slice(0, -1).join(sep)}${and}${labels[labels.length - 1]}`;
}
