import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpLists } from '#shared/rules';
import { useApp } from '../../store';
import { useToday } from '../../lib/useToday';
import { ContactList } from '../pipeline/ContactList';

/**
 * Care after the sale: clients whose work ended in the last two years and who have not heard
 * from you in a while, the most recent first; older relationships apart, collapsed, as dormant.
 */
export function FollowUps() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const today = useToday();
  const { due, dormant } = useMemo(() => followUpLists(data, settings, today), [data, settings, today]);
  // The dormant letters are drafted only once the list is opened.
  const [dormantOpen, setDormantOpen] = useState(false);
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
      {dormant.length > 0 && (
        // Collapsed by default: old relationships wait here, out of the way of the follow-ups that matter now.
        <details className="dormant" data-testid="dormant" open={dormantOpen} onToggle={(e) => setDormantOpen(e.currentTarget.open)}>
          <summary>
            <strong>{t('numbers.dormantTitle', { count: dormant.length })}</strong>
          </summary>
          <p className="small muted">{t('numbers.dormantIdea')}</p>
          {dormantOpen && (
            <ContactList
              kind="check-in"
              dormant
              label={t('numbers.dormantTitle', { count: dormant.length })}
              items={dormant.map((d) => ({ clientId: d.clientId, projectId: d.projectId, days: d.daysSinceContact }))}
            />
          )}
        </details>
      )}
    </section>
  );
}
