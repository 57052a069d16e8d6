import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { followUps } from '../../../../shared/rules';
import { localToday, useApp } from '../../store';
import { ContactList } from '../pipeline/ContactList';

/** Care after the sale: clients with delivered work who have not heard from you in a while. */
export function FollowUps() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const today = localToday();
  const due = useMemo(() => followUps(data, settings, today), [data, settings, today]);
  return (
    <section className="card" id="follow-ups" aria-labelledby="follow-title">
      <div className="card-head">
        <div>
          <h2 id="follow-title">{t('review.follow.title')}</h2>
          <p className="meta">{t('review.follow.idea', { count: settings.followUpDays })}</p>
        </div>
        <span className="meta">{t('review.follow.count', { count: due.length })}</span>
      </div>
      {due.length === 0 ? (
        <p className="muted">{t('review.follow.empty', { count: settings.followUpDays })}</p>
      ) : (
        <ContactList
          kind="follow-up"
          label={t('review.follow.title')}
          items={due.map((d) => ({ clientId: d.clientId, projectId: d.projectId, days: d.daysSinceContact }))}
        />
      )}
    </section>
  );
}
