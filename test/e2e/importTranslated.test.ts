import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from './harness';
import { itemsOnDisk } from './seed';
import { importPreview, openImport } from './importDialog';

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/import');
const chromium = useChromium();
const preview = importPreview;

describe('importing trackers’ exports written in another language, in Chromium', () => {
  it('imports a German Clockify report in the Spanish app with the right hours', async () => {
    const app = await chromium.open({ now: '2024-03-20T10:00:00' });
    const { page } = app;
    await openImport(page, 'clockify-de.csv');

    expect(await page.getByTestId('import-summary').textContent()).toContain('Leído como Clockify en alemán');
    expect(await page.getByTestId('import-count').textContent()).toBe('4');
    // 2:30 + 0:45 + 4:20 + 1:00; the 12-second timer is left out.
    expect(await page.getByTestId('import-total').textContent()).toBe('8 h 35 min');
    expect(await page.getByTestId('import-short-entries').textContent()).toBe('1 entrada de menos de un minuto no se importa');
    const table = preview(page).getByRole('table');
    expect(await table.getByRole('row', { name: /^Bäckerei Süß GmbH/ }).textContent()).toMatch(/Cliente nuevo\s*2\s*3 h 15 min/);
    expect(await table.getByRole('row', { name: /^Kaffeerösterei Nord/ }).textContent()).toMatch(/4 h 20 min/);
    await screenshot(page, path.join(SHOTS, 'preview-clockify-de.png'));

    await preview(page).getByRole('button', { name: /^Importar 4 registros/ }).click();
    await page.getByText('4 registros importados: 8 h 35 min.').waitFor();
    const march = { items: itemsOnDisk<{ minutes: number; date: string }>(app.dataDir, 'time/2024-03') };
    expect(march.items.map((e) => [e.date, e.minutes]).sort()).toEqual([
      ['2024-03-04', 150],
      ['2024-03-05', 45],
      ['2024-03-13', 260],
      ['2024-03-14', 60],
    ]);
    await app.close();
  });

  it('shows timers under a minute as one line, and a run over a day as a problem to fix', async () => {
    const app = await chromium.open({ now: '2024-11-10T10:00:00' });
    const { page } = app;
    await openImport(page, 'toggl-short-entries.csv');

    // English columns: no language named.
    expect(await page.getByTestId('import-summary').textContent()).toContain('Leído como Toggl Track');
    expect(await page.getByTestId('import-summary').textContent()).not.toContain(' en inglés');
    expect(await page.getByTestId('import-count').textContent()).toBe('3');
    expect(await page.getByTestId('import-total').textContent()).toBe('2 h 31 min');
    expect(await page.getByTestId('import-short-entries').textContent()).toBe('3 entradas de menos de un minuto no se importan');
    const problems = preview(page).getByRole('region', { name: '1 problema en el archivo' });
    expect(await problems.getByRole('listitem').count()).toBe(1);
    expect(await problems.getByRole('listitem').first().textContent()).toMatch(/^Línea 8Este registro dura «26:00:00»/);
    await screenshot(page, path.join(SHOTS, 'preview-short-entries.png'));
    await app.close();
  });
});
