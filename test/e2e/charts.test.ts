import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, type RunningApp, useChromium } from './harness';

const chromium = useChromium();

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/charts');

async function value<T>(app: RunningApp, channel: string, payload?: unknown): Promise<T> {
  const r = await app.backend.invoke(channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

/** A client with one project over the target, one between minimum and target, one under the minimum. */
async function seed(app: RunningApp) {
  const lumen = await value<{ id: string }>(app, 'createClient', { name: 'Estudio Lumen', source: 'referral', status: 'active' });
  const norte = await value<{ id: string }>(app, 'createClient', { name: 'Café Norte', source: 'web', status: 'active' });
  const project = async (clientId: string, title: string, amount: number, estimatedHours: number, createdAt: string, invoices: unknown[] = []) =>
    value<{ id: string }>(app, 'createProject', {
      clientId,
      title,
      kind: 'branding',
      pricing: { mode: 'fixed', amount },
      estimatedHours,
      status: 'delivered',
      createdAt,
      invoices,
    });
  /** Logs `hours` as days of at most 8 h from `date` on. */
  const log = async (projectId: string, hours: number, date: string) => {
    for (let left = hours, day = Number(date.slice(8)); left > 0; left -= 8, day++) {
      const on = `${date.slice(0, 8)}${String(day).padStart(2, '0')}`;
      await value(app, 'logTime', { projectId, date: on, minutes: Math.min(8, left) * 60, billable: true });
    }
  };

  // 1.200 € over 16 h = 75 €/h (target 60): good. Paid 19 days late.
  const identidad = await project(lumen.id, 'Identidad visual', 120000, 16, '2026-08-01', [
    { issuedAt: '2026-09-01', amount: 120000, termsDays: 30, paidAt: '2026-10-20', paidAmount: 120000 },
  ]);
  // 1.500 € over 30 h = 50 €/h: between minimum (40) and target. Overdue since 31 Oct.
  const web = await project(lumen.id, 'Web corporativa', 150000, 20, '2026-09-01', [{ issuedAt: '2026-10-01', amount: 150000, termsDays: 30 }]);
  // 300 € over 12 h = 25 €/h: under the minimum.
  const logo = await project(lumen.id, 'Logo exprés', 30000, 6, '2026-10-01');
  const carta = await project(norte.id, 'Carta de temporada', 90000, 10, '2026-06-01');
  await log(identidad.id, 16, '2026-08-20');
  await log(web.id, 30, '2026-10-10');
  await log(logo.id, 12, '2026-11-02');
  await log(carta.id, 9, '2026-06-15');
  return { lumen };
}

/** The bits of the page's window these checks use (the e2e project has no DOM types). */
interface PageWindow {
  getComputedStyle(el: unknown): { color: string; backgroundColor: string };
  document: {
    createElement(tag: string): { style: { color: string }; remove(): void };
    body: { append(el: unknown): void };
    activeElement: { getAttribute(name: string): string | null } | null;
  };
}

/** The painted background of an HTML mark, as the page computes it. */
const BACKGROUND = (el: unknown) => (globalThis as unknown as PageWindow).getComputedStyle(el).backgroundColor;

/** The computed colour of a CSS variable, as the page resolves it. */
function cssColour(page: Page, variable: string): Promise<string> {
  return page.evaluate((v) => {
    const w = globalThis as unknown as PageWindow;
    const probe = w.document.createElement('span');
    probe.style.color = `var(${v})`;
    w.document.body.append(probe);
    const colour = w.getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, variable);
}

async function openClient(page: Page, name: string) {
  await page.getByRole('button', { name: /^Clientes/ }).click();
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name: new RegExp(name) }).first().waitFor();
}

describe('charts, in Chromium against real files', () => {
  it('draws hours against price with the target and minimum lines, the under-minimum project in the bad colour', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;
    await seed(app);
    await page.reload();
    await openClient(page, 'Estudio Lumen');

    const scatter = page.locator('[data-chart="hours-vs-price"]');
    await scatter.getByRole('heading', { name: 'Horas frente a precio' }).waitFor();
    await expect.poll(() => scatter.locator('.plot-dot[data-project]').count()).toBe(3);
    const plotText = await scatter.locator('.plot').textContent();
    expect(plotText).toContain('Horas (h)');
    expect(plotText).toContain('Precio (€)');
    const key = (await scatter.locator('.chart-key').textContent())?.replace(/\s/g, ' ');
    expect(key).toContain('Objetivo 60 €/h');
    expect(key).toContain('Mínimo 40 €/h');
    expect(await scatter.locator('figcaption').textContent()).toBe(
      '1 de 3 proyectos está por debajo de tu tarifa mínima: pagó menos por hora que tu línea discontinua.',
    );

    // The under-minimum point is painted with the theme's bad colour; the others are not.
    const bad = await cssColour(page, '--bad');
    const good = await cssColour(page, '--good');
    const fill = (title: string) => scatter.locator(`.plot-dot[data-project="${title}"]`).evaluate(BACKGROUND);
    expect(await fill('Logo exprés')).toBe(bad);
    expect(await fill('Identidad visual')).toBe(good);
    expect(await fill('Web corporativa')).not.toBe(bad);
    // The minimum line is dashed, the target line solid.
    expect(await scatter.locator('.line-minimum line').getAttribute('stroke-dasharray')).toBeTruthy();
    expect(await scatter.locator('.line-target line').getAttribute('stroke-dasharray')).toBeNull();

    // Hovering the point names the project with its hours, price and rate.
    await scatter.locator('.plot-dot[data-project="Logo exprés"]').hover();
    const tip = scatter.locator('.chart-tooltip');
    await tip.waitFor();
    const tipText = (await tip.textContent())?.replace(/\s/g, ' ') ?? '';
    expect(tipText).toContain('Logo exprés');
    expect(tipText).toContain('12 h');
    expect(tipText).toMatch(/300 €/);
    expect(tipText).toMatch(/25 €\/h/);
    // The point sits where its values are: under the dashed minimum line, right of 10 h on the axis.
    const box = (await scatter.locator('.plot-area').boundingBox())!;
    const dot = (await scatter.locator('.plot-dot[data-project="Logo exprés"]').boundingBox())!;
    const dotX = (dot.x + dot.width / 2 - box.x) / box.width;
    const dotY = (box.y + box.height - (dot.y + dot.height / 2)) / box.height;
    expect(dotX).toBeCloseTo(12 / 40, 1);
    expect(dotY).toBeCloseTo(300 / 2000, 1);
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.count()).toBe(0);

    // From the keyboard: one tab stop per chart, arrows move between points, Escape hides the tooltip.
    await scatter.locator('.plot-dot[data-project="Logo exprés"]').focus();
    await expect.poll(async () => (await tip.textContent()) ?? '').toContain('Logo exprés');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await tip.textContent()) ?? '').toContain('Identidad visual');
    await page.keyboard.press('End');
    await expect.poll(async () => (await tip.textContent()) ?? '').toContain('Web corporativa');
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as unknown as PageWindow).document.activeElement?.getAttribute('data-project'))).toBe('Identidad visual');

    // Estimated against logged hours: titles and axis.
    const bars = page.locator('[data-chart="estimate-vs-actual"]');
    await bars.getByRole('heading', { name: 'Horas estimadas y registradas' }).waitFor();
    expect(await bars.locator('.plot').textContent()).toContain('Horas (h)');
    // Each project's bars: the logged one as tall as its hours (30 h on an axis to 40 h), in its tone.
    const web = bars.locator('.plot-band[data-project="Web corporativa"]');
    expect(await web.locator('.plot-bar.actual').evaluate(BACKGROUND)).toBe(bad);
    const area = (await bars.locator('.plot-area').boundingBox())!;
    const actual = (await web.locator('.plot-bar.actual').boundingBox())!;
    expect(actual.height / area.height).toBeCloseTo(30 / 40, 1);
    await web.hover();
    await expect.poll(async () => (await bars.locator('.chart-tooltip').textContent()) ?? '').toContain('Web corporativa');
    expect(await bars.locator('figcaption').textContent()).toBe('2 de 3 proyectos llevaron más horas de las estimadas.');

    // The invoices: the overdue one says how late it is.
    const overdue = page.getByRole('row', { name: /Factura de 1500\s€ de Web corporativa/ });
    expect(await overdue.textContent()).toContain('23 días de retraso');
    await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { blur(): void } | null } }).document.activeElement?.blur());
    await scatter.locator('figcaption').scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'client-charts.png'));
    await page.getByRole('heading', { name: 'Facturas' }).scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'client-invoices.png'));
    await app.close();
  });

  it('shows the rate per client and the last twelve months on the Clients screen', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;
    await seed(app);
    await page.reload();
    await page.getByRole('button', { name: /^Clientes/ }).click();

    const rates = page.locator('[data-chart="rate-by-client"]');
    await rates.getByRole('heading', { name: 'Tarifa efectiva por cliente' }).waitFor();
    const ratesText = await rates.locator('.plot').textContent();
    expect(ratesText).toContain('Tarifa efectiva (€/h)');
    expect(ratesText).toContain('Café Norte');
    expect(ratesText).toContain('Estudio Lumen');
    // Lumen: 3.000 € over 58 h = 51,72 €/h, between minimum and target; Norte: 900 € over 9 h = 100 €/h.
    const caution = await cssColour(page, '--caution');
    const good = await cssColour(page, '--good');
    const barFill = (i: number) => rates.locator('.plot-band .plot-bar').nth(i).evaluate(BACKGROUND);
    expect(await barFill(0)).toBe(good);
    expect(await barFill(1)).toBe(caution);
    // Each bar is as long as its rate: Norte's 100 €/h against Lumen's 51,72 €/h.
    const barWidth = async (i: number) => (await rates.locator('.plot-band .plot-bar').nth(i).boundingBox())!.width;
    expect((await barWidth(1)) / (await barWidth(0))).toBeCloseTo(51.72 / 100, 1);

    const monthly = page.locator('[data-chart="monthly"]');
    await monthly.getByRole('heading', { name: 'Horas e ingresos, últimos 12 meses' }).waitFor();
    const monthlyText = await monthly.locator('.plot').textContent();
    expect(monthlyText).toContain('Horas (h)');
    expect(monthlyText).toContain('Ingresos (€)');
    // Hovering a month says its hours, revenue and rate. October: Web corporativa's 30 h; Identidad
    // visual's 1200 € paid on 20 Oct and Web corporativa's 1500 € invoiced on 1 Oct: 2700 €, 90 €/h.
    await monthly.locator('.plot-band[data-month="2026-10"]').hover();
    await expect.poll(async () => (await monthly.locator('.chart-tooltip').textContent()) ?? '').toContain('octubre de 2026');
    const october = (await monthly.locator('.chart-tooltip').textContent())?.replace(/\s/g, ' ') ?? '';
    expect(october).toContain('30 h');
    expect(october).toContain('2700 €');
    expect(october).toContain('90 €/h');
    await rates.scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'clients-overview.png'));

    // A rate bar opens its client, from the mouse or the keyboard.
    await rates.locator('.plot-band[data-client="Café Norte"]').click();
    await page.getByRole('heading', { name: /Café Norte/ }).first().waitFor();
    await app.close();
  });

  it('reads well in dark mode', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00', colorScheme: 'dark' });
    const { page } = app;
    await seed(app);
    await page.reload();
    await openClient(page, 'Estudio Lumen');
    const scatter = page.locator('[data-chart="hours-vs-price"]');
    await expect.poll(() => scatter.locator('.plot-dot[data-project]').count()).toBe(3);
    // The dark theme's own bad colour, not the light one.
    const bad = await cssColour(page, '--bad');
    expect(bad).toBe('rgb(255, 138, 128)');
    expect(await scatter.locator('.plot-dot[data-project="Logo exprés"]').evaluate(BACKGROUND)).toBe(bad);
    await scatter.locator('figcaption').scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'client-charts-dark.png'));
    await app.close();
  });

  it('says what to log when a client has nothing to chart yet', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;
    await value(app, 'createClient', { name: 'Nueva Editorial', source: 'web', status: 'prospect' });
    await page.reload();
    await openClient(page, 'Nueva Editorial');
    await page.getByText('Aún no hay horas en estos proyectos').waitFor();
    await page.getByText('Aún no hay estimaciones que comparar').waitFor();
    await page.getByText('Aún no hay facturas').waitFor();
    await app.close();
  });
});
