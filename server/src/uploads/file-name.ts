// A citizen's file name is only a label: kept, cleaned, as metadata, and offered back when
// the document is downloaded. It never becomes a path (files are stored under random ids).

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// Bidi controls let "gpj.exe" be shown as "exe.jpg"; zero-width ones hide characters.
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const RESERVED = /[<>:"|?*\\/]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const MAX_LENGTH = 150;

/** `C:\\fakepath\\..\\سند ملک.pdf` → `سند ملک.pdf`; `../../etc/passwd\0.png` → `passwd.png`. May return ''. */
export function sanitizeFileName(raw: string): string {
  let name = String(raw).normalize('NFC').replace(CONTROL, '').replace(INVISIBLE, '');
  name = name.split(/[\\/]/).pop() ?? '';
  name = name
    .replace(RESERVED, '_')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  if (name.length > MAX_LENGTH) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, MAX_LENGTH - ext.length).trimEnd() + ext;
  }
  return name;
}

/** The name to download under: the client's name with the extension of what the file really is. */
export function downloadName(originalName: string, ext: string, fallback: string): string {
  const dot = originalName.lastIndexOf('.');
  const base = (dot > 0 ? originalName.slice(0, dot) : originalName).trim() || fallback;
  return `${base}.${ext}`;
}

/** RFC 6266: an ASCII fallback plus the UTF-8 name, so Persian names survive every browser. */
export function contentDisposition(name: string, type: 'inline' | 'attachment'): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot) : '';
  const asciiBase = name
    .slice(0, dot > 0 ? dot : undefined)
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%;]/g, '_')
    .replace(/_+/g, '_');
  const fallback = `${/[A-Za-z0-9]/.test(asciiBase) ? asciiBase : 'document'}${ext.replace(/[^\x20-\x7e]|["\\]/g, '')}`;
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
