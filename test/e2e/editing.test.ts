import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type RunningApp, useChromium } from './harness';
import { itemsOnDisk, ok } from './seed';

const chromium = useChromium();

/** Screenshots for a person to look at; kept out of the repository. */
const SHOTS = process.env.EDITING_SHOTS;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

type Entry = { id: string; projectId: string; minutes: number; date: string; note?: string; billable: boolean };
const entriesOnDisk = (dir: string, month: string): Entry[] => itemsOnDisk<Entry>(dir, `time/${month}`);

/** A client with two projects of the same title for two clients, and one entry of 1:30 on Monday. */
async function seed(app: RunningApp) {
  const sol = await ok(app, 'createClient', { name: 'Panadería Sol', source: 'web', status: 'active' });
  const norte = await ok(app, 'createClient', { name: 'Café Norte', source: 'web', status: 'active' });
  const pricing = { mode: 'hourly', rate: 6000 } as const;
  const identidad = await ok(app, 'createProject', { clientId: sol.id, title: 'Identidad visual', kind: 'branding', pricing, status: 'in-progress' });
  const otra = await ok(app, 'createProject', { clientId: norte.id, title: 'Identidad visual', kind: 'branding', pricing, status: 'accepted' });
  await ok(app, 'logTime', { projectId: identidad.id, date: '2026-11-23', minutes: 90, billable: true });
  await app.page.reload();
  await app.page.getByRole('button', { name: /^Tiempo/ }).click();
  await app.page.getByRole('heading', { name: 'Tiempo', level: 1 }).waitFor();
  return { sol, norte, identidad, otra };
}

