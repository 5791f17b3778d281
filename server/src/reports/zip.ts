// A small streaming ZIP writer (deflate, no dependencies): enough for XLSX. Each entry
// is deflated as its text is produced and written at once, with its CRC and sizes in a
// data descriptor after the data, so a sheet of a million rows never sits in memory.
import { crc32, createDeflateRaw } from 'node:zlib';

export type ZipSink = (chunk: Buffer) => void | Promise<void>;

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

// entries carry a fixed timestamp (1980-01-01 00:00): the same report gives the same bytes
const DOS_DATE = { time: 0, date: (1 << 5) | 1 };
/** Pieces are gathered up to this many bytes before they go to the deflater. */
const BATCH = 64 * 1024;

/** General purpose flags: bit 3 (sizes in a data descriptor), bit 11 (UTF-8 names). */
const FLAGS = 0x0808;

export class ZipWriter {
  private offset = 0;
  private readonly entries: Written[] = [];

  constructor(private readonly sink: ZipSink) {}

  private async put(chunk: Buffer): Promise<void> {
    this.offset += chunk.length;
    await this.sink(chunk);
  }

  /** Add a file whose content comes in pieces (strings are UTF-8). */
  async add(name: string, content: Iterable<string | Buffer> | AsyncIterable<string | Buffer>): Promise<void> {
    const nameBytes = Buffer.from(name, 'utf8');
    const offset = this.offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(DOS_DATE.time, 10);
    header.writeUInt16LE(DOS_DATE.date, 12);
    // crc and sizes (14–25) are 0 here: they follow the data
    header.writeUInt16LE(nameBytes.length, 26);
    await this.put(Buffer.concat([header, nameBytes]));

    let crc = 0;
    let size = 0;
    let compressed = 0;
    const deflate = createDeflateRaw({ level: 6 });
    const out: Buffer[] = [];
    deflate.on('data', (d: Buffer) => out.push(d));
    const flushOut = async () => {
      for (const d of out.splice(0)) {
        compressed += d.length;
        await this.put(d);
      }
    };
    const write = (data: Buffer) =>
      new Promise<void>((resolve, reject) => {
        deflate.write(data, (err) => (err ? reject(err) : resolve()));
      });
    let batch: Buffer[] = [];
    let batched = 0;
    const send = async () => {
      const data = batch.length === 1 ? batch[0]! : Buffer.concat(batch, batched);
      batch = [];
      batched = 0;
      crc = crc32(data, crc);
      size += data.length;
      await write(data);
      await flushOut();
    };
    for await (const piece of content) {
      const data = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      if (data.length === 0) continue;
      batch.push(data);
      batched += data.length;
      if (batched >= BATCH) await send();
    }
    if (batched > 0) await send();
    // 'end': the last compressed bytes have been handed out (end()'s callback comes earlier)
    await new Promise<void>((resolve, reject) => {
      deflate.once('error', reject);
      deflate.once('end', resolve);
      deflate.end();
    });
    await flushOut();

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.put(descriptor);
    this.entries.push({ name: nameBytes, crc: crc >>> 0, compressed, size, offset });
  }

  /** Write the central directory; the archive is complete after this. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4); // made by: 2.0
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(FLAGS, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(DOS_DATE.time, 12);
      h.writeUInt16LE(DOS_DATE.date, 14);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      await this.put(Buffer.concat([h, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.put(end);
  }
}
