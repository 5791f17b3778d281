// Our transports as a node-thermal-printer interface object, so its text API can
// drive a serial printer or our TCP link with deadlines (its own network interface
// has only an idle timeout, and it has no serial interface at all):
//   new ThermalPrinter({ type: PrinterTypes.EPSON, interface: asThermalInterface(printer.transport) as never })
import type { Transport } from './link';

export interface ThermalInterface {
  getPrinterName(): string;
  isPrinterConnected(): Promise<boolean>;
  execute(buffer: Buffer): Promise<string>;
}

export function asThermalInterface(transport: Transport, timeouts = { connect: 3000, write: 10_000 }): ThermalInterface {
  return {
    getPrinterName: () => transport.kind,
    async isPrinterConnected() {
      try {
        const link = await transport.open(timeouts.connect);
        await link.close();
        return true;
      } catch {
        return false;
      }
    },
    async execute(buffer) {
      const link = await transport.open(timeouts.connect);
      try {
        await link.write(buffer, timeouts.write + transport.transferMs(buffer.length));
        await link.close();
        return 'Print done';
      } catch (err) {
        link.abort();
        throw err;
      }
    },
  };
}
