import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from './harness';
import { itemsOnDisk, ok } from './seed';

const chromium = useChromium();

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/e2e-shots');

describe('the first slice, in Chromium against real files', () => {
  it('adds a client and a project, logs 1:30 in the week view, and finds it all after a restart', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;
    await page.getByRole('button', { name: /^Clientes/ }).click();
    await page.getByRole('heading', { name: 'Todavía no hay clientes' }).waitFor();
    await page.getByRole('button', { name: 'Añadir cliente' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Añadir cliente' });
    await dialog.getByLabel('Nombre').fill('Panadería Sol');
    await dialog.getByRole('button', { name: 'Añadir cliente' }).click();

    await page.getByRole('heading', { name: /Panadería Sol/ }).waitFor();
    await page.getByRole('button', { name: 'Añadir proyecto' }).first().click();
    const pd = page.getByRole('dialog', { name: 'Añadir proyecto' });
    await pd.getByLabel('Título').fill('Identidad visual');
    await pd.getByLabel('Importe').fill('1.200');
    await pd.getByLabel('Estimación (horas)').fill('16');
    await pd.getByRole('button', { name: 'Añadir proyecto' }).click();
    await page.getByRole('button', { name: 'Identidad visual', exact: true }).waitFor();

    await page.getByRole('button', { name: /^Tiempo/ }).click();
    const cell = page.getByRole('textbox', { name: /Tiempo en Identidad visual · Panadería Sol, 23 nov 2026/ });
    await cell.fill('1:30');
    await cell.press('Enter');
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('1 h 30 min');
    await screenshot(page, path.join(SHOTS, 'time-week.png'));

    // On disk, in this month's file.
    const shard = { items: itemsOnDisk(app.dataDir, 'time/2026-11') };
    expect(shard.items).toHaveLength(1);
    expect(shard.items[0]).toMatchObject({ minutes: 90, date: '2026-11-23', billable: true });
    await app.close();

    // Restart: a new backend on the same folder, a new page.
    const again = await chromium.open({ dataDir: app.dataDir, now: '2026-11-23T11:00:00' });
    await again.page.getByRole('button', { name: /^Clientes/ }).click();
    // The list's row (the rate chart's table below names the client too).
    const row = again.page.getByRole('row', { name: /Panadería Sol/ }).first();
    await expect.poll(() => row.textContent()).toContain('1,5 h');
    // 1.200 € estimated at 16 h, 1,5 h logged: 112,50 € earned so far, 75 €/h (not 800 €/h).
    expect(await row.textContent()).toMatch(/75\s?€\/h/);
    expect(await row.textContent()).not.toMatch(/800\s?€\/h/);
    await screenshot(again.page, path.join(SHOTS, 'clients.png'));
    await again.close();
  });

  it('refuses a duration it cannot read, with a sentence, and logs nothing', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    await ok(app, 'createClient', { name: 'Café Norte', source: 'web', status: 'active' });
    const clientId = (await ok(app, 'getDataset')).clients[0]!.id;
    await ok(app, 'createProject', { clientId, title: 'Carta', kind: 'editorial', pricing: { mode: 'fixed', amount: 50000 }, status: 'accepted' });
    await app.page.reload();
    await app.page.getByRole('button', { name: /^Tiempo/ }).click();
    await app.page.getByLabel('Duración').fill('mucho');
    await app.page.getByRole('button', { name: 'Registrar' }).click();
    await app.page.getByText('Escribe una duración como 1:30').waitFor();
    expect(fs.existsSync(path.join(app.dataDir, 'time'))).toBe(false);
    await app.close();
  });
});
