/**
 * Long lists render only the rows in view, plus a margin, with @tanstack/react-virtual;
 * short ones render whole (nothing to gain, and find-in-page and tests see every row).
 * The list keeps its own markup: a table keeps its <tbody> and a spacer row above and
 * below the rows shown, a list its <li>s, so roles and text stay those of a normal list.
 */
import { useLayoutEffect, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/** From this many rows on, a list renders only what is in view. */
export const VIRTUAL_FROM = 80;

export interface VirtualRows<L extends HTMLElement> {
  /** Put as the `ref` of the list element (the <tbody> or <ul>): where the rows start. */
  setList: (el: L | null) => void;
  /** The indexes of the rows to render, in order. */
  indexes: number[];
  /** Space for the rows before and after the ones rendered, in pixels (0 when the list renders whole). */
  before: number;
  after: number;
  /** Put on each row (with `data-index`), so that rows of any height are measured. */
  measure: ((el: Element | null) => void) | undefined;
}

/** What scrolls: the page's <main>, or the element holding the list. */
function scrollerOf(list: HTMLElement, scroller: 'main' | 'parent'): HTMLElement | null {
  return scroller === 'main' ? list.closest('main') : list.parentElement;
}

/** The rows of a list of `count` to render, scrolled by `scroller`. */
export function useVirtualRows<L extends HTMLElement>({
  count,
  estimateSize,
  scroller,
  overscan = 8,
  gap = 0,
}: {
  count: number;
  estimateSize: number;
  scroller: 'main' | 'parent';
  overscan?: number;
  /** Space between rows laid out by the list's CSS (a flex gap), in pixels. */
  gap?: number;
}): VirtualRows<L> {
  const enabled = count >= VIRTUAL_FROM;
  const [list, setList] = useState<L | null>(null);
  // Where the list starts in what scrolls; null until measured, before the first paint.
  const [margin, setMargin] = useState<number | null>(null);
  // The virtualizer hands out functions; they are read in this render and never memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLElement, Element>({
    count: enabled ? count : 0,
    getScrollElement: () => (list ? scrollerOf(list, scroller) : null),
    estimateSize: () => estimateSize,
    overscan,
    gap,
    scrollMargin: margin ?? 0,
    useFlushSync: false,
  });

  // Where the list starts inside what scrolls: the rows before it (headings, filters) are not the list's.
  useLayoutEffect(() => {
    if (!enabled || !list) return;
    const place = () => {
      const parent = scrollerOf(list, scroller);
      if (!parent) {
        setMargin((m) => m ?? 0);
        return;
      }
      const offset = parent === list ? 0 : list.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop;
      setMargin((m) => (m === null || Math.abs(m - offset) > 0.5 ? offset : m));
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [enabled, list, count, scroller]);

  if (!enabled) {
    return { setList, indexes: Array.from({ length: count }, (_, i) => i), before: 0, after: 0, measure: undefined };
  }
  if (margin === null) {
    // Not placed yet: this render is never painted (the layout effect above measures and renders
    // again first), and drawing rows as if the list were at the top would draw rows it then drops.
    return { setList, indexes: [], before: 0, after: virtualizer.getTotalSize(), measure: virtualizer.measureElement };
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    setList,
    indexes: items.map((item) => item.index),
    // A spacer is laid out with the list's gap after (or before) it, as a row is.
    before: first ? Math.max(0, first.start - margin - gap) : 0,
    after: last ? Math.max(0, virtualizer.getTotalSize() - (last.end - margin) - gap) : 0,
    measure: virtualizer.measureElement,
  };
}

/** A table row that stands for the rows not rendered: hidden from assistive technology, no content. */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" className="virtual-spacer">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
