/**
 * One cold load in a process of its own, as an app start has it (nothing compiled or warmed
 * yet): `load <dir>` opens the backend on the folder, `floor <dir>` reads and parses the same
 * files and keeps them. Prints the milliseconds as JSON. Run by `npm run bench`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openBackend } from '../electron/backend';

const [mode, dir] = process.argv.slice(2) as ['load' | 'floor', string];
let ms: number;
if (mode === 'load') {
  const t = performance.now();
  const backend = await openBackend({ dataDir: dir, dailyBackup: false });
  ms = performance.now() - t;
  await backend.close();
} else {
  const files = [
    ...fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f)),
    ...fs.readdirSync(path.join(dir, 'time')).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, 'time', f)),
  ];
  const t = performance.now();
  const kept: unknown[] = [];
  for (const file of files) kept.push(JSON.parse(fs.readFileSync(file, 'utf8')));
  ms = performance.now() - t;
  if (kept.length === 0) throw new Error('nothing read');
}
console.log(JSON.stringify({ ms }));
