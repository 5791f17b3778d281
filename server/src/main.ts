// `npm start`: the demo office on port 8080 (PORT) with data in ./data (DESK_DATA_DIR).
import { resolve } from 'node:path';
import { startOfficeServer } from './app';
import { DataDirLockedError } from './storage/lock';

const port = Number(process.env.PORT ?? 8080);
const dataDir = resolve(process.env.DESK_DATA_DIR ?? 'data');

try {
  const server = await startOfficeServer({ dataDir, port, host: process.env.HOST ?? '0.0.0.0' });
  console.log(`میز خدمت آماده است: http://localhost:${server.port}/  (data: ${dataDir})`);
  console.log(`  kiosk   http://localhost:${server.port}/kiosk/`);
  console.log(`  counter http://localhost:${server.port}/counter/`);
  console.log(`  display http://localhost:${server.port}/display/`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  if (err instanceof DataDirLockedError) {
    console.error(err.message);
    process.exit(2);
  }
  throw err;
}
