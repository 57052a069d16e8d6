/**
 * Restoring an export file in the real renderer: a file larger than any honest export is
 * refused before it is read, a file spread over centuries is refused after reading, both
 * with a sentence and nothing written; an honest ten-year export is read in a worker with
 * the page still drawing frames.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotFiles } from '../support/backend';
import { generateDataset } from '../support/generate';
import { DEFAULT_SETTINGS, type TimeEntry } from '#shared/model';
import { useChromium } from './harness';
import { ok } from './seed';

const chromium = useChromium();
const FILE_INPUT = 'Restaurar desde un archivo exportado…';
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/restore');

/** Counts every way the page could read a file or start a worker, from now on. */
const watchReads = () => {
  const w = globalThis as unknown as { __reads: string[] };
  w.__reads = [];
  for (const name of ['text', 'arrayBuffer', 'stream', 'slice'] as const) {
    const original = Blob.prototype[name] as (...args: unknown[]) => unknown;
    (Blob.prototype as unknown as Record<string, unknown>)[name] = function (this: Blob, ...args: unknown[]) {
      w.__reads.push(name);
      return original.apply(this, args);
    };
  }
  const RealWorker = Worker;
  (globalThis as unknown as { Worker: unknown }).Worker = function (...args: ConstructorParameters<typeof Worker>) {
    w.__reads.push('worker');
    return new RealWorker(...args);
  };
};

async function openSettings() {
  const app = await chromium.open();
  await ok(app, 'createClient', { name: 'Café Norte', source: 'web', status: 'active' });
  await app.page.reload();
  await app.page.getByRole('button', { name: /^Ajustes/ }).click();
  return app;
}

describe('restore limits in the page', () => {
  it('refuses a 126 MB file before reading a byte of it, and writes nothing', async () => {
    const app = await openSettings();
    const before = snapshotFiles(app.dataDir);
    // Sparse: 126 MB to the file system, nothing on disk.
    const huge = path.join(app.dataDir, '..', `huge-${Date.now()}.json`);
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 126 * 1024 * 1024);
    await app.page.evaluate(watchReads);
    await app.page.getByLabel(FILE_INPUT).setInputFiles(huge);
    const alert = app.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/ocupa 126 MB.*el límite es 100 MB.*No se ha leído ni cambiado nada/);
    expect(await app.page.evaluate(() => (globalThis as unknown as { __reads: string[] }).__reads)).toEqual([]);
    expect(await app.page.getByRole('dialog').count()).toBe(0);
    await alert.scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: path.join(SHOTS, 'too-large.png') });
    expect(snapshotFiles(app.dataDir)).toEqual(before);
    fs.rmSync(huge);
    await app.close();
  });

  it('refuses an export spread over 3,612 months, and writes nothing', async () => {
    const app = await openSettings();
    const before = snapshotFiles(app.dataDir);
    const data = generateDataset({ entries: 10 });
    const projectId = data.projects[0]!.id;
    const timeEntries: TimeEntry[] = Array.from({ length: 3_612 }, (_, i) => ({
      id: `m${i}`,
      projectId,
      date: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
      minutes: 30,
      billable: true,
    }));
    const file = path.join(app.dataDir, '..', `centuries-${Date.now()}.json`);
    fs.writeFileSync(file, JSON.stringify({ format: 'clientfit-backup', exportedAt: '2026-11-23T10:00:00Z', dataset: { ...data, timeEntries }, settings: DEFAULT_SETTINGS }));
    await app.page.getByLabel(FILE_INPUT).setInputFiles(file);
    const alert = app.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/van de enero de 1900 a diciembre de 2200, 3612 meses/);
    expect(await app.page.getByRole('dialog').count()).toBe(0);
    await alert.scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: path.join(SHOTS, 'months.png') });
    expect(snapshotFiles(app.dataDir)).toEqual(before);
    await app.close();
  });

  it('reads an honest ten-year export in a worker, the page drawing frames meanwhile', async () => {
    const app = await openSettings();
    const data = generateDataset({ entries: 100_000 });
    const file = path.join(app.dataDir, '..', `ten-years-${Date.now()}.json`);
    fs.writeFileSync(file, JSON.stringify({ format: 'clientfit-backup', exportedAt: '2026-11-23T10:00:00Z', dataset: data, settings: DEFAULT_SETTINGS }, null, 2));
    const mb = fs.statSync(file).size / 1024 / 1024;
    const dialog = app.page.getByRole('dialog', { name: '¿Restaurar tus datos?' });

    // First a look at the progress a person sees while the file is read and checked.
    await app.page.getByLabel(FILE_INPUT).setInputFiles(file);
    const status = app.page.getByRole('status').filter({ hasText: /(Leyendo|Comprobando) ten-years/ });
    await status.waitFor();
    await status.scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: path.join(SHOTS, 'reading.png') });
    await expect.poll(() => dialog.textContent(), { timeout: 30_000 }).toContain('100000 entradas de tiempo');
    await dialog.getByRole('button', { name: 'Cancelar' }).click();

    // Then the same file again, measured: the longest gap between two frames meanwhile.
    await app.page.evaluate(watchReads);
    await app.page.evaluate(() => {
      const w = globalThis as unknown as { __gap: number; __frames: boolean };
      w.__gap = 0;
      w.__frames = true;
      let last = performance.now();
      const frame = (t: number) => {
        w.__gap = Math.max(w.__gap, t - last);
        last = t;
        if (w.__frames) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    const t0 = Date.now();
    await app.page.getByLabel(FILE_INPUT).setInputFiles(file);
    await expect.poll(() => dialog.textContent(), { timeout: 30_000 }).toContain('100000 entradas de tiempo');
    const ms = Date.now() - t0;
    const gap = await app.page.evaluate(() => {
      const w = globalThis as unknown as { __gap: number; __frames: boolean };
      w.__frames = false;
      return w.__gap;
    });
    expect(await app.page.evaluate(() => (globalThis as unknown as { __reads: string[] }).__reads)).toContain('worker');
    console.log(`restore file of ${mb.toFixed(1)} MB (100,000 entries) read and checked in ${ms} ms; longest gap between frames ${Math.round(gap)} ms`);
    await app.close();
  });
});
