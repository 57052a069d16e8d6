import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from './harness';
import { itemsOnDisk } from './seed';
import { importPreview, openImport } from './importDialog';

// Real exports and other importers' export fixtures (test/fixtures/import/SOURCES.md), imported
// through the dialog as a person would, in the Spanish app.
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/import');
const chromium = useChromium();
const preview = importPreview;

describe('importing real tracker exports, in Chromium', () => {
  it('imports a real English Clockify report once the person says its dates are day/month', async () => {
    const app = await chromium.open({ now: '2023-01-20T10:00:00' });
    const { page } = app;
    await openImport(page, 'clockify-en-real.csv');

    expect(await page.getByTestId('import-summary').textContent()).toContain('Leído como Clockify');
    expect(await page.getByTestId('import-count').textContent()).toBe('14');
    // 62 + 203 + 30 + 30 + 210 + 180 + 50 + 10 + 15 + 513 + 60 + 60 + 9 + 62 minutes.
    expect(await page.getByTestId('import-total').textContent()).toBe('24 h 54 min');
    // 09/01/2023 … 12/01/2023: every day is 12 or under, so the order is asked.
    const question = preview(page).getByRole('group', { name: '¿Cómo están escritas las fechas en este archivo?' });
    await question.waitFor();
    await question.getByRole('button', { name: /^Día\/mes/ }).click();
    await screenshot(page, path.join(SHOTS, 'preview-clockify-en-real.png'));

    await preview(page).getByRole('button', { name: /^Importar 14 registros/ }).click();
    await page.getByText('14 registros importados: 24 h 54 min.').waitFor();
    const january = { items: itemsOnDisk<{ minutes: number; date: string }>(app.dataDir, 'time/2023-01') };
    const byDay = new Map<string, number>();
    for (const e of january.items) byDay.set(e.date, (byDay.get(e.date) ?? 0) + e.minutes);
    // The file's days, read day first: 9, 10, 11 and 12 January.
    expect([...byDay].sort()).toEqual([
      ['2023-01-09', 60 + 60 + 9 + 62],
      ['2023-01-10', 10 + 15 + 513],
      ['2023-01-11', 210 + 180 + 50],
      ['2023-01-12', 62 + 203 + 30 + 30],
    ]);
    await app.close();
  });

  it('reads a French Clockify export with "Durée (h)" as Clockify in French', async () => {
    const app = await chromium.open({ now: '2026-03-27T10:00:00' });
    const { page } = app;
    await openImport(page, 'clockify-fr-timescribe.csv');

    expect(await page.getByTestId('import-summary').textContent()).toContain('Leído como Clockify en francés');
    expect(await page.getByTestId('import-count').textContent()).toBe('1');
    expect(await page.getByTestId('import-total').textContent()).toBe('1 h 30 min');
    await screenshot(page, path.join(SHOTS, 'preview-clockify-fr.png'));
    await app.close();
  });
});
