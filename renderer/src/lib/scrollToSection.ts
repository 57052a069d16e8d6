/**
 * Jumps to a section of a place inside the place's own scroller (<main>), never the window:
 * `scrollIntoView` also scrolls every scrollable ancestor, which moves the sidebar and header.
 */

/** The element that scrolls `el`: the nearest ancestor whose content overflows on the y axis. */
function scrollerOf(el: HTMLElement): HTMLElement | null {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
    if (node.tagName === 'MAIN') return node;
  }
  return null;
}

/**
 * Scrolls the section with id `id` to the top of its scroller (as far as the scroller goes) and
 * moves focus to its first heading without a second scroll. Returns false when there is no such section.
 */
export function scrollToSection(id: string, { smooth = false }: { smooth?: boolean } = {}): boolean {
  const section = document.getElementById(id);
  if (!section) return false;
  const scroller = scrollerOf(section);
  if (scroller) {
    const top = section.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    const reduce = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    scroller.scrollTo?.({ top: Math.max(0, top), behavior: smooth && !reduce ? 'smooth' : 'auto' });
  }
  const heading = section.querySelector<HTMLElement>('h2, h3');
  if (heading) {
    // Focusable from script only, so keyboard users continue reading from the section.
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
  return true;
}
