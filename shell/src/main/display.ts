// Entry of the display shell: `electron dist/main/display.cjs --server=http://office-server:8080`.
import { runShell } from './shell';

runShell('display');
