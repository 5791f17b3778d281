// A virtual network printer you can run on its own:
//   node --import tsx printers/src/virtual-printer-main.ts --port 9100 --dir ./data/printed
// Options: --host (127.0.0.1), --fault paper-out|cover-open|paper-low|error|stall|closed,
// --json (one JSON line per page on stdout, for scripts).
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startVirtualPrinter, type VirtualFault } from './virtual-printer';

const FAULTS: readonly string[] = ['paper-low', 'paper-out', 'cover-open', 'error', 'stall', 'closed'];

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9100' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: './data/printed' },
    fault: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

if (values.fault !== undefined && !FAULTS.includes(values.fault)) {
  console.error(`--fault must be one of ${FAULTS.join(', ')}`);
  process.exit(2);
}

const printer = await startVirtualPrinter({
  port: Number(values.port),
  host: values.host,
  dir: values.dir,
  fault: (values.fault as VirtualFault | undefined) ?? null,
});

printer.on('job', (job) => {
  if (values.json) {
    // sha1 of the page: scripts count distinct pages without reading the files
    const sha1 = createHash('sha1').update(job.raster.bits).digest('hex');
    process.stdout.write(`${JSON.stringify({ n: job.n, file: job.file, width: job.raster.width, height: job.raster.height, sha1, lastByteAt: job.lastByteAt })}\n`);
  } else {
    console.log(`page ${job.n}: ${job.raster.width}×${job.raster.height} → ${job.file ?? '(not saved)'}`);
  }
});

if (values.json) process.stdout.write(`${JSON.stringify({ listening: printer.url })}\n`);
else console.log(`virtual printer on ${printer.url}, pages → ${values.dir}`);

const stop = () => void printer.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
