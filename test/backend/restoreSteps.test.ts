/**
 * A restore writes and reloads a file at a time, letting the event loop in between; no other
 * call runs in the middle of it, so none sees half the data or writes under it.
 */
import { describe, expect, it } from 'vitest';
import { open, tempDir } from '../support/backend';
import { useFreshBackend } from '../support/backendFixture';
import { generateDataset, writeDataFolder } from '../support/generate';

const { track } = useFreshBackend();

describe('a restore in steps', () => {
  it('lets the event loop run during the restore, and holds every other call until it is done', async () => {
    const source = generateDataset({ entries: 6_000, entriesPerMonth: 200 });
    const dir = tempDir();
    writeDataFolder(dir, generateDataset({ entries: 50, seed: 7 }));
    const { backend, call } = await open(dir);
    track(backend);
    const settings = await call('getSettings');

    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const restoring = backend.invoke('restoreDataset', { dataset: source, settings });
    // Sent while the restore runs: answered after it, on the restored data.
    const reading = backend.invoke('getDataset');
    const logging = backend.invoke('logTime', { projectId: source.projects[0]!.id, date: '2026-11-20', minutes: 15, billable: true });
    const [restored, read, logged] = await Promise.all([restoring, reading, logging]);
    counting = false;

    expect(restored.ok).toBe(true);
    expect(logged.ok).toBe(true);
    expect(read.ok && (read.value as { timeEntries: unknown[] }).timeEntries.length).toBe(source.timeEntries.length);
    // Thirty month files were written and read back one at a time, with the loop let in between.
    expect(turns).toBeGreaterThan(30);
    expect((await call('getDataset')).timeEntries).toHaveLength(source.timeEntries.length + 1);
  });
});
