// `virtual`: an in-process virtual printer (no port), for `npm start` on a machine
// without a printer. Pages land as PNG files; status queries are answered.
import { VirtualPrinterDevice } from '../virtual-printer';
import { ByteReader, TransportError, type Link, type Transport } from './link';

export class VirtualTransport implements Transport {
  readonly kind = 'virtual';
  readonly canRead = true;

  constructor(readonly device: VirtualPrinterDevice) {}

  transferMs(): number {
    return 0;
  }

  async open(): Promise<Link> {
    if (this.device.fault === 'closed') throw new TransportError('offline', 'virtual printer: closed');
    const reader = new ByteReader();
    const session = this.device.connect((bytes) => reader.push(bytes));
    let ended = false;
    const end = () => {
      if (!ended) session.end();
      ended = true;
    };
    return {
      write: async (bytes) => {
        if (this.device.fault === 'stall') throw new TransportError('not-reading', 'virtual printer: not reading');
        session.receive(bytes);
      },
      read: (n, timeoutMs) => reader.read(n, timeoutMs),
      discard: () => reader.discard(),
      close: async () => end(),
      abort: end,
    };
  }

  async dispose(): Promise<void> {
    await this.device.flushed();
  }
}
