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
  getComputedStyle(el: unknown): { fill: string; color: string };
  document: { createElement(tag: string): { style: { color: string }; remove(): void }; body: { append(el: unknown): void } };
}

/** The painted fill of an SVG element, as the page computes it (CSS variables resolved). */
const FILL = (el: unknown) => (globalThis as unknown as PageWindow).getComputedStyle(el).fill;

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
    await expect.poll(() => scatter.locator('circle[data-project]').count()).toBe(3);
    const svgText = await scatter.locator('svg.recharts-surface').first().textContent();
    expect(svgText).toContain('Horas (h)');
    expect(svgText).toContain('Precio (€)');
    const key = (await scatter.locator('.chart-key').textContent())?.replace(/\s/g, ' ');
    expect(key).toContain('Objetivo 60 €/h');
    expect(key).toContain('Mínimo 40 €/h');
    expect(await scatter.locator('figcaption').textContent()).toBe(
      '1 de 3 proyectos está por debajo de tu tarifa mínima: pagó menos por hora que tu línea discontinua.',
    );

    // The under-minimum point is painted with the theme's bad colour; the others are not.
    const bad = await cssColour(page, '--bad');
    const good = await cssColour(page, '--good');
    const fill = (title: string) => scatter.locator(`circle[data-project="${title}"]`).evaluate(FILL);
    expect(await fill('Logo exprés')).toBe(bad);
    expect(await fill('Identidad visual')).toBe(good);
    expect(await fill('Web corporativa')).not.toBe(bad);
    // The minimum line is dashed, the target line solid.
    expect(await scatter.locator('.line-minimum line').getAttribute('stroke-dasharray')).toBeTruthy();
    expect(await scatter.locator('.line-target line').getAttribute('stroke-dasharray')).toBeNull();

    // Hovering the point names the project with its hours, price and rate.
    await scatter.locator('circle[data-project="Logo exprés"]').hover();
    const tip = scatter.locator('.chart-tooltip');
    await tip.waitFor();
    const tipText = (await tip.textContent())?.replace(/\s/g, ' ') ?? '';
    expect(tipText).toContain('Logo exprés');
    expect(tipText).toContain('12 h');
    expect(tipText).toMatch(/300 €/);
    expect(tipText).toMatch(/25 €\/h/);

    // Estimated against logged hours: titles and axis.
    const bars = page.locator('[data-chart="estimate-vs-actual"]');
    await bars.getByRole('heading', { name: 'Horas estimadas y registradas' }).waitFor();
    expect(await bars.locator('svg.recharts-surface').first().textContent()).toContain('Horas (h)');
    expect(await bars.locator('figcaption').textContent()).toBe('2 de 3 proyectos llevaron más horas de las estimadas.');

    // The invoices: the overdue one says how late it is.
    const overdue = page.getByRole('row', { name: /Factura de 1500,00\s€ de Web corporativa/ });
    expect(await overdue.textContent()).toContain('23 días de retraso');
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
    const ratesSvg = await rates.locator('svg.recharts-surface').first().textContent();
    expect(ratesSvg).toContain('Tarifa efectiva (€/h)');
    expect(ratesSvg).toContain('Café Norte');
    expect(ratesSvg).toContain('Estudio Lumen');
    // Lumen: 3.000 € over 58 h = 51,72 €/h, between minimum and target; Norte: 900 € over 9 h = 100 €/h.
    const caution = await cssColour(page, '--caution');
    const good = await cssColour(page, '--good');
    const barFill = (i: number) => rates.locator('.recharts-bar-rectangle path').nth(i).evaluate(FILL);
    expect(await barFill(0)).toBe(good);
    expect(await barFill(1)).toBe(caution);

    const monthly = page.locator('[data-chart="monthly"]');
    await monthly.getByRole('heading', { name: 'Horas e ingresos, últimos 12 meses' }).waitFor();
    const monthlySvg = await monthly.locator('svg.recharts-surface').first().textContent();
    expect(monthlySvg).toContain('Horas (h)');
    expect(monthlySvg).toContain('Ingresos (€)');
    await rates.scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'clients-overview.png'));
    await app.close();
  });

  it('reads well in dark mode', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00', colorScheme: 'dark' });
    const { page } = app;
    await seed(app);
    await page.reload();
    await openClient(page, 'Estudio Lumen');
    const scatter = page.locator('[data-chart="hours-vs-price"]');
    await expect.poll(() => scatter.locator('circle[data-project]').count()).toBe(3);
    // The dark theme's own bad colour, not the light one.
    const bad = await cssColour(page, '--bad');
    expect(bad).toBe('rgb(255, 138, 128)');
    expect(await scatter.locator('circle[data-project="Logo exprés"]').evaluate(FILL)).toBe(bad);
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
