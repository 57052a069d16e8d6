/**
 * The floor of a cold load, shared by `npm run bench` and its fresh-process child: the files
 * the backend reads at start (the data files beside the month files, and the month files).
 */
import fs from 'node:fs';
import path from 'node:path';

/** The data files a cold load reads, in a data folder. */
export function dataFilesOf(dir: string): string[] {
  const monthDir = path.join(dir, 'time');
  return [
    ...fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f)),
    ...fs.readdirSync(monthDir).filter((f) => f.endsWith('.json')).map((f) => path.join(monthDir, f)),
  ];
}

/**
 * Reads and JSON.parses `files`, keeping what was parsed until the last one is read, as every
 * load that keeps the data must. Returns the milliseconds and the entries read (0: the month
 * files have another shape).
 */
export function readAndParse(files: string[]): { ms: number; entries: number } {
  const t = performance.now();
  const kept: unknown[] = [];
  for (const file of files) kept.push(JSON.parse(fs.readFileSync(file, 'utf8')));
  const ms = performance.now() - t;
  const entries = kept.reduce((n: number, doc) => n + ((doc as { items?: unknown[] }).items?.length ?? 0), 0);
  return { ms, entries };
}
