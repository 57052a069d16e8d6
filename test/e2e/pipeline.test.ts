import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import type { Client } from '#shared/model';
import { formatMoney } from '#shared/format';
import { screenshot, useChromium } from './harness';
import { ok } from './seed';

const chromium = useChromium();

const NOW = '2026-11-23T10:00:00';
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/pipeline');

/** Accepted work of 3.000 € due in January, an unpaid 1.200 € invoice due in December, a silent prospect. */
async function seed(backend: Backend) {
  const ola = await ok(backend, 'createClient', { name: 'Estudio Ola', source: 'web', status: 'active', createdAt: '2026-06-01', lastContactAt: '2026-11-20' });
  await ok(backend, 'createProject', {
    clientId: ola.id, title: 'Identidad Ola', kind: 'branding', pricing: { mode: 'fixed', amount: 300000 },
    status: 'accepted', deadline: '2027-01-15', createdAt: '2026-11-02',
  });
  const norte = await ok(backend, 'createClient', { name: 'Librería Norte', source: 'referral', status: 'active', createdAt: '2026-03-01', lastContactAt: '2026-11-10' });
  await ok(backend, 'createProject', {
    clientId: norte.id, title: 'Catálogo de otoño', kind: 'editorial', pricing: { mode: 'fixed', amount: 120000 },
    status: 'delivered', createdAt: '2026-09-01',
    invoices: [{ issuedAt: '2026-11-01', amount: 120000, termsDays: 30 }],
  });
  const lua = await ok(backend, 'createClient', { name: 'Café Lúa', source: 'social', status: 'prospect', createdAt: '2026-10-01' });
  const mar = await ok(backend, 'createClient', { name: 'Hotel Mar', source: 'event', status: 'prospect', createdAt: '2026-11-18' });
  return { ola, norte, lua, mar };
}

describe('the pipeline, in Chromium against real files', () => {
  it('counts only confirmed money, keeps promises apart, and touches ground with silent prospects', async () => {
    const app = await chromium.open({ now: NOW });
    const { page } = app;
    const { lua, mar } = await seed(app.backend);
    await page.reload();

    await page.getByRole('button', { name: /^Previsión/ }).click();
    await page.getByRole('heading', { name: 'Previsión', level: 1 }).waitFor();
    // 3.000 € accepted + 1.200 € unpaid invoice = 4.200 €.
    const expected = formatMoney(420000, 'EUR', 'es', true);
    await expect.poll(() => page.getByTestId('confirmed-total').textContent()).toBe(expected);
    // The chart names the months; its table says where the money falls.
    const chartTable = page.getByRole('table', { name: 'Dinero confirmado, próximos 6 meses' });
    expect(await chartTable.getByRole('row', { name: /Diciembre de 2026/ }).textContent()).toContain(formatMoney(120000, 'EUR', 'es', true));
    expect(await chartTable.getByRole('row', { name: /Enero de 2027/ }).textContent()).toContain(formatMoney(300000, 'EUR', 'es', true));
    // The bars: December's 1200 € and January's 3000 €, each as tall as its amount.
    const bars = page.locator('.chart-bar-confirmed .recharts-bar-rectangle path');
    await expect.poll(() => bars.count()).toBe(2);
    const [december, january] = [(await bars.nth(0).boundingBox())!, (await bars.nth(1).boundingBox())!];
    expect(december.height / january.height).toBeCloseTo(1200 / 3000, 1);
    await bars.nth(1).hover();
    await expect.poll(async () => (await page.locator('.chart-tooltip').textContent()) ?? '').toContain('Enero de 2027');

    // A promise to buy, recorded on the client's page through the signals panel.
    await page.getByRole('button', { name: 'Hotel Mar' }).first().click();
    await page.getByRole('heading', { name: /Hotel Mar/, level: 1 }).waitFor();
    const signals = page.getByRole('region', { name: 'Señales' });
    await signals.getByRole('button', { name: 'Anotar una señal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Anotar una señal' });
    await dialog.getByLabel('Qué pasó').selectOption('promised-to-buy');
    await dialog.getByLabel('Nota').fill('Quiere renovar la carta en enero');
    await dialog.getByLabel('Nota').press('Enter');
    await signals.getByText('Quiere renovar la carta en enero').waitFor();
    expect(await signals.locator('.pill.projection', { hasText: 'Prometió comprar' }).count()).toBe(1);
    await screenshot(page, path.join(SHOTS, 'client-signals.png'));
    const onDisk = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'signals.json'), 'utf8'));
    expect(JSON.stringify(onDisk)).toContain('promised-to-buy');

    await page.getByRole('button', { name: /^Previsión/ }).click();
    const promises = page.getByRole('list', { name: 'Promesas de compra' });
    await promises.getByText('Hotel Mar').waitFor();
    expect(await promises.textContent()).toContain('Quiere renovar la carta en enero');
    // The total has not moved.
    expect(await page.getByTestId('confirmed-total').textContent()).toBe(expected);

    // Café Lúa has been silent since 1 October (53 days); Hotel Mar arrived five days ago.
    const touch = page.getByRole('list', { name: 'Tocar tierra' });
    const item = touch.getByRole('listitem', { name: 'Café Lúa' });
    await item.waitFor();
    expect(await item.textContent()).toContain('53 días sin noticias');
    expect(await touch.getByRole('listitem', { name: 'Hotel Mar' }).count()).toBe(0);
    // The drafted check-in letter is there to read before writing it.
    // The drafted check-in greets nobody by name: Café Lúa has no contact person, and a café is not a person.
    expect(await item.locator('.letter-preview').textContent()).toContain('Hola:');
    expect(await item.locator('.letter-preview').textContent()).not.toContain('Café Lúa');
    await page.locator('#touch-ground').scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'pipeline-touch-ground.png'));
    await page.locator('.page-head').scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'pipeline.png'));

    await item.getByRole('button', { name: 'Contactado hoy: Café Lúa' }).click();
    await expect.poll(() => item.count()).toBe(0);
    await page.getByText('Todo el mundo en juego ha dado señales de vida').waitFor();
    const clients = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'clients.json'), 'utf8')) as { items: Client[] };
    expect(clients.items.find((c) => c.id === lua.id)?.lastContactAt).toBe('2026-11-23');
    expect(clients.items.find((c) => c.id === mar.id)?.lastContactAt).toBeUndefined();

    // "Write the letter" opens the composer for a check-in to that person.
    await app.close();
  });

  it('shows the pipeline in dark mode', async () => {
    const app = await chromium.open({ now: NOW, colorScheme: 'dark' });
    await seed(app.backend);
    await app.page.reload();
    await app.page.getByRole('button', { name: /^Previsión/ }).click();
    await app.page.getByTestId('confirmed-total').waitFor();
    await app.page.waitForTimeout(300);
    await screenshot(app.page, path.join(SHOTS, 'pipeline-dark.png'));
    await app.close();
  });
});
