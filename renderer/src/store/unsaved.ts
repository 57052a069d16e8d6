/**
 * Unsaved changes: a form with typed changes registers here while it has them, and closing
 * its dialog or leaving the place asks first ("Discard the changes?"). A dialog is a scope:
 * closing it asks only about the forms inside it; leaving a place asks about all of them.
 */
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { create } from 'zustand';

/** The scope forms register in: a dialog's number, or null for a form on the page itself. */
export const UnsavedScope = createContext<number | null>(null);

let scopeSeq = 0;
/** A new scope for a dialog or an in-place editor: closing it asks only about its own forms. */
export function newScope(): number {
  return ++scopeSeq;
}

/** The dirty forms and the scope each is in. */
const dirtyForms = new Map<symbol, number | null>();

/** What to do once the person chooses Discard; null when nothing is being asked. */
export const useDiscardPrompt = create<{ pending: (() => void) | null }>()(() => ({ pending: null }));

/** True when a form in `scope` (any form, without one) has typed changes. */
export function hasUnsavedChanges(scope?: number | null): boolean {
  for (const s of dirtyForms.values()) if (scope === undefined || s === scope) return true;
  return false;
}

/** Runs `proceed` at once when nothing typed would be lost, else after the person chooses Discard. */
export function confirmDiscard(proceed: () => void, scope?: number | null): void {
  if (!hasUnsavedChanges(scope)) {
    proceed();
    return;
  }
  useDiscardPrompt.setState({
    pending: () => {
      for (const [key, s] of dirtyForms) if (scope === undefined || s === scope) dirtyForms.delete(key);
      proceed();
    },
  });
}

/** Marks a dialog as holding typed text, for a dialog whose form does not track its own changes. */
const typedIn = new Map<number, symbol>();
export function markTyped(scope: number): void {
  let key = typedIn.get(scope);
  if (!key) typedIn.set(scope, (key = Symbol('typed')));
  dirtyForms.set(key, scope);
}

/** Forgets a dialog's registrations once it is gone. */
export function forgetScope(scope: number): void {
  for (const [key, s] of dirtyForms) if (s === scope) dirtyForms.delete(key);
  typedIn.delete(scope);
}

/** Forgets every registration (tests). */
export function resetUnsaved(): void {
  dirtyForms.clear();
  useDiscardPrompt.setState({ pending: null });
}

/**
 * Registers a form while `dirty`. `release()` unregisters it at once (call it when the form
 * saved, before moving on); `confirm(proceed)` is for the form's own Cancel button.
 */
export function useUnsavedChanges(dirty: boolean): { release: () => void; confirm: (proceed: () => void) => void } {
  const scope = useContext(UnsavedScope);
  const [key] = useState(() => Symbol('form'));
  const released = useRef(false);
  useEffect(() => {
    if (dirty && !released.current) dirtyForms.set(key, scope);
    else dirtyForms.delete(key);
    return () => {
      dirtyForms.delete(key);
    };
  }, [dirty, scope, key]);
  return {
    release: () => {
      released.current = true;
      dirtyForms.delete(key);
      // Saved: the dialog's typing is saved with it.
      if (scope !== null) forgetScope(scope);
    },
    confirm: (proceed) => confirmDiscard(proceed, scope),
  };
}
