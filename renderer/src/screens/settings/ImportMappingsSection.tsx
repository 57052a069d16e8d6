import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberedMappings, type RememberedMapping } from '#shared/csv/mapping';
import { attempt, useApp } from '../../store';
import { forgetImportMappings } from '../../store/importMappings';
import { offerUndo } from '../../store/undo';
import { useFormat } from '../../lib/useFormat';
import '../../styles/mappingMemory.css';

/**
 * Settings › Your data › Remembered columns: the column mappings kept for CSV files no tracker
 * wrote, newest first, each forgotten alone or all at once, with Undo.
 */
export function ImportMappingsSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const remembered = useApp((s) => s.settings.importMappings);
  const list = useMemo(() => rememberedMappings(remembered), [remembered]);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const names = (m: RememberedMapping) => m.columns.map((c) => c.name).join(', ');

  const forget = async (keys: string[], message: string) => {
    setBusy(true);
    const undo = await attempt(() => forgetImportMappings(keys));
    setBusy(false);
    if (!undo) return;
    // The row (or the list) is gone: keep the keyboard in the section rather than on the page's start.
    heading.current?.focus();
    offerUndo({ message, undo }, t('common.undo'));
  };

  return (
    <div className="mapping-memory" data-testid="mapping-memory">
      <div className="card-head">
        <h3 id="mapping-memory-title" ref={heading} tabIndex={-1}>
          {t('mappingMemory.title')}
        </h3>
        {list.length > 1 && (
          <button
            type="button"
            className="btn small"
            disabled={busy}
            onClick={() => void forget(list.map((m) => m.key), t('mappingMemory.forgotAll', { count: list.length }))}
          >
            {t('mappingMemory.forgetAll')}
          </button>
        )}
      </div>
      <p className="small muted">{t('mappingMemory.body')}</p>
      {list.length === 0 ? (
        <p className="muted mapping-memory-empty">
          {t('mappingMemory.empty')}
        </p>
      ) : (
        <ul className="mapping-memory-list" aria-label={t('mappingMemory.listLabel')}>
          {list.map((m) => (
            <li key={m.key} className="mapping-memory-item">
              <div className="mapping-memory-text">
                <p className="mapping-memory-columns">
                  {m.columns.map((c) => (
                    <span key={c.field} className="mapping-memory-pair">
                      <span className="muted">{t(`mapping.field.${c.field}`)}</span> {c.name}
                    </span>
                  ))}
                </p>
                <p className="small muted">
                  {[m.usedAt ? t('mappingMemory.usedAt', { date: f.date(m.usedAt) }) : null, t('mappingMemory.width', { count: m.width })]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </div>
              <button
                type="button"
                className="btn small"
                disabled={busy}
                aria-label={t('mappingMemory.forgetOne', { columns: names(m) })}
                onClick={() => void forget([m.key], t('mappingMemory.forgot', { columns: names(m) }))}
              >
                {t('mappingMemory.forget')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
