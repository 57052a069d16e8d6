import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { formatAmount } from '#shared/money';
import { screenshot, useChromium } from './harness';
import { ok } from './seed';

const chromium = useChromium();

// A Monday: the week runs from 23 to 29 November.
const NOW = '2026-11-23T10:00:00';
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/home');

async function seed(backend: Backend) {
  const ola = await ok(backend, 'createClient', { name: 'Estudio Ola', source: 'web', status: 'active', createdAt: '2026-06-01', lastContactAt: '2026-11-20' });
  const work = await ok(backend, 'createProject', {
    clientId: ola.id, title: 'Identidad Ola', kind: 'branding', pricing: { mode: 'fixed', amount: 300000 }, estimatedHours: 40,
    status: 'in-progress', deadline: '2027-01-15', createdAt: '2026-11-02',
  });
  // Sunday belongs to last week; Monday to this one.
  await ok(backend, 'logTime', { projectId: work.id, date: '2026-11-22', minutes: 60, billable: true });
  await ok(backend, 'logTime', { projectId: work.id, date: '2026-11-23', minutes: 150, billable: true });

  const norte = await ok(backend, 'createClient', { name: 'Librería Norte', source: 'referral', status: 'active', createdAt: '2026-03-01', lastContactAt: '2026-11-10' });
  await ok(backend, 'createProject', {
    clientId: norte.id, title: 'Catálogo de otoño', kind: 'editorial', pricing: { mode: 'fixed', amount: 120000 },
    status: 'delivered', createdAt: '2026-08-01',
    // Due 15 October: 39 days late on 23 November.
    invoices: [{ issuedAt: '2026-09-15', amount: 120000, termsDays: 30 }],
  });
  await ok(backend, 'createClient', { name: 'Café Lúa', source: 'social', status: 'prospect', createdAt: '2026-10-01' });
  const mar = await ok(backend, 'createClient', { name: 'Hotel Mar', source: 'event', status: 'prospect', createdAt: '2026-11-18' });
  await ok(backend, 'createProject', {
    clientId: mar.id, title: 'Identidad Hotel Mar', kind: 'branding', pricing: { mode: 'fixed', amount: 500000 }, status: 'inquiry', createdAt: '2026-11-18',
  });
}

describe('this week, in Chromium against real files', () => {
  it('shows the hours of this week and an overdue invoice, each one click from where it is handled', async () => {
    const app = await chromium.open({ now: NOW });
    const { page } = app;
    await seed(app.backend);
    await page.reload();

    await page.getByRole('heading', { name: 'Esta semana', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('home-hours').textContent()).toBe('2 h 30 min');
    const meter = page.getByRole('meter', { name: 'Horas de esta semana frente a tu capacidad semanal' });
    expect(await meter.getAttribute('aria-valuenow')).toBe('150');

    const overdue = page.getByRole('region', { name: 'Facturas vencidas' });
    expect(await overdue.textContent()).toContain('Librería Norte');
    expect(await overdue.textContent()).toContain('39 días de retraso');
    expect(await overdue.textContent()).toContain(formatAmount(120000, 'EUR', 'es')); // cents only when there are cents
    expect(await overdue.textContent()).not.toContain(',00 €');
    expect(await page.getByRole('region', { name: 'Consultas esperando respuesta' }).textContent()).toContain('Identidad Hotel Mar');
    expect(await page.getByRole('region', { name: 'Preguntas pendientes' }).textContent()).toContain('Café Lúa');
    await screenshot(page, path.join(SHOTS, 'home.png'));

    // The overdue invoice opens the client whose invoices it belongs to.
    await overdue.getByRole('button', { name: 'Ver las facturas de Librería Norte' }).click();
    await page.getByRole('heading', { name: /Librería Norte/, level: 1 }).waitFor();

    // A check-in lands on the pipeline's touch-ground list.
    await page.getByRole('button', { name: /^Esta semana/ }).click();
    await page.getByRole('button', { name: 'Preguntar: Café Lúa' }).click();
    const touch = page.getByRole('heading', { name: 'Tocar tierra' });
    await touch.waitFor();
    await expect.poll(() => touch.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    expect(await page.getByRole('list', { name: 'Tocar tierra' }).getByRole('listitem', { name: 'Café Lúa' }).count()).toBe(1);

    // The hours open the week view.
    await page.getByRole('button', { name: /^Esta semana/ }).click();
    await page.getByRole('button', { name: /Horas esta semana/ }).click();
    await page.getByRole('heading', { name: 'Tiempo', level: 1 }).waitFor();
    await app.close();
  });

  it('looks right in dark mode', async () => {
    const app = await chromium.open({ now: NOW, colorScheme: 'dark' });
    await seed(app.backend);
    await app.page.reload();
    await app.page.getByTestId('home-hours').waitFor();
    await screenshot(app.page, path.join(SHOTS, 'home-dark.png'));
    await app.close();
  });
});
