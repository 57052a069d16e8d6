/**
 * Opening a place at one of its sections (Home's "Check in" lands on the pipeline's
 * touch-ground list): the section waits here until the place has rendered.
 */
import { useEffect } from 'react';
import { useApp, type Route } from '../../store';
import { scrollToSection } from '../../lib/scrollToSection';

let pending: string | null = null;

/** Navigates to `route` and scrolls to the element with id `section` once it is on screen. */
export function openAt(route: Route, section: string): void {
  pending = section;
  useApp.getState().navigate(route);
}

/** Called by a place once rendered: scrolls to the section asked for, if any, and moves focus to its heading. */
export function useJumpTarget(): void {
  useEffect(() => {
    if (!pending) return;
    const id = pending;
    pending = null;
    scrollToSection(id);
  }, []);
}
