import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientCharts } from '../../renderer/src/screens/client/ClientCharts';
import { ClientsOverview } from '../../renderer/src/screens/ClientsOverview';
import { niceScale, tickDigits } from '../../renderer/src/screens/charts/chartKit';
import { ratesToShow } from '../../renderer/src/screens/charts/RateByClientChart';
import { useApp } from '../../renderer/src/store';
import { i18n } from '../../renderer/src/i18n';
import { DEFAULT_SETTINGS, EMPTY_DATASET, type Dataset, type Project } from '../../shared/model';
import type { ClientRate } from '../../shared/rules';

const project = (id: string, title: string, amount: number, estimatedHours: number, createdAt: string): Project => ({
  id, clientId: 'c1', title, kind: 'branding', pricing: { mode: 'fixed', amount }, estimatedHours, status: 'delivered', createdAt, invoices: [],
});

// Target 60 €/h, minimum 40 €/h (the defaults).
const data: Dataset = {
  ...EMPTY_DATASET,
  clients: [{ id: 'c1', name: 'Estudio Lumen', source: 'web', status: 'active', star: false, createdAt: '2026-01-01' }],
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
};

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00'));
  await i18n.changeLanguage('en');
  useApp.setState({ status: 'ready', data, settings: { ...DEFAULT_SETTINGS, language: 'en' } });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the client charts', () => {
  it('draw one point per project, the under-minimum one in the bad colour, and say how many are under', () => {
    const { container } = render(<ClientCharts clientId="c1" />);
    const scatter = container.querySelector<HTMLElement>('[data-chart="hours-vs-price"]')!;
    expect(within(scatter).getByRole('heading', { name: 'Hours against price' })).toBeInTheDocument();
    // One button per project, left to right by hours, named with what its tooltip says.
    const points = within(scatter).getAllByRole('button');
    expect(points.map((c) => [c.getAttribute('data-project'), c.getAttribute('data-tone'), c.style.color])).toEqual([
      ['Logo exprés', 'bad', 'var(--bad)'],
      ['Identidad visual', 'good', 'var(--good)'],
      ['Web corporativa', 'caution', 'var(--caution)'],
    ]);
    expect(points[0]).toHaveAccessibleName('Logo exprés, Hours 12 h, Price €300, Rate €25/h');
    // One tab stop for the chart.
    expect(points.map((p) => p.tabIndex)).toEqual([0, -1, -1]);
    expect(scatter).toHaveTextContent('Hours (h)');
    expect(scatter).toHaveTextContent('Price (€)');
    expect(scatter).toHaveTextContent('Target €60/h');
    expect(scatter).toHaveTextContent('Minimum €40/h');
    expect(within(scatter).getByText('1 of 3 projects is under your minimum rate: it paid less per hour than your dashed line.')).toBeInTheDocument();

    const bars = container.querySelector<HTMLElement>('[data-chart="estimate-vs-actual"]')!;
    expect(within(bars).getByRole('heading', { name: 'Estimated and logged hours' })).toBeInTheDocument();
    expect(within(bars).getByText('2 of 3 projects took longer than estimated.')).toBeInTheDocument();
    expect(within(bars).getAllByRole('button').map((b) => [b.getAttribute('data-project'), b.getAttribute('data-tone')])).toEqual([
      ['Identidad visual', 'good'],
      ['Web corporativa', 'bad'],
      ['Logo exprés', 'bad'],
    ]);
    expect(bars).toHaveTextContent('Project');
  });

  it('keep the tooltip on the point focused when points come and change places, and drop it when focus leaves', () => {
    const { container } = render(<ClientCharts clientId="c1" />);
    const scatter = container.querySelector<HTMLElement>('[data-chart="hours-vs-price"]')!;
    const tip = () => scatter.querySelector('.chart-tooltip')?.textContent ?? null;
    act(() => within(scatter).getByRole('button', { name: /^Web corporativa,/ }).focus());
    expect(tip()).toContain('Web corporativa');
    // A project with fewer hours than any other: it becomes the first point, the others move up one place.
    act(() => {
      useApp.setState({
        data: {
          ...data,
          projects: [...data.projects, project('p4', 'Tarjetas', 20000, 2, '2026-11-10')],
          timeEntries: [...data.timeEntries, { id: 't6', projectId: 'p4', date: '2026-11-12', minutes: 120, billable: true }],
        },
      });
    });
    expect(within(scatter).getAllByRole('button')[0]).toHaveAttribute('data-project', 'Tarjetas');
    expect(tip()).toContain('Web corporativa');
    // The tab stop stays on the point that had it.
    expect(within(scatter).getByRole('button', { name: /^Web corporativa,/ })).toHaveAttribute('tabindex', '0');
    act(() => (document.activeElement as HTMLElement).blur());
    expect(tip()).toBeNull();
  });

  it('say what to log when there is nothing to draw', () => {
    useApp.setState({ data: { ...data, timeEntries: [], projects: data.projects.map((p) => ({ ...p, estimatedHours: undefined }) as unknown as Project) } });
    render(<ClientCharts clientId="c1" />);
    expect(screen.getByText('No hours on these projects yet')).toBeInTheDocument();
    expect(screen.getByText(/Log time on this client's projects/)).toBeInTheDocument();
    expect(screen.getByText('No estimates to compare yet')).toBeInTheDocument();
    expect(document.querySelector('.plot')).toBeNull();
  });
});

describe('the clients overview', () => {
  it('titles its charts and labels their axes with units and currency', () => {
    const { container } = render(<ClientsOverview />);
    const rates = container.querySelector<HTMLElement>('[data-chart="rate-by-client"]')!;
    expect(within(rates).getByRole('heading', { name: 'Effective rate per client' })).toBeInTheDocument();
    expect(rates).toHaveTextContent('Effective rate (€/h)');
    // 3.000 € over 58 h: 51,72 €/h, between minimum and target.
    const lumen = within(rates).getByRole('button', { name: /^Estudio Lumen,/ });
    expect(lumen).toHaveAttribute('data-tone', 'caution');
    expect(lumen).toHaveAccessibleName('Estudio Lumen, Rate €52/h, Hours 58 h, Revenue €3,000');
    const monthly = container.querySelector<HTMLElement>('[data-chart="monthly"]')!;
    expect(within(monthly).getByRole('heading', { name: 'Hours and revenue, last 12 months' })).toBeInTheDocument();
    expect(monthly).toHaveTextContent('Hours (h)');
    expect(monthly).toHaveTextContent('Revenue (€)');
    // One mark per month, the last one this month.
    const months = within(monthly).getAllByRole('button');
    expect(months).toHaveLength(12);
    expect(months.at(-1)).toHaveAttribute('data-month', '2026-11');
    expect(within(monthly).getByText('58 h and €3,000 in these months: €52/h on average.')).toBeInTheDocument();
  });

  it('keeps the highest and lowest clients when there are too many to read', () => {
    const rates: ClientRate[] = Array.from({ length: 40 }, (_, i) => ({ clientId: `c${i}`, name: `Client ${i}`, rate: 10000 - i * 100, hours: 10, band: 'good' }));
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
