// Entry of the counter shell: `electron dist/main/counter.cjs --server=http://office-server:8080`.
import { runShell } from './shell';

runShell('counter');
