import { render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Review } from '../../../renderer/src/screens/Review';
import { useApp } from '../../../renderer/src/store';
import { i18n } from '../../../renderer/src/i18n';
import { DEFAULT_SETTINGS, type Dataset } from '#shared/model';
import { client, dataset, invoice, logged, project } from '../../support/builders';

const ROW = 56;
const VIEW = 700;
/** Where the ranking's rows start in <main>: under the page head, the guard line and the suggestions. */
const RANKING_TOP = 520;

// 120 clients, each with a delivered job and its hours: a ranking long enough to draw only what is in view.
const data: Dataset = dataset({
  clients: Array.from({ length: 120 }, (_, i) => client(`c${i}`, { name: `Cliente ${i}`, createdAt: '2026-01-10', lastContactAt: '2026-11-01' })),
  projects: Array.from({ length: 120 }, (_, i) =>
    project(`p${i}`, `c${i}`, {
      title: `Trabajo ${i}`,
      pricing: { mode: 'fixed', amount: 100000 + i * 1000 },
      status: 'delivered',
      createdAt: '2026-03-01',
      invoices: [invoice(`i${i}`, { issuedAt: '2026-06-01', amount: 100000 + i * 1000, paidAt: '2026-06-20' })],
    }),
  ),
  timeEntries: Array.from({ length: 120 }, (_, i) => logged(`p${i}`, 10 + (i % 7), '2026-05-04', true, 8)).flat(),
});

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00'));
  await i18n.changeLanguage('es');
  useApp.setState({ status: 'ready', data, settings: { ...DEFAULT_SETTINGS, language: 'es' }, toasts: [], route: { name: 'review' } });
  // jsdom lays nothing out: <main> shows 700 px, the ranking starts 520 px down, its rows are 56 px.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.tagName === 'MAIN' ? VIEW : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.tagName === 'TR' ? ROW : 0;
  });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const scrolled = this.closest('main')?.scrollTop ?? 0;
    const box = (top: number, height: number) => ({ top, bottom: top + height, height, left: 0, right: 900, width: 900, x: 0, y: top, toJSON: () => ({}) }) as DOMRect;
    if (this.tagName === 'MAIN') return box(0, VIEW);
    if (this.tagName === 'TBODY' && this.closest('#clean-house')) return box(RANKING_TOP - scrolled, 0);
    return box(0, 0);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the review ranking, first paint', () => {
  it('draws on its first paint only the ranking rows in view and their margin, and never drops rows it drew', () => {
    const commits: number[] = [];
    const ranking = () => document.querySelectorAll('#clean-house tbody tr:not(.virtual-spacer)').length;
    render(
      <main>
        <Profiler id="review" onRender={() => commits.push(ranking())}>
          <Review />
        </Profiler>
      </main>,
    );
    // 180 px of the ranking show: its first 4 rows, and 8 more below as a margin.
    expect(ranking()).toBe(12);
    expect(document.querySelector('#clean-house table')?.getAttribute('aria-rowcount')).toBe('121');
    // No frame drew more rows than that (a screenful as if the ranking started at the top).
    expect(Math.max(...commits)).toBe(12);
  });
});
