import { render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useVirtualRows } from '../../../renderer/src/lib/virtualRows';

const ROW = 56;
const VIEW = 600;
/** Where the list starts inside <main>: under a heading and filters, as the review's ranking does. */
const LIST_TOP = 400;

/** The rows each commit put in the page, read after React wrote them and before the browser paints. */
let commits: number[][];

function Probe() {
  useLayoutEffect(() => {
    commits.push([...document.querySelectorAll('li[data-index]')].map((li) => Number(li.getAttribute('data-index'))));
  });
  return null;
}

function LongList({ count }: { count: number }) {
  const { setList, indexes, before, after, measure } = useVirtualRows<HTMLUListElement>({ count, estimateSize: ROW, scroller: 'main' });
  return (
    <>
      <ul ref={setList} style={{ paddingTop: before, paddingBottom: after }}>
        {indexes.map((i) => (
          <li key={i} data-index={i} ref={measure}>
            Cliente {i}
          </li>
        ))}
      </ul>
      <Probe />
    </>
  );
}

beforeEach(() => {
  commits = [];
  // jsdom lays nothing out: <main> is a 600 px window on the page, the list starts 400 px down, rows are 56 px.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.tagName === 'MAIN' ? VIEW : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.tagName === 'LI' ? ROW : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this.tagName === 'MAIN' ? 800 : 0;
  });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const main = this.closest('main');
    const scrolled = main?.scrollTop ?? 0;
    const box = (top: number, height: number) => ({ top, bottom: top + height, height, left: 0, right: 800, width: 800, x: 0, y: top, toJSON: () => ({}) });
    if (this.tagName === 'MAIN') return box(0, VIEW) as DOMRect;
    if (this.tagName === 'UL') return box(LIST_TOP - scrolled, 0) as DOMRect;
    if (this.tagName === 'LI') return box(0, ROW) as DOMRect;
    return box(0, 0) as DOMRect;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a long list drawn in view', () => {
  it('draws on its first paint the rows in view (and the margin), never a screenful as if the list were at the top', () => {
    render(
      <main>
        <LongList count={300} />
      </main>,
    );
    // 200 px of the list show: rows 0 to 3, and 8 more below as a margin.
    const inView = Array.from({ length: 12 }, (_, i) => i);
    expect(commits.at(-1)).toEqual(inView);
    // Every frame that could be painted holds those rows or none yet: no row drawn and then dropped.
    for (const rows of commits) {
      expect(rows.every((i) => inView.includes(i)), `a commit drew ${rows.length} rows`).toBe(true);
    }
  });

  it('draws a short list whole, from the first paint', () => {
    render(
      <main>
        <LongList count={30} />
      </main>,
    );
    expect(commits[0]).toHaveLength(30);
    expect(commits.at(-1)).toHaveLength(30);
  });
});