describe('editing time, in Chromium against real files', () => {
  it('a cell on a day well ahead asks first: Fix logs nothing, Yes logs it', async () => {
    const app = await chromium.open({ now: '2026-11-24T10:00:00' });
    const { page, dataDir } = app;
    await seed(app);
    const friday = page.getByRole('textbox', { name: 'Tiempo en Identidad visual · Panadería Sol, 27 nov 2026' });
    await friday.fill('2:00');
    await friday.press('Enter');
    const question = page.getByTestId('sanity-question');
    expect(await question.textContent()).toMatch(/27 nov 2026 es dentro de 3 días: ¿seguro que es la fecha\?/);
    expect(entriesOnDisk(dataDir, '2026-11').map((e) => e.date)).toEqual(['2026-11-23']);
    await question.getByRole('button', { name: 'Corregir' }).click();
    await question.waitFor({ state: 'detached' });
    expect(entriesOnDisk(dataDir, '2026-11').map((e) => e.date)).toEqual(['2026-11-23']);

    await friday.fill('2:00');
    await friday.press('Enter');
    await question.getByRole('button', { name: 'Sí, guardar así' }).click();
    await expect.poll(() => entriesOnDisk(dataDir, '2026-11').map((e) => `${e.date} ${e.minutes}`)).toEqual(['2026-11-23 90', '2026-11-27 120']);
    await expect.poll(() => friday.inputValue()).toBe('2:00');
    await app.close();
  });

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
    await shot(page, 'cell-set');

    // Ctrl+Z undoes the whole change, from the cell itself once its value is saved.
    expect(await cell.evaluate((el) => el === document.activeElement)).toBe(true);
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
    await shot(page, 'undo-delete');
    await app.close();
  });

  it('editing an entry to a date a year ahead asks first, and saves nothing until confirmed', async () => {
    const app = await chromium.open({ now: '2026-12-01T10:00:00' });
    const { page, dataDir } = app;
    const { identidad } = await seed(app);
    const entry = await ok(app, 'logTime', { projectId: identidad.id, date: '2026-12-01', minutes: 60, billable: true });
    await page.reload();
    const list = page.getByRole('list', { name: 'Entradas de esta semana' });
    await list.getByRole('button', { name: 'Editar 1 h en Identidad visual · Panadería Sol' }).click();
    const form = page.getByRole('form', { name: 'Editar entrada' });
    await form.getByLabel('Fecha').fill('2027-12-01');
    await form.getByRole('button', { name: 'Guardar' }).click();
    const question = form.getByTestId('sanity-question');
    expect(await question.textContent()).toMatch(/1 dic 2027 es dentro de \d+ días: ¿seguro que es la fecha\?/);
    expect(entriesOnDisk(dataDir, '2026-12').map((e) => e.date)).toEqual(['2026-12-01']);
    expect(fs.existsSync(path.join(dataDir, 'time', '2027-12.json'))).toBe(false);
    await question.getByRole('button', { name: 'Sí, guardar así' }).click();
    await form.waitFor({ state: 'detached' });
    expect(entriesOnDisk(dataDir, '2027-12').map((e) => e.id)).toEqual([entry.id]);
    await app.close();
  });

  it("editing an entry's project and date moves it, to another month too, and Ctrl+Z moves it back", async () => {
    const app = await chromium.open({ now: '2026-12-01T10:00:00' });
    const { page, dataDir } = app;
    const { identidad, otra } = await seed(app);
    const entry = await ok(app, 'logTime', { projectId: identidad.id, date: '2026-12-01', minutes: 60, billable: true });
    await page.reload();
    const list = page.getByRole('list', { name: 'Entradas de esta semana' });
    await list.getByRole('button', { name: 'Editar 1 h en Identidad visual · Panadería Sol' }).click();
    const form = page.getByRole('form', { name: 'Editar entrada' });
    await form.getByLabel('Proyecto').selectOption({ label: 'Identidad visual · Café Norte' });
    await form.getByLabel('Fecha').fill('2026-11-30');
    await form.getByLabel('Nota').fill('Revisión');
    await form.getByLabel('Facturable').uncheck();
    await shot(page, 'edit-entry');
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

describe('forms that ask before losing what was typed, in Chromium', () => {
  it('Cancel in a half-filled dialog asks first too (a colleague), and closes at once when nothing was typed', async () => {
    const app = await chromium.open({ now: '2026-11-24T10:00:00' });
    const { page, dataDir } = app;
    await page.getByRole('navigation').getByRole('button', { name: /^Colegas/ }).click();
    await page.getByRole('button', { name: 'Añadir colega' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Añadir colega' });
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Añadir colega' }).first().click();
    await dialog.getByLabel('Nombre').fill('Marta Ruiz');
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    const ask = page.getByRole('alertdialog', { name: '¿Descartar los cambios?' });
    await ask.getByRole('button', { name: 'Seguir editando' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await dialog.getByLabel('Nombre').inputValue()).toBe('Marta Ruiz');
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await ask.getByRole('button', { name: 'Descartar' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(fs.existsSync(path.join(dataDir, 'colleagues.json'))).toBe(false);
    await app.close();
  });

  it('Esc on a half-filled client asks first: Keep editing keeps it, Discard closes; Ctrl+1 asks too', async () => {
    const app = await chromium.open({ now: '2026-11-24T10:00:00' });
    const { page } = app;
    await page.getByRole('button', { name: /^Clientes/ }).click();
    await page.getByRole('button', { name: 'Añadir cliente' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Añadir cliente' });
    await dialog.getByLabel('Nombre').fill('Bodegas Arlanza');
    await page.keyboard.press('Escape');
    const ask = page.getByRole('alertdialog', { name: '¿Descartar los cambios?' });
    await ask.waitFor();
    await shot(page, 'discard');
    await ask.getByRole('button', { name: 'Seguir editando' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await dialog.getByLabel('Nombre').inputValue()).toBe('Bodegas Arlanza');

    // Leaving the place asks as well, and Keep editing stays.
    await dialog.getByLabel('Nombre').focus();
    await page.keyboard.press('Control+1');
    await ask.waitFor();
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { name: 'Clientes', level: 1 }).count()).toBe(1);

    await page.keyboard.press('Escape');
    await ask.getByRole('button', { name: 'Descartar' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(fs.existsSync(path.join(app.dataDir, 'clients.json'))).toBe(false);

    // An untouched form closes at once.
    await page.getByRole('button', { name: 'Añadir cliente' }).first().click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await ask.count()).toBe(0);
    await app.close();
  });

  it('a new client named like an existing one (case and accents aside) asks first', async () => {
    const app = await chromium.open({ now: '2026-11-24T10:00:00' });
    const { page, dataDir } = app;
    await ok(app, 'createClient', { name: 'Bodegas Arlanza', source: 'web', status: 'active' });
    await page.reload();
    await page.getByRole('button', { name: /^Clientes/ }).click();
    await page.getByRole('button', { name: 'Añadir cliente' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Añadir cliente' });
    await dialog.getByLabel('Nombre').fill('bodegas arlanzá');
    await dialog.getByRole('button', { name: 'Añadir cliente' }).click();
    const question = dialog.getByRole('alert');
    await expect.poll(() => question.textContent()).toContain('Ya tienes un cliente llamado Bodegas Arlanza. ¿Crear otro?');
    await shot(page, 'duplicate');
    const onDisk = () => JSON.parse(fs.readFileSync(path.join(dataDir, 'clients.json'), 'utf8')).items as { name: string }[];
    expect(onDisk()).toHaveLength(1);

    await question.getByRole('button', { name: 'Abrir el existente' }).click();
    await page.getByRole('heading', { name: /Bodegas Arlanza/, level: 1 }).waitFor();
    expect(onDisk()).toHaveLength(1);

    await page.getByRole('button', { name: /^Clientes/ }).click();
    await page.getByRole('button', { name: 'Añadir cliente' }).first().click();
    await dialog.getByLabel('Nombre').fill('BODEGAS ARLANZA');
    await dialog.getByRole('button', { name: 'Añadir cliente' }).click();
    await dialog.getByRole('button', { name: 'Crear de todos modos' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(onDisk().map((c) => c.name)).toEqual(['Bodegas Arlanza', 'BODEGAS ARLANZA']);
    await app.close();
  });
});

describe('merging and deleting, in Chromium against real files', () => {
  it('merging two clients leaves one with all the hours; undo puts both back', async () => {
    const app = await chromium.open({ now: '2026-11-24T10:00:00' });
    const { page, dataDir } = app;
    const keep = await ok(app, 'createClient', { name: 'Bodegas Arlanza', source: 'web', status: 'active' });
    const dup = await ok(app, 'createClient', { name: 'bodegas arlanza', source: 'web', status: 'active' });
    const pricing = { mode: 'hourly', rate: 6000 } as const;
    const a = await ok(app, 'createProject', { clientId: keep.id, title: 'Etiquetas', kind: 'packaging', pricing, status: 'in-progress' });
    const b = await ok(app, 'createProject', { clientId: dup.id, title: 'Catálogo', kind: 'editorial', pricing, status: 'in-progress' });
    await ok(app, 'logTime', { projectId: a.id, date: '2026-11-23', minutes: 120, billable: true });
    await ok(app, 'logTime', { projectId: b.id, date: '2026-11-24', minutes: 90, billable: true });
    await ok(app, 'createSignal', { clientId: dup.id, date: '2026-11-20', kind: 'praised' });
    await page.reload();
    await page.getByRole('button', { name: /^Clientes/ }).click();
    await page.getByRole('button', { name: 'bodegas arlanza', exact: true }).click();
    await page.getByRole('heading', { name: /bodegas arlanza/, level: 1 }).waitFor();
    // It has a project: no Delete, only Merge.
    expect(await page.getByRole('button', { name: 'Eliminar', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Fusionar con…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Fusionar bodegas arlanza con otro cliente' });
    await dialog.getByLabel('Fusionar con').selectOption({ label: 'Bodegas Arlanza' });
    expect(await dialog.textContent()).toContain('Todo lo de bodegas arlanza (1 proyecto, 1 señal y 0 cartas) pasa a Bodegas Arlanza');
    await shot(page, 'merge-dialog');
    await dialog.getByRole('button', { name: 'Fusionar con Bodegas Arlanza' }).click();
    await page.getByRole('heading', { name: /^Bodegas Arlanza/, level: 1 }).waitFor();
    // 2 h + 1 h 30 min under one client.
    await expect.poll(() => page.locator('.stat').filter({ hasText: 'Horas registradas' }).textContent()).toContain('3,5 h');
    await shot(page, 'merged');
    const clients = () => JSON.parse(fs.readFileSync(path.join(dataDir, 'clients.json'), 'utf8')).items as { id: string }[];
    expect(clients().map((c) => c.id)).toEqual([keep.id]);
    const projects = JSON.parse(fs.readFileSync(path.join(dataDir, 'projects.json'), 'utf8')).items as { clientId: string }[];
    expect(projects.every((p) => p.clientId === keep.id)).toBe(true);
    expect(fs.readdirSync(path.join(dataDir, 'backups')).some((d) => d.endsWith('-pre-merge'))).toBe(true);

    await page.getByRole('heading', { name: /^Bodegas Arlanza/, level: 1 }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => clients().map((c) => c.id)).toEqual([keep.id, dup.id]);
    await expect.poll(() => page.locator('.stat').filter({ hasText: 'Horas registradas' }).textContent()).toContain('2 h');
    await app.close();
  });

  it('a client with nothing attached is deleted after a confirmation, and undo brings it back', async () => {
    const app = await chromium.open({ now: '2026-11-24T10:00:00' });
    const { page, dataDir } = app;
    await ok(app, 'createClient', { name: 'Prueba', source: 'web', status: 'prospect' });
    await page.reload();
    await page.getByRole('button', { name: /^Clientes/ }).click();
    await page.getByRole('button', { name: 'Prueba', exact: true }).click();
    await page.getByRole('button', { name: 'Eliminar', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '¿Eliminar Prueba?' });
    await confirm.getByRole('button', { name: 'Eliminar cliente' }).click();
    await page.getByRole('heading', { name: 'Clientes', level: 1 }).waitFor();
    const names = () => (JSON.parse(fs.readFileSync(path.join(dataDir, 'clients.json'), 'utf8')).items as { name: string }[]).map((c) => c.name);
    expect(names()).toEqual([]);
    await page.getByRole('status').filter({ hasText: 'Cliente Prueba eliminado.' }).getByRole('button', { name: 'Deshacer' }).click();
    await expect.poll(names).toEqual(['Prueba']);
    await app.close();
  });
});

describe('the week grid rows and project choices, in Chromium', () => {
  it('has a row for every active project and the studio’s own, Add a row for any other, and client names in every project list', async () => {
    const app = await chromium.open({ now: '2026-11-24T10:00:00' });
    const { page, dataDir } = app;
    const sol = await ok(app, 'createClient', { name: 'Panadería Sol', source: 'web', status: 'active' });
    const studio = await ok(app, 'createClient', { name: 'Mi estudio', source: 'other', status: 'active', internal: true });
    const pricing = { mode: 'hourly', rate: 6000 } as const;
    for (const [clientId, title, status] of [
      [sol.id, 'Identidad visual', 'in-progress'],
      [sol.id, 'Carta', 'accepted'],
      [sol.id, 'Rótulo', 'delivered'],
      [studio.id, 'Portfolio', 'inquiry'],
    ] as const) {
      await ok(app, 'createProject', { clientId, title, kind: 'branding', pricing, status, createdAt: '2026-01-01' });
    }
    await page.reload();
    await page.getByRole('button', { name: /^Tiempo/ }).click();
    const grid = page.getByRole('region', { name: 'Semana' });
    const rowNames = () => grid.locator('tbody th[scope=row] .project-label').allTextContents();
    await expect.poll(rowNames).toEqual(['CartaPanadería Sol', 'Identidad visualPanadería Sol', 'PortfolioMi estudio']);

    await shot(page, 'addrow');
    await grid.getByLabel('Añadir fila').selectOption({ label: 'Rótulo · Panadería Sol' });
    await expect.poll(rowNames).toContain('RótuloPanadería Sol');
    const cell = page.getByRole('textbox', { name: 'Tiempo en Rótulo · Panadería Sol, 24 nov 2026' });
    await cell.fill('45m');
    await cell.press('Tab');
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('45 min');
    expect(itemsOnDisk(dataDir, 'time/2026-11')).toHaveLength(1);
    await shot(page, 'rows');

    // The sidebar timer and the manual entry name each project with its client.
    const timerOptions = await page.locator('#timer-project option').allTextContents();
    expect(timerOptions).toEqual(expect.arrayContaining(['Identidad visual · Panadería Sol', 'Portfolio · Mi estudio', 'Carta · Panadería Sol']));
    const manual = await page.getByRole('region', { name: 'Registrar tiempo' }).getByLabel('Proyecto').locator('option').allTextContents();
    expect(manual).toEqual(expect.arrayContaining(['Identidad visual · Panadería Sol', 'Rótulo · Panadería Sol']));
    await app.close();
  });

  it('merges a project into another of the client: its hours move, and the toast’s Undo puts them back', async () => {
    const app = await chromium.open({ now: '2026-11-24T10:00:00' });
    const { page, dataDir } = app;
    const sol = await ok(app, 'createClient', { name: 'Panadería Sol', source: 'web', status: 'active' });
    const pricing = { mode: 'hourly', rate: 6000 } as const;
    const a = await ok(app, 'createProject', { clientId: sol.id, title: 'Proyecto doble', kind: 'branding', pricing, status: 'in-progress' });
    const b = await ok(app, 'createProject', { clientId: sol.id, title: 'Proyecto doble (2)', kind: 'branding', pricing, status: 'in-progress' });
    await ok(app, 'logTime', { projectId: a.id, date: '2026-11-23', minutes: 60, billable: true });
    await ok(app, 'logTime', { projectId: b.id, date: '2026-11-24', minutes: 30, billable: true });
    await page.reload();
    await page.getByRole('button', { name: /^Clientes/ }).click();
    await page.getByRole('button', { name: 'Panadería Sol', exact: true }).click();
    await page.getByRole('button', { name: 'Fusionar Proyecto doble (2) con otro proyecto' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fusionar Proyecto doble (2) con otro proyecto' });
    expect(await dialog.textContent()).toContain('Todo lo de Proyecto doble (2) (0,5 h registradas y 0 facturas) pasa a Proyecto doble');
    await dialog.getByRole('button', { name: 'Fusionar con Proyecto doble' }).click();
    await dialog.waitFor({ state: 'detached' });
    const onDisk = () => itemsOnDisk<Entry>(dataDir, 'time/2026-11').map((e) => e.projectId);
    expect(onDisk()).toEqual([a.id, a.id]);
    // The client's own projects table (the charts' tables name the projects too).
    const row = page.getByRole('table', { name: 'Proyectos', exact: true }).getByRole('row', { name: /Proyecto doble/ });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('1,5 h');
    await page.getByRole('status').filter({ hasText: 'fusionado' }).getByRole('button', { name: 'Deshacer' }).click();
    await expect.poll(onDisk).toEqual([a.id, b.id]);
    await expect.poll(() => row.count()).toBe(2);
    await app.close();
  });
});
