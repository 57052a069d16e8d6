import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Client, Project } from '#shared/model';
import { screenshot, type RunningApp, useChromium } from './harness';
import { ok } from './seed';

const chromium = useChromium();

// A Friday in December, as in the week of use the numbers were checked in.
const NOW = '2026-12-04T10:00:00';
const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/trusted-numbers');

const read = (app: RunningApp, file: string) => JSON.parse(fs.readFileSync(path.join(app.dataDir, `${file}.json`), 'utf8')) as { items: Record<string, unknown>[] };

/** Settings a designer would pick: 60 €/h target, 40 €/h minimum, 30 h a week, branding. */
async function settle(app: RunningApp): Promise<void> {
  await ok(app, 'updateSettings', {
    language: 'es', targetHourlyRate: 6000, minimumHourlyRate: 4000, weeklyCapacityHours: 30, specialties: ['branding', 'packaging'],
  });
}

describe('numbers a freelancer can trust, in Chromium against real files', () => {
  it('rates from earned value: 2 h on a 3.000 € / 40 h job is 75 €/h on home and on the client, and a deposit changes nothing', async () => {
    const app = await chromium.open({ now: NOW });
    const { page } = app;
    await settle(app);
    const faro = await ok<Client>(app, 'createClient', { name: 'Estudio Faro', source: 'web', status: 'active', createdAt: '2026-11-30' });
    const job = await ok<Project>(app, 'createProject', {
      clientId: faro.id, title: 'Identidad Faro', kind: 'branding', pricing: { mode: 'fixed', amount: 300000 }, estimatedHours: 40,
      status: 'in-progress', deadline: '2027-01-29', createdAt: '2026-11-30',
    });
    await ok(app, 'logTime', { projectId: job.id, date: '2026-12-02', minutes: 60, billable: true });
    await ok(app, 'logTime', { projectId: job.id, date: '2026-12-03', minutes: 60, billable: true });
    await page.reload();

    await page.getByRole('heading', { name: 'Esta semana', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('home-rate').textContent()).toMatch(/^75\s?€\/h$/);
    await screenshot(page, path.join(SHOTS, 'home.png'));

    await page.getByRole('button', { name: /^Clientes/ }).first().click();
    await page.getByRole('row', { name: /Estudio Faro/ }).getByRole('button', { name: 'Estudio Faro' }).click();
    await page.getByRole('heading', { name: /Estudio Faro/, level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('client-rate').textContent()).toMatch(/^75\s?€\/h$/);

    // A 1.500 € deposit, entered as a person would: the rate stays where it was.
    await page.getByRole('button', { name: 'Añadir factura' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Importe', { exact: true }).fill('1500');
    await dialog.getByRole('button', { name: 'Añadir factura' }).click();
    await page.getByText('Factura apuntada.').waitFor();
    const saved = read(app, 'projects').items.find((p) => p.id === job.id) as { invoices: { amount: number }[] };
    expect(saved.invoices.map((i) => i.amount)).toEqual([150000]);
    await expect.poll(() => page.getByTestId('client-rate').textContent()).toMatch(/^75\s?€\/h$/);
    await page.locator('main').evaluate((el) => el.scrollTo(0, 0));
    await screenshot(page, path.join(SHOTS, 'client.png'));
    await page.getByRole('button', { name: /^Esta semana/ }).click();
    await expect.poll(() => page.getByTestId('home-rate').textContent()).toMatch(/^75\s?€\/h$/);

    // A second fixed job without an estimate is left out, and the screens say so.
    const loose = await ok<Project>(app, 'createProject', {
      clientId: faro.id, title: 'Papelería Faro', kind: 'branding', pricing: { mode: 'fixed', amount: 90000 }, status: 'in-progress', createdAt: '2026-12-01',
    });
    await ok(app, 'logTime', { projectId: loose.id, date: '2026-12-03', minutes: 30, billable: true });
    await page.reload();
    await expect.poll(() => page.getByTestId('home-rate').textContent()).toMatch(/^75\s?€\/h$/);
    expect(await page.getByTestId('home-rate-left-out').textContent()).toBe('1 proyecto en curso sin estimación no cuenta todavía.');
    await screenshot(page, path.join(SHOTS, 'home-left-out.png'));
    await app.close();
  });

  it('a 10 h inquiry due in two weeks fits beside a 110 h job due in three months', async () => {
    const app = await chromium.open({ now: NOW });
    const { page } = app;
    await settle(app);
    const museo = await ok<Client>(app, 'createClient', { name: 'Museo del Mar', source: 'referral', status: 'active', createdAt: '2026-10-01' });
    const big = await ok<Project>(app, 'createProject', {
      clientId: museo.id, title: 'Identidad Museo', kind: 'branding', pricing: { mode: 'fixed', amount: 880000 }, estimatedHours: 110,
      status: 'in-progress', deadline: '2027-03-04', createdAt: '2026-11-20',
    });
    await ok(app, 'logTime', { projectId: big.id, date: '2026-12-01', minutes: 240, billable: true });
    const lua = await ok<Client>(app, 'createClient', { name: 'Café Lúa', source: 'web', status: 'prospect', createdAt: '2026-12-03' });
    await ok<Project>(app, 'createProject', {
      clientId: lua.id, title: 'Carta de invierno', kind: 'branding', pricing: { mode: 'fixed', amount: 80000 }, estimatedHours: 10,
      status: 'inquiry', deadline: '2026-12-18', createdAt: '2026-12-03',
    });
    await page.reload();

    await page.getByRole('button', { name: 'Evaluar: Carta de invierno' }).click();
    await expect.poll(() => page.getByTestId('verdict').textContent()).toBe('Aceptar');
    // 106 h still to do over 90 days: 16,5 h of them fall before 18 Dec, not all 106.
    await page.getByText(/Cabe: 10 h de las .* libres que tienes hasta el .*, tras 16,5 h comprometidas antes del .* en «Identidad Museo»\./).waitFor();
    await screenshot(page, path.join(SHOTS, 'inquiry.png'));
    await app.close();
  });

  it('the client card, its signal list and the clients list agree; the internal client stays out of the review', async () => {
    const app = await chromium.open({ now: NOW });
    const { page } = app;
    await settle(app);
    const norte = await ok<Client>(app, 'createClient', { name: 'Librería Norte', source: 'web', status: 'active', createdAt: '2026-03-01' });
    const book = await ok<Project>(app, 'createProject', {
      clientId: norte.id, title: 'Catálogo', kind: 'branding', pricing: { mode: 'fixed', amount: 120000 }, estimatedHours: 20,
      status: 'delivered', createdAt: '2026-08-01',
      // Paid 30 days late: a derived red signal nobody recorded by hand.
      invoices: [{ issuedAt: '2026-09-01', amount: 120000, termsDays: 30, paidAt: '2026-10-31' }],
    });
    await ok(app, 'logTime', { projectId: book.id, date: '2026-08-10', minutes: 600, billable: true });
    await ok(app, 'createSignal', { clientId: norte.id, date: '2026-08-02', kind: 'praised' });
    const studio = await ok<Client>(app, 'createClient', { name: 'Estudio', source: 'other', status: 'active', createdAt: '2026-01-01', internal: true });
    const admin = await ok<Project>(app, 'createProject', {
      clientId: studio.id, title: 'Portfolio', kind: 'branding', pricing: { mode: 'hourly', rate: 0 }, status: 'in-progress', createdAt: '2026-01-01',
    });
    await ok(app, 'logTime', { projectId: admin.id, date: '2026-12-02', minutes: 180, billable: false });
    await page.reload();

    await page.getByRole('button', { name: /^Clientes/ }).first().click();
    const row = page.getByRole('row', { name: /Librería Norte/ });
    await expect.poll(() => row.getByTestId('client-row-signals').textContent()).toBe('1 roja · 1 verde');
    const studioRow = page.getByRole('row', { name: /Estudio/ });
    expect(await studioRow.textContent()).toContain('Interno');
    expect(await studioRow.textContent()).toContain('3 h');
    expect(await studioRow.textContent()).not.toMatch(/€\/h/);
    await screenshot(page, path.join(SHOTS, 'clients.png'));

    await row.getByRole('button', { name: 'Librería Norte' }).click();
    await page.getByRole('heading', { name: /Librería Norte/, level: 1 }).waitFor();
    expect(await page.getByTestId('client-signal-counts').textContent()).toBe('1 señal roja · 1 verde');
    expect(await page.getByTestId('signal-counts').textContent()).toBe('1 roja · 1 verde');
    await screenshot(page, path.join(SHOTS, 'client-signals.png'));

    await page.getByRole('button', { name: /^Revisión/ }).first().click();
    await page.getByRole('heading', { name: 'Revisión', level: 1 }).waitFor();
    const review = page.locator('main');
    await expect.poll(() => review.textContent()).toContain('Librería Norte');
    // The ranking's red signals: the same one the card and the lists count.
    const ranked = page.getByRole('table', { name: 'Clientes según lo que cuestan' }).getByRole('row', { name: /Librería Norte/ });
    expect(await ranked.locator('td').nth(5).textContent()).toBe('1');
    expect(await review.textContent()).not.toContain('Estudio');
    await screenshot(page, path.join(SHOTS, 'review.png'));
    await app.close();
  });

  it('follow-ups that matter: recent work first on home and in the review, older relationships dormant and collapsed', async () => {
    const app = await chromium.open({ now: NOW });
    const { page } = app;
    await ok(app, 'updateSettings', { language: 'en', followUpDays: 60 });
    const work = async (name: string, ended: string) => {
      const c = await ok<Client>(app, 'createClient', { name, source: 'web', status: 'past', createdAt: '2015-01-01' });
      const p = await ok<Project>(app, 'createProject', {
        clientId: c.id, title: `${name} brand`, kind: 'branding', pricing: { mode: 'fixed', amount: 100000 }, status: 'closed', createdAt: '2015-01-05',
      });
      await ok(app, 'logTime', { projectId: p.id, date: ended, minutes: 120, billable: true });
    };
    await work('Nine Years Ago', '2017-11-02');
    await work('Last Spring', '2026-04-10');
    await work('Last Summer', '2026-08-20');
    await page.reload();

    const home = page.getByRole('region', { name: 'Follow-ups due' });
    await expect.poll(() => home.getByRole('listitem').allTextContents()).toHaveLength(2);
    const lines = await home.getByRole('listitem').allTextContents();
    expect(lines[0]).toContain('Last Summer');
    expect(lines[1]).toContain('Last Spring');
    expect(await home.textContent()).not.toContain('Nine Years Ago');
    await screenshot(page, path.join(SHOTS, 'home-follow-ups-en.png'));

    await page.getByRole('button', { name: /^Review/ }).first().click();
    const list = page.getByRole('list', { name: 'Follow-ups' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    const dormant = page.getByTestId('dormant');
    expect(await dormant.getAttribute('open')).toBeNull();
    expect(await dormant.locator('summary').textContent()).toBe('1 dormant relationship');
    await dormant.locator('summary').click();
    const woken = page.getByRole('list', { name: '1 dormant relationship' }).getByRole('listitem', { name: 'Nine Years Ago' });
    await woken.getByRole('figure').waitFor();
    await woken.scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'review-dormant-en.png'));
    await app.close();
  });
});
