// An event as PostgreSQL gives it back (jsonb's text: keys by length, a space after
// every ':' and ',') written as a journal line the report engine reads without parsing
// it (server/src/reports/line.ts): the id, type and instant first, as the journal
// writes them, then the event with the spaces between tokens taken out. The event's
// own id, type and at follow again inside it; JSON keeps the last of a repeated key,
// and they are the same.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const PLAIN = /^[^"\\\u0000-\u001f]*$/;

const quoted = (text: string) => (PLAIN.test(text) ? `"${text}"` : JSON.stringify(text));

/** The most bytes `line` can take: UTF-16 code units are at most 3 UTF-8 bytes each. */
export function lineBound(id: string, type: string, at: string, payload: string): number {
  return 40 + 6 * (id.length + type.length + at.length) + 3 * payload.length;
}

/**
 * Write the line into `buf` at `offset` (there must be lineBound bytes free) and answer
 * where it ends (after its '\n').
 */
export function writeJournalLine(buf: Buffer, offset: number, id: string, type: string, at: string, payload: string): number {
  let p = offset + buf.write(`{"id":${quoted(id)},"type":${quoted(type)},"at":${quoted(at)},`, offset, 'utf8');
  const start = p;
  const end = start + buf.write(payload, start, 'utf8');
  // drop the payload's opening brace and the spaces jsonb puts after ':' and ',' outside strings
  let inString = false;
  for (let r = start + 1; r < end; r++) {
    const c = buf[r]!;
    buf[p++] = c;
    if (inString) {
      if (c === BACKSLASH) buf[p++] = buf[++r]!;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if ((c === COLON || c === COMMA) && buf[r + 1] === SPACE) r++;
  }
  buf[p++] = NEWLINE;
  return p;
}
