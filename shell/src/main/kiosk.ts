// Entry of the kiosk shell: `electron dist/main/kiosk.cjs --server=http://office-server:8080`.
import { runShell } from './shell';

runShell('kiosk');
