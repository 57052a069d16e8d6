import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { screenshot, type RunningApp, useChromium } from './harness';
import { ok } from './seed';
import type { PayloadOf } from '#shared/ipc/contract';

const chromium = useChromium();

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/shots/charts');

/** A client with one project over the target, one between minimum and target, one under the minimum. */
async function seed(app: RunningApp) {
  const lumen = await ok(app, 'createClient', { name: 'Estudio Lumen', source: 'referral', status: 'active' });
  const norte = await ok(app, 'createClient', { name: 'Café Norte', source: 'web', status: 'active' });
  const project = async (clientId: string, title: string, amount: number, estimatedHours: number, createdAt: string, invoices: NonNullable<PayloadOf<'createProject'>['invoices']> = []) =>
    ok(app, 'createProject', {
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
      await ok(app, 'logTime', { projectId, date: on, minutes: Math.min(8, left) * 60, billable: true });
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
  getComputedStyle(el: unknown): { color: string; fill: string };
  document: {
    createElement(tag: string): { style: { color: string }; remove(): void };
    body: { append(el: unknown): void };
  };
}

/** The painted fill of an SVG mark, as the page computes it. */
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

/** The text of a chart's tooltip, spaces made plain, or '' while none shows. */
async function tipText(chart: Locator): Promise<string> {
  const tip = chart.locator('.chart-tooltip');
  return (await tip.count()) ? ((await tip.first().textContent()) ?? '').replace(/\s/g, ' ') : '';
}

/** The plot area (inside the axes) of a recharts chart, from its grid. */
async function plotArea(chart: Locator) {
  return (await chart.locator('.recharts-cartesian-grid').boundingBox())!;
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
    await expect.poll(() => scatter.locator('.recharts-scatter-symbol').count()).toBe(3);
    const svgText = await scatter.locator('svg.recharts-surface').textContent();
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
    const under = scatter.locator('.points-bad .recharts-scatter-symbol path');
    await expect.poll(() => under.count()).toBe(1);
    expect(await under.evaluate(FILL)).toBe(bad);
    expect(await scatter.locator('.points-good .recharts-scatter-symbol path').evaluate(FILL)).toBe(good);
    expect(await scatter.locator('.points-caution .recharts-scatter-symbol path').evaluate(FILL)).not.toBe(bad);
    // The minimum line is dashed, the target line solid.
    expect(await scatter.locator('.line-minimum line, .line-minimum path').first().getAttribute('stroke-dasharray')).toBeTruthy();
    expect(await scatter.locator('.line-target line, .line-target path').first().getAttribute('stroke-dasharray')).toBeNull();

    // The point sits where its values are: 12 h on an axis to 40 h, 300 € on one to 2000 €.
    const box = await plotArea(scatter);
    const dot = (await under.boundingBox())!;
    expect((dot.x + dot.width / 2 - box.x) / box.width).toBeCloseTo(12 / 40, 1);
    expect((box.y + box.height - (dot.y + dot.height / 2)) / box.height).toBeCloseTo(300 / 2000, 1);
    // Hovering it names the project with its hours, price and rate.
    await under.hover();
    await expect.poll(() => tipText(scatter)).toContain('Logo exprés');
    const tip = await tipText(scatter);
    expect(tip).toContain('12 h');
    expect(tip).toMatch(/300 €/);
    expect(tip).toMatch(/25 €\/h/);
    await page.mouse.move(0, 0);
    await expect.poll(() => tipText(scatter)).toBe('');

    // Estimated against logged hours: the logged bar as tall as its hours (30 h on an axis to 40 h), in its tone.
    const bars = page.locator('[data-chart="estimate-vs-actual"]');
    await bars.getByRole('heading', { name: 'Horas estimadas y registradas' }).waitFor();
    await expect.poll(() => bars.locator('.bars-bad .recharts-bar-rectangle path').count()).toBe(2);
    expect(await bars.locator('svg.recharts-surface').textContent()).toContain('Horas (h)');
    const web = bars.locator('.bars-bad .recharts-bar-rectangle path').first();
    expect(await web.evaluate(FILL)).toBe(bad);
    const area = await plotArea(bars);
    expect((await web.boundingBox())!.height / area.height).toBeCloseTo(30 / 40, 1);
    // The estimate is a dashed outline in the neutral colour.
    expect(await bars.locator('.bars-estimate .recharts-bar-rectangle path').first().getAttribute('stroke-dasharray')).toBe('6 5');
    // From the keyboard: the chart is one tab stop; the arrow keys walk its projects with the same tooltip.
    await bars.locator('svg.recharts-surface').focus();
    await expect.poll(() => tipText(bars)).toContain('Identidad visual');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tipText(bars)).toContain('Web corporativa');
    expect(await tipText(bars)).toContain('1,5×');
    expect(await bars.locator('figcaption').textContent()).toBe('2 de 3 proyectos llevaron más horas de las estimadas.');

    // The same points as a table, on request: every project named with its values.
    await scatter.getByRole('button', { name: 'Ver como tabla' }).click();
    const table = scatter.getByRole('table', { name: 'Horas frente a precio' });
    expect((await table.getByRole('row', { name: /Logo exprés/ }).textContent())?.replace(/\s/g, ' ')).toBe('Logo exprés12 h300 €25 €/h');
    expect(await scatter.locator('svg.recharts-surface').count()).toBe(0);
    // The page with one chart as a table and one drawn still passes axe.
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { blur(): void } | null } }).document.activeElement?.blur());
    await scatter.scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'client-charts-table.png'));
    await scatter.getByRole('button', { name: 'Ver como gráfico' }).click();
    await expect.poll(() => scatter.locator('.recharts-scatter-symbol').count()).toBe(3);

    // The invoices: the overdue one says how late it is.
    const overdue = page.getByRole('row', { name: /Factura de 1500\s€ de Web corporativa/ });
    expect(await overdue.textContent()).toContain('23 días de retraso');
    await scatter.locator('figcaption').scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'client-charts.png'));
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
    await expect.poll(() => rates.locator('.recharts-bar-rectangle path').count()).toBe(2);
    const ratesText = await rates.locator('svg.recharts-surface').textContent();
    expect(ratesText).toContain('Tarifa efectiva (€/h)');
    expect(ratesText).toContain('Café Norte');
    expect(ratesText).toContain('Estudio Lumen');
    // Lumen: 3.000 € over 58 h = 51,72 €/h, between minimum and target; Norte: 900 € over 9 h = 100 €/h.
    const caution = await cssColour(page, '--caution');
    const good = await cssColour(page, '--good');
    const norte = rates.locator('.bars-good .recharts-bar-rectangle path');
    const lumen = rates.locator('.bars-caution .recharts-bar-rectangle path');
    expect(await norte.evaluate(FILL)).toBe(good);
    expect(await lumen.evaluate(FILL)).toBe(caution);
    // Each bar is as long as its rate: Lumen's 51,72 €/h against Norte's 100 €/h.
    expect((await lumen.boundingBox())!.width / (await norte.boundingBox())!.width).toBeCloseTo(51.72 / 100, 1);
    await lumen.hover();
    await expect.poll(() => tipText(rates)).toContain('Estudio Lumen');
    expect(await tipText(rates)).toMatch(/52 €\/h/);
    expect(await tipText(rates)).toContain('58 h');

    const monthly = page.locator('[data-chart="monthly"]');
    await monthly.getByRole('heading', { name: 'Horas e ingresos, últimos 12 meses' }).waitFor();
    await expect.poll(async () => (await monthly.locator('svg.recharts-surface').count()) > 0).toBe(true);
    const monthlyText = await monthly.locator('svg.recharts-surface').textContent();
    expect(monthlyText).toContain('Horas (h)');
    expect(monthlyText).toContain('Ingresos (€)');
    // Hovering a month says its hours, revenue and rate. October (the 11th of 12 months): Web corporativa's
    // 30 h; Identidad visual's 1200 € paid on 20 Oct and Web corporativa's 1500 € invoiced on 1 Oct: 2700 €, 90 €/h.
    const area = await plotArea(monthly);
    await page.mouse.move(area.x + (area.width * 10.5) / 12, area.y + area.height / 2);
    await expect.poll(() => tipText(monthly)).toContain('octubre de 2026');
    const october = await tipText(monthly);
    expect(october).toContain('30 h');
    expect(october).toContain('2700 €');
    expect(october).toContain('90 €/h');
    // Its table has the same month.
    const octoberRow = monthly.getByRole('table', { name: 'Horas e ingresos, últimos 12 meses' }).getByRole('row', { name: /octubre de 2026/ });
    expect((await octoberRow.textContent())?.replace(/\s/g, ' ')).toBe('octubre de 202630 h2700 €90 €/h');
    await rates.scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'clients-overview.png'));

    // A rate bar opens its client.
    await norte.click();
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
    await expect.poll(() => scatter.locator('.recharts-scatter-symbol').count()).toBe(3);
    // The dark theme's own bad colour, not the light one.
    const bad = await cssColour(page, '--bad');
    expect(bad).toBe('rgb(255, 138, 128)');
    expect(await scatter.locator('.points-bad .recharts-scatter-symbol path').evaluate(FILL)).toBe(bad);
    await scatter.locator('figcaption').scrollIntoViewIfNeeded();
    await screenshot(page, path.join(SHOTS, 'client-charts-dark.png'));
    await app.close();
  });

  it('says so when a chart cannot be drawn, and its table still has every figure', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;
    await seed(app);
    // The charts' module cannot be read (as if the file were damaged).
    await page.route('**/assets/drawings-*.js', (route) => route.abort());
    await page.reload();
    await openClient(page, 'Estudio Lumen');
    const scatter = page.locator('[data-chart="hours-vs-price"]');
    await scatter.getByText('No se ha podido dibujar este gráfico.', { exact: false }).waitFor();
    // The page's numbers are all there, and the table view reads the same points.
    await scatter.getByRole('button', { name: 'Ver como tabla' }).click();
    const row = scatter.getByRole('table', { name: 'Horas frente a precio' }).getByRole('row', { name: /Logo exprés/ });
    expect((await row.textContent())?.replace(/\s/g, ' ')).toBe('Logo exprés12 h300 €25 €/h');
    await app.close();
  });

  it('says what to log when a client has nothing to chart yet', async () => {
    const app = await chromium.open({ now: '2026-11-23T10:00:00' });
    const { page } = app;
    await ok(app, 'createClient', { name: 'Nueva Editorial', source: 'web', status: 'prospect' });
    await page.reload();
    await openClient(page, 'Nueva Editorial');
    await page.getByText('Aún no hay horas en estos proyectos').waitFor();
    await page.getByText('Aún no hay estimaciones que comparar').waitFor();
    await page.getByText('Aún no hay facturas').waitFor();
    expect(await page.locator('.chart-frame').count()).toBe(0);
    await app.close();
  });
});
