import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientCharts } from '../../renderer/src/screens/client/ClientCharts';
import { ClientsOverview } from '../../renderer/src/screens/ClientsOverview';
import { loadDrawings, niceScale, tickDigits } from '../../renderer/src/screens/charts/chartKit';
import { ratesToShow } from '../../renderer/src/screens/charts/RateByClientChart';
import { useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type Dataset, type Project } from '#shared/model';
import type { ClientRate } from '#shared/rules';
import { client, dataset, project as kitProject } from '../support/builders';

/** A delivered fixed-price branding job of Estudio Lumen. */
const project = (id: string, title: string, amount: number, estimatedHours: number, createdAt: string): Project =>
  kitProject(id, 'c1', { title, pricing: { mode: 'fixed', amount }, estimatedHours, createdAt });

// Target 60 €/h, minimum 40 €/h (the defaults).
const data: Dataset = dataset({
  clients: [client('c1', { name: 'Estudio Lumen', createdAt: '2026-01-01' })],
  projects: [
    project('p1', 'Identidad visual', 120000, 16, '2026-08-01'), // 16 h: 75 €/h
    project('p2', 'Web corporativa', 150000, 20, '2026-09-01'), // 30 h: 50 €/h
    project('p3', 'Logo exprés', 30000, 6, '2026-10-01'), // 12 h: 25 €/h
  ],
  timeEntries: [
    { id: 't1', projectId: 'p1', date: '2026-08-20', minutes: 16 * 60 / 2, billable: true },
    { id: 't2', projectId: 'p1', date: '2026-08-21', minutes: 16 * 60 / 2, billable: true },
    { id: 't3', projectId: 'p2', date: '2026-10-10', minutes: 15 * 60, billable: true },
    { id: 't4', projectId: 'p2', date: '2026-10-11', minutes: 15 * 60, billable: true },
    { id: 't5', projectId: 'p3', date: '2026-11-02', minutes: 12 * 60, billable: true },
  ],
});

// The recharts drawings load on their own after the app's first screen; here, once before the tests.
beforeAll(() => loadDrawings(), 30_000);

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00'));
  await i18n.changeLanguage('en');
  useApp.setState({ status: 'ready', data, settings: { ...DEFAULT_SETTINGS, language: 'en' } });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A chart's card, found by its heading. */
const card = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`[data-chart="${id}"]`)!;
/** The text of each row of a chart's table: its name, then its values. */
const tableRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

