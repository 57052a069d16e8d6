import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDiscardPrompt } from '../store/unsaved';

/** "Discard the changes?": asked before a dialog or a place with typed changes goes away. */
export function DiscardPrompt() {
  const { t } = useTranslation();
  const pending = useDiscardPrompt((s) => s.pending);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!pending) return;
    const before = document.activeElement as HTMLElement | null;
    keep.current?.focus();
    return () => before?.focus();
  }, [pending]);
  if (!pending) return null;
  const close = () => useDiscardPrompt.setState({ pending: null });
  return (
    <div
      className="dialog-backdrop discard-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) close();
      }}
    >
      <div
        className="dialog discard"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="discard-title"
        aria-describedby="discard-body"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            close();
          }
        }}
      >
        <h2 id="discard-title">{t('unsaved.title')}</h2>
        <p id="discard-body" className="muted">{t('unsaved.body')}</p>
        <div className="form-actions">
          <button ref={keep} className="btn" onClick={close}>{t('unsaved.keep')}</button>
          <button
            className="btn danger"
            onClick={() => {
              close();
              pending();
            }}
          >
            {t('unsaved.discard')}
          </button>
        </div>
      </div>
    </div>
  );
}
