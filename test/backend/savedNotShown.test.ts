/**
 * A change saved on disk whose showing then failed ("saved, restart to see it"): memory may
 * lack what was written, so the close after it does not note the month files as whole, and
 * the next start looks through them for copies in two months.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHECKED_FILE } from '../../electron/backend/monthsChecked';
import { open, tempDir } from '../support/backend';
import { writeDataFolder } from '../support/generate';
import { client, dataset, entry, project } from '../support/builders';

const boom = vi.hoisted(() => ({ on: false }));
vi.mock('../../electron/backend/handlers/settings', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/backend/handlers/settings')>();
  return {
    ...real,
    settingsHandlers(st: Parameters<typeof real.settingsHandlers>[0]) {
      const handlers = real.settingsHandlers(st);
      return {
        ...handlers,
        // Saved, then something unexpected on the way back to the screen.
        updateSettings: (changes: Parameters<typeof handlers.updateSettings>[0]) => {
          const saved = handlers.updateSettings(changes);
          if (boom.on) throw new Error('the screen could not be told');
          return saved;
        },
      };
    },
  };
});

describe('a change saved but not shown', () => {
  it('leaves no note that the months are whole at close; the next close notes them again', async () => {
    const dir = tempDir();
    writeDataFolder(dir, dataset({ clients: [client('c1')], projects: [project('p1', 'c1')], timeEntries: [entry('p1', 60, '2026-10-20', true, { id: 't1' })] }));
    const note = path.join(dir, 'time', CHECKED_FILE);
    const { backend } = await open(dir);
    boom.on = true;
    const r = await backend.invoke('updateSettings', { yourName: 'Ana' });
    boom.on = false;
    expect(r).toMatchObject({ ok: false, error: { code: 'saved-not-shown' } });
    await backend.close();
    expect(fs.existsSync(note)).toBe(false);

    const again = await open(dir);
    expect((await again.call('getSettings')).yourName).toBe('Ana');
    await again.backend.close();
    expect(fs.existsSync(note)).toBe(true);
  });
});