describe('the client charts', () => {
  it('keep their space while the page shows its numbers, then draw with recharts: one series per colour, the lines, the axis titles', async () => {
    const { container } = render(<ClientCharts clientId="c1" />);
    const scatter = card(container, 'hours-vs-price');
    expect(within(scatter).getByRole('heading', { name: 'Hours against price' })).toBeInTheDocument();
    // First render: the card, its legend and caption, and the chart's box at its final height, not drawn yet.
    const frame = scatter.querySelector<HTMLElement>('.chart-frame')!;
    expect(frame.style.height).toBe('280px');
    expect(frame.querySelector('svg')).toBeNull();
    expect(scatter).toHaveTextContent('Target €60/h');
    expect(scatter).toHaveTextContent('Minimum €40/h');
    expect(within(scatter).getByText('1 of 3 projects is under your minimum rate: it paid less per hour than your dashed line.')).toBeInTheDocument();
    // A frame later: the recharts drawing, in the same box.
    await waitFor(() => expect(frame.querySelector('svg.recharts-surface')).not.toBeNull());
    const svg = frame.querySelector('svg.recharts-surface')!;
    expect(svg.querySelector('title')?.textContent).toBe('Hours against price');
    expect(svg.textContent).toContain('Hours (h)');
    expect(svg.textContent).toContain('Price (€)');
    // The under-minimum project in the bad series, the others in theirs; target solid, minimum dashed.
    await waitFor(() => expect(svg.querySelectorAll('.points-bad .recharts-scatter-symbol')).toHaveLength(1));
    expect(svg.querySelectorAll('.points-good .recharts-scatter-symbol')).toHaveLength(1);
    expect(svg.querySelectorAll('.points-caution .recharts-scatter-symbol')).toHaveLength(1);
    expect(svg.querySelector('.points-bad path')?.getAttribute('fill')).toBe('var(--bad)');
    expect(svg.querySelector('.line-minimum line, .line-minimum path')?.getAttribute('stroke-dasharray')).toBe('6 5');
    expect(svg.querySelector('.line-target line, .line-target path')?.getAttribute('stroke-dasharray')).toBeNull();

    const bars = card(container, 'estimate-vs-actual');
    expect(within(bars).getByRole('heading', { name: 'Estimated and logged hours' })).toBeInTheDocument();
    expect(within(bars).getByText('2 of 3 projects took longer than estimated.')).toBeInTheDocument();
    await waitFor(() => expect(bars.querySelectorAll('.bars-bad .recharts-bar-rectangle path')).toHaveLength(2));
    expect(bars.querySelectorAll('.bars-good .recharts-bar-rectangle path')).toHaveLength(1);
    expect(bars.querySelectorAll('.bars-estimate .recharts-bar-rectangle path')).toHaveLength(3);
    expect(bars.querySelector('.recharts-surface')!.textContent).toContain('Project');
  });

  it('read as a table, for screen readers always and on screen with "Show as table", every project with its values', async () => {
    const user = userEvent.setup();
    const { container } = render(<ClientCharts clientId="c1" />);
    const scatter = card(container, 'hours-vs-price');
    // In the page from the first render, visually hidden while the chart shows.
    const table = within(scatter).getByRole('table', { name: 'Hours against price' });
    expect(table).toHaveClass('visually-hidden');
    expect(tableRows(table)).toEqual([
      ['Identidad visual', '16 h', '€1,200', '€75/h'],
      ['Web corporativa', '30 h', '€1,500', '€50/h'],
      ['Logo exprés', '12 h', '€300', '€25/h'],
    ]);
    await user.click(within(scatter).getByRole('button', { name: 'Show as table' }));
    expect(table).not.toHaveClass('visually-hidden');
    expect(scatter.querySelector('.chart-frame')).toBeNull();
    expect(scatter).toHaveTextContent('1 of 3 projects is under your minimum rate');
    await user.click(within(scatter).getByRole('button', { name: 'Show as chart' }));
    expect(table).toHaveClass('visually-hidden');
    await waitFor(() => expect(scatter.querySelector('.chart-frame svg')).not.toBeNull());

    const bars = card(container, 'estimate-vs-actual');
    expect(tableRows(within(bars).getByRole('table', { name: 'Estimated and logged hours' }))).toEqual([
      ['Identidad visual', '16 h', '16 h', '1×', 'Delivered'],
      ['Web corporativa', '20 h', '30 h', '1.5×', 'Delivered'],
      ['Logo exprés', '6 h', '12 h', '2×', 'Delivered'],
    ]);
  });

  it('say what to log when there is nothing to draw', () => {
    useApp.setState({ data: { ...data, timeEntries: [], projects: data.projects.map((p) => ({ ...p, estimatedHours: undefined }) as unknown as Project) } });
    render(<ClientCharts clientId="c1" />);
    expect(screen.getByText('No hours on these projects yet')).toBeInTheDocument();
    expect(screen.getByText(/Log time on this client's projects/)).toBeInTheDocument();
    expect(screen.getByText('No estimates to compare yet')).toBeInTheDocument();
    expect(document.querySelector('.chart-frame')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show as table' })).toBeNull();
  });
});

describe('the clients overview', () => {
  it('titles its charts, labels their axes with units and currency, and lists every client and month in their tables', async () => {
    const { container } = render(<ClientsOverview />);
    const rates = card(container, 'rate-by-client');
    expect(within(rates).getByRole('heading', { name: 'Effective rate per client' })).toBeInTheDocument();
    // 3.000 € over 58 h: 51,72 €/h, between minimum and target.
    expect(tableRows(within(rates).getByRole('table', { name: 'Effective rate per client' }))).toEqual([['Estudio Lumen', '€52/h', '58 h', '€3,000']]);
    await waitFor(() => expect(rates.querySelectorAll('.bars-caution .recharts-bar-rectangle path')).toHaveLength(1));
    expect(rates.querySelector('.recharts-surface')!.textContent).toContain('Effective rate (€/h)');
    expect(rates.querySelector('.recharts-surface')!.textContent).toContain('Estudio Lumen');

    const monthly = card(container, 'monthly');
    expect(within(monthly).getByRole('heading', { name: 'Hours and revenue, last 12 months' })).toBeInTheDocument();
    const months = tableRows(within(monthly).getByRole('table', { name: 'Hours and revenue, last 12 months' }));
    // One row per month, the last one this month.
    expect(months).toHaveLength(12);
    expect(months.at(-1)).toEqual(['November 2026', '12 h', '€300', '€25/h']);
    expect(within(monthly).getByText('58 h and €3,000 in these months: €52/h on average.')).toBeInTheDocument();
    await waitFor(() => expect(monthly.querySelector('.recharts-surface')?.textContent).toContain('Revenue (€)'));
    expect(monthly.querySelector('.recharts-surface')!.textContent).toContain('Hours (h)');
  });

  it('keeps the highest and lowest clients when there are too many to read', () => {
    const rates: ClientRate[] = Array.from({ length: 40 }, (_, i) => ({ clientId: `c${i}`, name: `Client ${i}`, rate: 10000 - i * 100, hours: 10, revenue: (10000 - i * 100) * 10, band: 'good' }));
    const shown = ratesToShow(rates).map((r) => r.clientId);
    expect(shown).toHaveLength(16);
    expect(shown.slice(0, 8)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
    expect(shown.slice(8)).toEqual(['c32', 'c33', 'c34', 'c35', 'c36', 'c37', 'c38', 'c39']);
  });

  it('puts axis ticks on round numbers', () => {
    expect(niceScale(33)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(niceScale(162000)).toEqual({ max: 200000, ticks: [0, 50000, 100000, 150000, 200000] });
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
    // Tick labels keep the decimals their step needs, so no two read alike.
    expect([5, 2.5, 0.5, 0.25, 0.1].map(tickDigits)).toEqual([0, 1, 1, 2, 1]);
  });
});
