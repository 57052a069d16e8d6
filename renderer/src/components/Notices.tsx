import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store';
import { useFormat } from '../lib/useFormat';

/** What the app did on its own at start (a damaged file moved aside and restored...). */
export function Notices() {
  const notices = useApp((s) => s.notices);
  const [hidden, setHidden] = useState<string[]>([]);
  const { t } = useTranslation();
  const f = useFormat();
  const shown = notices.filter((n) => !hidden.includes(n.id));
  if (shown.length === 0) return null;
  return (
    <section className="stack" aria-label={t('notices.title')}>
      {shown.map((n) => (
        <div key={n.id} className={`notice ${n.level}`} role="alert">
          <div className="stack" style={{ gap: 4, flex: 1 }}>
            <strong>{t(`notices.${n.code}`, { defaultValue: t('notices.title') })}</strong>
            <p className="small">{t(`notices.body.${n.code}`, {
                ...n.params,
                ...(typeof n.params?.backup === 'string' ? { backup: f.date(n.params.backup) } : {}),
                defaultValue: n.message,
              })}</p>
            {n.path && (
              <p className="path">
                {t('notices.keptAt')} {n.path}
              </p>
            )}
          </div>
          <button className="btn small" onClick={() => setHidden((h) => [...h, n.id])}>
            {t('common.understood')}
          </button>
        </div>
      ))}
    </section>
  );
}
