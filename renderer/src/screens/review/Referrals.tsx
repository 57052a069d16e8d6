import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { referralShareByYear, topReferrers } from '#shared/rules';
import { useApp } from '../../store';
import { useToday } from '../../lib/useToday';
import { useFormat } from '../../lib/useFormat';

/** Referrals: per year, the share of new clients that came by referral; who referred whom, and what it brought. */
export function Referrals() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const navigate = useApp((s) => s.navigate);
  const f = useFormat();
  const today = useToday();
  const years = useMemo(() => [...referralShareByYear(data)].sort((a, b) => b.year - a.year), [data]);
  const referrers = useMemo(() => topReferrers(data, today), [data, today]);
  const name = (id: string) => data.clients.find((c) => c.id === id)?.name ?? '';

  return (
    <section className="card" id="referrals" aria-labelledby="referrals-title">
      <div className="card-head">
        <div>
          <h2 id="referrals-title">{t('review.referrals.title')}</h2>
          <p className="meta">{t('review.referrals.idea')}</p>
        </div>
      </div>
      {years.length === 0 ? (
        <p className="muted">{t('review.referrals.empty')}</p>
      ) : (
        <div className="referrals-grid">
          <div>
            <h3 className="section-sub">{t('review.referrals.byYear')}</h3>
            <table className="table">
              <caption className="visually-hidden">{t('review.referrals.byYear')}</caption>
              <thead>
                <tr>
                  <th>{t('review.referrals.col.year')}</th>
                  <th className="num">{t('review.referrals.col.new')}</th>
                  <th className="num">{t('review.referrals.col.referred')}</th>
                  <th>{t('review.referrals.col.share')}</th>
                </tr>
              </thead>
              <tbody>
                {years.map((y) => {
                  const pct = Math.round(y.share * 100);
                  return (
                    <tr key={y.year}>
                      <td className="tabular">{y.year}</td>
                      <td className="num">{y.newClients}</td>
                      <td className="num">{y.referred}</td>
                      <td>
                        <span className="share-cell">
                          <span className="meter" aria-hidden><span style={{ width: `${pct}%` }} /></span>
                          <span className="num">{pct} %</span>
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div>
            <h3 className="section-sub">{t('review.referrals.whoTitle')}</h3>
            {referrers.length === 0 ? (
              <p className="muted">{t('review.referrals.noReferrers')}</p>
            ) : (
              <table className="table">
                <caption className="visually-hidden">{t('review.referrals.whoTitle')}</caption>
                <thead>
                  <tr>
                    <th>{t('review.referrals.col.referrer')}</th>
                    <th>{t('review.referrals.col.whom')}</th>
                    <th className="num">{t('review.referrals.col.revenue')}</th>
                  </tr>
                </thead>
                <tbody>
                  {referrers.map((r) => (
                    <tr key={`${r.referrerKind}-${r.referrerId}`}>
                      <td>
                        {r.referrerKind === 'client' ? (
                          <button className="link" onClick={() => navigate({ name: 'client', id: r.referrerId })}>{r.name}</button>
                        ) : (
                          <span>{r.name}</span>
                        )}
                        <div className="small muted">{t(`review.referrals.kind.${r.referrerKind}`)}</div>
                      </td>
                      <td>
                        {r.referredClientIds.map((id, i) => (
                          <span key={id}>
                            {i > 0 && ', '}
                            <button className="link-inline" onClick={() => navigate({ name: 'client', id })}>{name(id)}</button>
                          </span>
                        ))}
                      </td>
                      <td className="num">{f.money(r.revenue, true)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
