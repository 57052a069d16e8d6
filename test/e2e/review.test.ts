import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import type { Client, Project, TimeEntry } from '#shared/model';
import { screenshot, useChromium } from './harness';
import { itemsOnDisk, ok } from './seed';

const chromium = useChromium();

const NOW = '2026-11-23T10:00:00';
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/review');

/** Logs `hours` on a project in 15-hour days from `from`, one a day. */
async function logHours(backend: Backend, projectId: string, from: string, hours: number) {
  const start = new Date(`${from}T00:00:00Z`).getTime();
  for (let i = 0; hours > 0; i++) {
    const h = Math.min(15, hours);
    const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    await ok(backend, 'logTime', { projectId, date, minutes: h * 60, billable: true });
    hours -= h;
  }
}

/**
 * A good client (24.000 € for 300 h: 80 €/h, above the 60 €/h target, a star) and a costly one
 * (2.000 € for 100 h: 20 €/h, under the 40 €/h minimum, paid late, asked for a discount).
 * A year of fixed costs is 18.000 €, so the good client alone covers it.
 */
async function seed(backend: Backend) {
  const faro = await ok(backend, 'createClient', {
    name: 'Editorial Faro', source: 'referral', status: 'active', star: true, createdAt: '2025-02-01', lastContactAt: '2026-07-01',
  });
  const faroWork = await ok(backend, 'createProject', {
    clientId: faro.id, title: 'Colección 2026', kind: 'branding', pricing: { mode: 'fixed', amount: 2400000 }, estimatedHours: 300,
    status: 'closed', createdAt: '2026-04-01', invoices: [{ issuedAt: '2026-06-01', amount: 2400000, termsDays: 30, paidAt: '2026-06-25' }],
  });
  await logHours(backend, faroWork.id, '2026-04-01', 300);

  const brida = await ok(backend, 'createClient', { name: 'Grupo Brida', source: 'web', status: 'active', createdAt: '2026-08-01', lastContactAt: '2026-11-15' });
  const bridaWork = await ok(backend, 'createProject', {
    clientId: brida.id, title: 'Web corporativa', kind: 'web', pricing: { mode: 'fixed', amount: 200000 }, estimatedHours: 40,
    status: 'delivered', createdAt: '2026-08-05', invoices: [{ issuedAt: '2026-09-01', amount: 200000, termsDays: 30, paidAt: '2026-10-30' }],
  });
  await logHours(backend, bridaWork.id, '2026-09-01', 100);
  await ok(backend, 'createSignal', { clientId: brida.id, projectId: bridaWork.id, date: '2026-08-20', kind: 'asked-discount', note: 'Pidió un 30 % menos' });

  // Someone Faro sent, and an inquiry that looks like Faro.
  await ok(backend, 'createClient', { name: 'Taller Brisa', source: 'referral', referredBy: faro.id, status: 'active', createdAt: '2026-05-10', lastContactAt: '2026-11-01' });
  const mar = await ok(backend, 'createClient', { name: 'Hotel Mar', source: 'referral', status: 'prospect', createdAt: '2026-11-18' });
  await ok(backend, 'createProject', {
    clientId: mar.id, title: 'Identidad Hotel Mar', kind: 'branding', pricing: { mode: 'fixed', amount: 500000 }, estimatedHours: 60, status: 'inquiry', createdAt: '2026-11-18',
  });
  return { faro, brida, bridaWork };
}

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as T;
}

describe('the review, in Chromium against real files', () => {
  it('suggests letting go only of the costly client, and keeps its history when it is let go', async () => {
    const app = await chromium.open({ now: NOW });
    const { page } = app;
    const { brida, bridaWork } = await seed(app.backend);
    await page.reload();

    await page.getByRole('button', { name: /^Revisión/ }).click();
    await page.getByRole('heading', { name: 'Revisión', level: 1 }).waitFor();
    const suggestions = page.getByRole('list', { name: 'Sugerencias' });
    await suggestions.waitFor();
    const items = suggestions.locator(':scope > li');
    expect(await items.count()).toBe(1);
    const costly = suggestions.getByRole('listitem', { name: 'Grupo Brida' });
    expect(await costly.textContent()).toContain('Despedir');
    expect(await costly.textContent()).toMatch(/20\s?€\/h/);
    expect(await suggestions.textContent()).not.toContain('Editorial Faro');

    // Both clients are ranked, the costly one first.
    const ranking = page.getByRole('table', { name: 'Clientes según lo que cuestan' });
    const rows = ranking.locator('tbody tr');
    expect(await rows.first().textContent()).toContain('Grupo Brida');
    expect(await ranking.textContent()).toContain('Editorial Faro');
    await screenshot(page, path.join(SHOTS, 'review.png'));
    await page.locator('#stars').scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'review-stars.png'));
    await page.locator('#referrals').scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'review-follow-referrals.png'));

    // Marking asks first, and says the history stays.
    await costly.getByRole('button', { name: 'Marcar como despedido' }).click();
    const dialog = page.getByRole('dialog', { name: '¿Marcar a Grupo Brida como despedido?' });
    expect(await dialog.textContent()).toContain('Su historial se conserva');
    await screenshot(page, path.join(SHOTS, 'review-confirm.png'));
    await dialog.getByRole('button', { name: 'Marcar como despedido' }).click();
    await page.getByTestId('no-suggestions').waitFor();
    await page.getByText('Grupo Brida marcado como despedido').waitFor();

    const clients = readJson<{ items: Client[] }>(app.dataDir, 'clients.json').items;
    expect(clients.find((c) => c.id === brida.id)?.status).toBe('let-go');
    const projects = readJson<{ items: Project[] }>(app.dataDir, 'projects.json').items;
    expect(projects.find((p) => p.id === bridaWork.id)?.invoices).toHaveLength(1);
    const september = itemsOnDisk<TimeEntry>(app.dataDir, 'time/2026-09');
    const bridaMinutes = september.filter((e) => e.projectId === bridaWork.id).reduce((s, e) => s + e.minutes, 0);
    expect(bridaMinutes).toBe(100 * 60);

    // Its page still shows its signals, the derived late payment among them.
    await page.getByRole('table', { name: 'Clientes según lo que cuestan' }).waitFor();
    await page.getByRole('button', { name: /^Clientes/ }).click();
    await page.getByLabel(/Mostrar/).check();
    await page.getByRole('button', { name: 'Grupo Brida', exact: true }).click();
    const signals = page.getByRole('region', { name: 'Señales' });
    await signals.scrollIntoViewIfNeeded();
    const log = signals.getByRole('list', { name: 'Señales' });
    expect(await log.textContent()).toContain('Pagó tarde');
    expect(await log.textContent()).toContain('automática');
    expect(await log.textContent()).toContain('29 días de retraso');
    expect(await log.textContent()).toContain('Pidió un 30 % menos');
    await screenshot(page, path.join(SHOTS, 'client-signals-derived.png'));
    await app.close();
  });
});
