import { useEffect, useRef, useState, type ReactNode } from 'react';
import { UnsavedScope, confirmDiscard, forgetScope, markTyped, newScope } from '../store/unsaved';

/**
 * A modal dialog: focus moves in, Escape or a click outside closes it, focus returns where
 * it was. A form inside with typed changes is asked about first ("Discard the changes?").
 */
export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scope] = useState(newScope);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
    return () => {
      forgetScope(scope);
      before?.focus();
    };
  }, [scope]);
  const close = () => confirmDiscard(onClose, scope);
  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) close();
      }}
    >
      <div
        ref={ref}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onClickCapture={(e) => {
          // A Cancel button marked `data-cancel` closes as Escape does: typed changes are asked about first.
          if (e.target instanceof Element && e.target.closest('[data-cancel]')) {
            e.stopPropagation();
            e.preventDefault();
            close();
          }
        }}
        onInput={(e) => {
          // Text typed in any form here is asked about before the dialog closes.
          if (isTextField(e.target)) markTyped(scope);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            close();
          }
        }}
      >
        <h2>{title}</h2>
        <UnsavedScope.Provider value={scope}>{children}</UnsavedScope.Provider>
      </div>
    </div>
  );
}

/** A field where a person types text (not a choice, a box or a file). */
function isTextField(target: EventTarget): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && ['text', 'email', 'url', 'search', 'tel', 'number', ''].includes(target.type);
}
