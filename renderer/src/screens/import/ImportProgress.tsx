import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/useFormat';

/** While a chosen file is read and previewed: the share done, and a Cancel that stops it. */
export function ImportProgress({
  fileName,
  share,
  failed,
  onOtherFile,
  onClose,
  focusRef,
}: {
  fileName: string;
  share: number;
  failed: boolean;
  onOtherFile: () => void;
  onClose: () => void;
  focusRef?: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const percent = new Intl.NumberFormat(f.language === 'es' ? 'es-ES' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(Math.min(1, Math.max(0, share)));
  return (
    <div className="import-flow stack" ref={focusRef} tabIndex={-1}>
      <p className="small muted">{fileName}</p>
      {failed ? (
        <p className="notice error small" role="alert">
          {t('import.readFailed')}
        </p>
      ) : (
        <div className="stack" style={{ gap: 6 }}>
          <progress className="import-progress" max={100} value={Math.round(share * 100)} aria-label={t('import.readingLabel')} style={{ width: '100%' }} />
          {/* Not a live region: a screen reader would read out every percent. The bar carries the value. */}
          <p className="small" data-testid="import-progress">
            {t('import.readingProgress', { percent })}
          </p>
        </div>
      )}
      <div className="form-actions">
        {/* Cancel stops the reading at once: the work is thrown away with the closed preview. */}
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn ghost" onClick={onOtherFile}>
          {t('import.otherFile')}
        </button>
      </div>
    </div>
  );
}
