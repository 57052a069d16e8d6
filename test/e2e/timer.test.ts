import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, type RunningApp, useChromium } from './harness';
import { itemsOnDisk, seedClient } from './seed';

const chromium = useChromium();

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/timer');
const MINUTE = 60_000;

async function seed(app: RunningApp) {
  // The newest project comes first in the timer's list.
  await seedClient(app, { name: 'Panadería Sol' }, [
    { title: 'Carta de temporada', createdAt: '2026-10-01' },
    { title: 'Identidad visual', createdAt: '2026-11-01' },
  ]);
}

type Entry = { projectId: string; minutes: number; date: string };
const entries = (dataDir: string): Entry[] => itemsOnDisk<Entry>(dataDir, 'time/2026-11');
const projectId = (dataDir: string, title: string): string => itemsOnDisk<{ id: string; title: string }>(dataDir, 'projects').find((p) => p.title === title)!.id;

describe('the timer, in Chromium against real files', () => {
  it('starts in one click, ticks, logs on stop, survives a restart, and logs the first project when switching', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page, dataDir } = app;
    await seed(app);
    const identidad = projectId(dataDir, 'Identidad visual');
    const carta = projectId(dataDir, 'Carta de temporada');

    // One click on the sidebar pill.
    await page.getByRole('button', { name: 'Iniciar el cronómetro en Identidad visual' }).click();
    const pill = page.getByRole('group', { name: 'Cronómetro en marcha' });
    await pill.waitFor();
    expect(await pill.textContent()).toContain('Identidad visual');
    const elapsed = page.getByTestId('timer-elapsed');
    expect(await elapsed.textContent()).toMatch(/^0:00:0\d$/);

    // Under a minute, nothing would be logged: move both clocks 25 minutes on.
    await app.advance(25 * MINUTE);
    await expect.poll(() => elapsed.textContent()).toMatch(/^0:25:\d\d$/);
    await screenshot(page, path.join(SHOTS, 'running.png'));

    await pill.getByRole('button', { name: 'Parar' }).click();
    await page.getByText('Tiempo registrado en Identidad visual: 25 min.').waitFor();
    expect(entries(dataDir)).toEqual([expect.objectContaining({ projectId: identidad, minutes: 25, date: '2026-11-23' })]);
    await page.getByRole('button', { name: /^Tiempo/ }).click();
    await expect.poll(() => page.getByTestId('week-total').textContent()).toBe('25 min');
    expect(await page.getByRole('row', { name: /Identidad visual/ }).first().textContent()).toContain('25 min');

    // Start again, then quit and open the app again on the same data: still running.
    await page.getByRole('button', { name: 'Iniciar el cronómetro en Identidad visual' }).click();
    await pill.waitFor();
    const timerFile = JSON.parse(fs.readFileSync(path.join(dataDir, 'timer.json'), 'utf8'));
    expect(timerFile.timer).toMatchObject({ projectId: identidad });
    await app.close();

    const again = await chromium.open({ dataDir, now: '2026-11-23T11:00:00' });
    const pill2 = again.page.getByRole('group', { name: 'Cronómetro en marcha' });
    await pill2.waitFor();
    expect(await pill2.textContent()).toContain('Identidad visual');
    // Started at about 10:25, reopened at 11:00.
    expect(await again.page.getByTestId('timer-elapsed').textContent()).toMatch(/^0:3[45]:\d\d$/);

    // Switching to another project logs the first one and keeps the timer running on the new one.
    await again.page.getByRole('button', { name: /^Clientes/ }).click();
    await again.page.getByRole('button', { name: 'Panadería Sol', exact: true }).click();
    await again.page.getByRole('button', { name: 'Iniciar el cronómetro en Carta de temporada' }).click();
    await expect.poll(() => pill2.textContent()).toContain('Carta de temporada');
    const logged = entries(dataDir);
    expect(logged).toHaveLength(2);
    expect(logged[1]).toMatchObject({ projectId: identidad, date: '2026-11-23' });
    expect(logged[1]!.minutes).toBeGreaterThanOrEqual(34);
    expect(logged[1]!.minutes).toBeLessThanOrEqual(36);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'timer.json'), 'utf8')).timer).toMatchObject({ projectId: carta });

    await again.page.getByRole('button', { name: /^Tiempo/ }).click();
    await expect.poll(async () => again.page.getByRole('row', { name: /Identidad visual/ }).first().textContent()).toMatch(/(59|60|61) min|1 h( 1 min)?/);
    await screenshot(again.page, path.join(SHOTS, 'after-switch.png'));
    await again.close();
  });

  it('logs nothing when stopped within the first minute', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    await seed(app);
    await app.page.getByRole('button', { name: 'Iniciar el cronómetro en Identidad visual' }).click();
    const pill = app.page.getByRole('group', { name: 'Cronómetro en marcha' });
    await pill.waitFor();
    await app.advance(20_000);
    await pill.getByRole('button', { name: 'Parar' }).click();
    await app.page.getByText('Cronómetro parado. Menos de un minuto: no se registró nada.').waitFor();
    expect(entries(app.dataDir)).toEqual([]);
    await app.close();
  });
});
