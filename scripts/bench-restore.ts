/**
 * npm run bench:restore: restoring an exported JSON file into the backend, at one, ten and
 * twenty years of entries: the whole restore, and the longest stretch the event loop (the
 * app's main process) was held without a turn, sampled with setImmediate. The payload's
 * check against the contract runs before the restore and is timed on its own.
 * The last line is one JSON object with the figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../electron/backend';
import { parsePayload, type PayloadOf } from '#shared/ipc/contract';
import { DEFAULT_SETTINGS } from '#shared/model';
import { generateDataset, writeDataFolder } from '../test/support/generate';

const figures: Record<string, number> = {};

for (const entries of [10_000, 100_000, 200_000]) {
  const exported = JSON.stringify({ dataset: generateDataset({ entries }), settings: DEFAULT_SETTINGS });
  const payload: unknown = JSON.parse(exported);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clientfit-bench-restore-'));
  // Something to replace: a year of other data.
  writeDataFolder(dir, generateDataset({ entries: 10_000, seed: 3 }));
  const backend = await openBackend({ dataDir: dir, dailyBackup: false });

  const p0 = performance.now();
  parsePayload('restoreDataset', payload);
  const parseMs = performance.now() - p0;

  let longest = 0;
  let last = performance.now();
  let probing = true;
  const probe = () => {
    const t = performance.now();
    longest = Math.max(longest, t - last);
    last = t;
    if (probing) setImmediate(probe);
  };
  setImmediate(probe);
  const t0 = performance.now();
  // The file as it was read: the backend checks it against the contract, as it does any payload.
  const r = await backend.call('restoreDataset', payload as PayloadOf<'restoreDataset'>);
  const total = performance.now() - t0;
  probing = false;
  if (!r.ok) throw new Error(r.error.message);
  await backend.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const mb = Math.round((exported.length / 1024 / 1024) * 10) / 10;
  console.log(
    `restore of ${entries.toLocaleString('en')} entries (${mb} MB of JSON): ${Math.round(total)} ms in all, ` +
      `longest hold of the event loop ${Math.round(longest)} ms; the payload's check against the contract alone ${Math.round(parseMs)} ms`,
  );
  figures[`restoreMs_${entries}`] = Math.round(total);
  figures[`longestHoldMs_${entries}`] = Math.round(longest);
  figures[`contractCheckMs_${entries}`] = Math.round(parseMs);
}
console.log(JSON.stringify(figures));
