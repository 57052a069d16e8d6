import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import type { Client, Project } from '#shared/model';
import { useChromium } from './harness';

const chromium = useChromium();

async function invoke<T>(backend: Backend, channel: string, payload?: unknown): Promise<T> {
  const r = (await backend.invoke(channel, payload)) as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(`${channel}: ${r.error?.message}`);
  return r.value as T;
}

describe('a screen left open over midnight', () => {
  it("moves to the new day by itself: Sunday's hours leave this week, the overdue invoice is a day later", async () => {
    // Sunday 22 November, 20 seconds before midnight.
    const app = await chromium.open({ now: '2026-11-22T23:59:40' });
    const { page, backend } = app;
    const client = await invoke<Client>(backend, 'createClient', { name: 'Librería Norte', source: 'referral', status: 'active', createdAt: '2026-03-01' });
    const work = await invoke<Project>(backend, 'createProject', {
      clientId: client.id, title: 'Catálogo de otoño', kind: 'editorial', pricing: { mode: 'fixed', amount: 120000 },
      status: 'delivered', createdAt: '2026-08-01',
      // Due 15 October.
      invoices: [{ issuedAt: '2026-09-15', amount: 120000, termsDays: 30 }],
    });
    await invoke(backend, 'logTime', { projectId: work.id, date: '2026-11-22', minutes: 60, billable: true });
    await page.reload();

    await page.getByRole('heading', { name: 'Esta semana', level: 1 }).waitFor();
    const overdue = page.getByRole('region', { name: 'Facturas vencidas' });
    await expect.poll(() => page.getByTestId('home-hours').textContent()).toBe('1 h');
    expect(await overdue.textContent()).toContain('38 días de retraso');

    // Nobody touches anything; midnight passes.
    await app.advance(30_000);
    await expect.poll(() => overdue.textContent(), { timeout: 5000 }).toContain('39 días de retraso');
    expect(await page.getByTestId('home-hours').textContent()).toBe('0 min');
    await app.close();
  });
});
