import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useChromium } from './harness';
import { tempDir } from '../support/backend';
import { bigTimeCsv } from '../support/bigExport';

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/import');
const chromium = useChromium();
let bigFile = '';

beforeAll(() => {
  bigFile = path.join(tempDir('clientfit-big-'), 'clientfit-time-2026-11-20.csv');
  fs.writeFileSync(bigFile, bigTimeCsv(150_000));
});

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Importar tiempo de un archivo CSV' });

/** Counts frames and records each progress text the page shows, with the frame count then. */
async function watchProgress(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number; seen: { text: string; frames: number }[] };
    w.frames_ = 0;
    w.seen = [];
    const tick = () => {
      w.frames_++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="import-progress"]')?.textContent;
      if (text && text !== w.seen.at(-1)?.text) w.seen.push({ text, frames: w.frames_ });
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

describe('a large export (150,000 rows, about 15 MB)', () => {
  it('is read off the page with progress, the page drawing frames all along, then previewed with every row', async () => {
    expect(fs.statSync(bigFile).size).toBeGreaterThan(15_000_000);
    const app = await chromium.open({ viewport: { width: 1280, height: 820 } });
    const { page } = app;
    await page.getByRole('button', { name: /^Tiempo/ }).click();
    await page.getByRole('button', { name: 'Importar tiempo' }).click();
    await watchProgress(page);
    await dialog(page).locator('input[type="file"]').setInputFiles(bigFile);

    const progress = page.getByTestId('import-progress');
    await progress.waitFor();
    await screenshot(page, path.join(SHOTS, 'import-progress.png'));
    await dialog(page).getByRole('region', { name: 'Lo que importaría este archivo' }).waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-count').textContent()).toBe('150.000');
    expect(await page.getByTestId('import-summary').textContent()).toContain('Leído como CSV de ClientFit');
    await dialog(page).getByRole('button', { name: /^Importar 150\.000 registros/ }).waitFor();
    await screenshot(page, path.join(SHOTS, 'import-big-preview.png'));

    const seen = await page.evaluate(() => (window as unknown as { seen: { text: string; frames: number }[] }).seen);
    // The percentage moved on several times, and frames were drawn between its first and last showing:
    // the page kept painting (and answering) while the file was read and planned.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    for (const s of seen) expect(s.text).toMatch(/^Leyendo… \d{1,3}\s%$/);
    expect(seen.at(-1)!.frames).toBeGreaterThan(seen[0]!.frames);
    await app.close();
  }, 120_000);

  it('stops at Cancel while it is being read, and writes nothing', async () => {
    const app = await chromium.open();
    const { page } = app;
    await page.getByRole('button', { name: /^Tiempo/ }).click();
    await page.getByRole('button', { name: 'Importar tiempo' }).click();
    await dialog(page).locator('input[type="file"]').setInputFiles(bigFile);
    await page.getByTestId('import-progress').waitFor();
    await dialog(page).getByRole('button', { name: 'Cancelar' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    // Open again: the picker, not a preview of the cancelled file.
    await page.getByRole('button', { name: 'Importar tiempo' }).click();
    await dialog(page).getByText('Elige un archivo CSV').waitFor();
    expect(fs.existsSync(path.join(app.dataDir, 'time')) ? fs.readdirSync(path.join(app.dataDir, 'time')) : []).toEqual([]);
    await app.close();
  }, 60_000);
});
