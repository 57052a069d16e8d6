import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type RunningApp, useChromium } from './harness';

const chromium = useChromium();

/** Screenshots for a person to look at; kept out of the repository. */
const SHOTS = process.env.EDITING_SHOTS;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

async function ok<T>(app: RunningApp, channel: string, payload?: unknown): Promise<T> {
  const r = await app.backend.invoke(channel, payload);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

type Entry = { id: string; projectId: string; minutes: number; date: string; note?: string; billable: boolean };
const entriesOnDisk = (dir: string, month: string): Entry[] => {
  const file = path.join(dir, 'time', `${month}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')).items as Entry[]) : [];
};

/** A client with two projects of the same title for two clients, and one entry of 1:30 on Monday. */
async function seed(app: RunningApp) {
  const sol = await ok<{ id: string }>(app, 'createClient', { name: 'Panadería Sol', source: 'web', status: 'active' });
  const norte = await ok<{ id: string }>(app, 'createClient', { name: 'Café Norte', source: 'web', status: 'active' });
  const pricing = { mode: 'hourly', rate: 6000 };
  const identidad = await ok<{ id: string }>(app, 'createProject', { clientId: sol.id, title: 'Identidad visual', kind: 'branding', pricing, status: 'in-progress' });
  const otra = await ok<{ id: string }>(app, 'createProject', { clientId: norte.id, title: 'Identidad visual', kind: 'branding', pricing, status: 'accepted' });
  await ok(app, 'logTime', { projectId: identidad.id, date: '2026-11-23', minutes: 90, billable: true });
  await app.page.reload();
  await app.page.getByRole('button', { name: /^Tiempo/ }).click();
  await app.page.getByRole('heading', { name: 'Tiempo', level: 1 }).waitFor();
  return { sol, norte, identidad, otra };
}

describe('editing time, in Chromium against real files', () => {
  it('a cell typed 1:00 over 1:30 shows 1:00, the week total follows, and Ctrl+Z puts 1:30 back', async () => {
    const app = await chromium.open({ now: '2026-11-24T10:00:00' });
    const { page, dataDir } = app;
    const { identidad } = await seed(app);
    // Both projects have a row (accepted and in progress), told apart by their client.
    const cell = page.getByRole('textbox', { name: 'Tiempo en Identidad visual · Panadería Sol, 23 nov 2026' });
    await page.getByRole('textbox', { name: 'Tiempo en Identidad visual · Café Norte, 23 nov 2026' }).waitFor();
    expect(await cell.inputValue()).toBe('1:30');

    await cell.fill('1:00');
    await cell.press('Enter');
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('1 h');
    expect(await cell.inputValue()).toBe('1:00');
    expect(entriesOnDisk(dataDir, '2026-11').map((e) => e.minutes)).toEqual([60]);
    await shot(page, 'h4-cell-set');

    // Ctrl+Z outside a field undoes the whole change.
    await page.getByRole('heading', { name: 'Tiempo', level: 1 }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('1 h 30 min');
    expect(await cell.inputValue()).toBe('1:30');
    expect(entriesOnDisk(dataDir, '2026-11').map((e) => [e.projectId, e.minutes])).toEqual([[identidad.id, 90]]);

    // More than there was adds the difference; 0 clears the day, and that is undone too.
    await cell.fill('2:15');
    await cell.press('Enter');
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('2 h 15 min');
    expect(entriesOnDisk(dataDir, '2026-11').map((e) => e.minutes)).toEqual([90, 45]);
    await cell.fill('0');
    await cell.press('Enter');
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('0 min');
    expect(entriesOnDisk(dataDir, '2026-11')).toEqual([]);
    await page.getByRole('status').filter({ hasText: 'eliminado' }).getByRole('button', { name: 'Deshacer' }).click();
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('2 h 15 min');
    expect(entriesOnDisk(dataDir, '2026-11').map((e) => e.minutes)).toEqual([90, 45]);
    await app.close();
  });

  it('Ctrl+Z brings a deleted entry back in its place', async () => {
    const app = await chromium.open({ now: '2026-11-24T10:00:00' });
    const { page, dataDir } = app;
    const { identidad } = await seed(app);
    await ok(app, 'logTime', { projectId: identidad.id, date: '2026-11-23', minutes: 30, billable: true, note: 'Bocetos' });
    await ok(app, 'logTime', { projectId: identidad.id, date: '2026-11-24', minutes: 45, billable: true });
    await page.reload();
    const list = page.getByRole('list', { name: 'Entradas de esta semana' });
    const rows = () => list.getByRole('listitem').allTextContents();
    await expect.poll(async () => (await rows()).length).toBe(3);
    const before = await rows();
    const idsBefore = entriesOnDisk(dataDir, '2026-11').map((e) => e.id);

    await list.getByRole('button', { name: 'Eliminar 1 h 30 min en Identidad visual · Panadería Sol' }).click();
    await expect.poll(async () => (await rows()).length).toBe(2);
    await page.keyboard.press('Control+z');
    await expect.poll(rows).toEqual(before);
    // In its place on disk too, so it stays there after a restart.
    expect(entriesOnDisk(dataDir, '2026-11').map((e) => e.id)).toEqual(idsBefore);
    await shot(page, 'h4-undo-delete');
    await app.close();
  });

  it("editing an entry's project and date moves it, to another month too, and Ctrl+Z moves it back", async () => {
    const app = await chromium.open({ now: '2026-12-01T10:00:00' });
    const { page, dataDir } = app;
    const { identidad, otra } = await seed(app);
    const entry = await ok<Entry>(app, 'logTime', { projectId: identidad.id, date: '2026-12-01', minutes: 60, billable: true });
    await page.reload();
    const list = page.getByRole('list', { name: 'Entradas de esta semana' });
    await list.getByRole('button', { name: 'Editar 1 h en Identidad visual · Panadería Sol' }).click();
    const form = page.getByRole('form', { name: 'Editar entrada' });
    await form.getByLabel('Proyecto').selectOption({ label: 'Identidad visual · Café Norte' });
    await form.getByLabel('Fecha').fill('2026-11-30');
    await form.getByLabel('Nota').fill('Revisión');
    await form.getByLabel('Facturable').uncheck();
    await shot(page, 'h4-edit-entry');
    await form.getByRole('button', { name: 'Guardar' }).click();
    await form.waitFor({ state: 'detached' });

    expect(entriesOnDisk(dataDir, '2026-12')).toEqual([]);
    expect(entriesOnDisk(dataDir, '2026-11').find((e) => e.id === entry.id)).toEqual({
      id: entry.id,
      projectId: otra.id,
      date: '2026-11-30',
      minutes: 60,
      billable: false,
      note: 'Revisión',
    });
    const cafe = page.getByRole('textbox', { name: 'Tiempo en Identidad visual · Café Norte, 30 nov 2026' });
    expect(await cafe.inputValue()).toBe('1:00');
    await expect.poll(() => list.textContent()).toContain('Revisión');

    await page.keyboard.press('Control+z');
    await expect.poll(() => cafe.inputValue()).toBe('');
    expect(entriesOnDisk(dataDir, '2026-12')).toEqual([entry]);
    await app.close();
  });
});
