/**
 * One cold load in a process of its own, as an app start has it (nothing compiled or warmed
 * yet): `load <dir>` opens the backend on the folder, `floor <dir>` reads and parses the same
 * files and keeps them. Prints the milliseconds as JSON. Run by `npm run bench`.
 */
import { openBackend } from '../electron/backend';
import { dataFilesOf, readAndParse } from './bench-floor';

const [mode, dir] = process.argv.slice(2) as ['load' | 'floor', string];
let ms: number;
if (mode === 'load') {
  const t = performance.now();
  const backend = await openBackend({ dataDir: dir, dailyBackup: false });
  ms = performance.now() - t;
  await backend.close();
} else {
  const floor = readAndParse(dataFilesOf(dir));
  ms = floor.ms;
  if (floor.entries === 0) throw new Error('nothing read');
}
console.log(JSON.stringify({ ms }));
