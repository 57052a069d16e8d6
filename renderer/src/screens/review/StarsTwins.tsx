import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientStats, idealProfile, isInternal, rankTwins } from '#shared/rules';
import type { Client } from '../../lib/model';
import { EmptyState } from '../../components/EmptyState';
import { attempt, useApp } from '../../store';
import { useToday } from '../../lib/useToday';
import { rateTone, useFormat } from '../../lib/useFormat';

const SHOWN = 8;

/** A star toggle: "I want ten more like this one". */
function StarButton({ client }: { client: Client }) {
  const { t } = useTranslation();
  const updateClient = useApp((s) => s.updateClient);
  return (
    <button
      className={`btn small star-toggle ${client.star ? 'on' : ''}`}
      aria-pressed={client.star}
      aria-label={t(client.star ? 'review.stars.unstarOne' : 'review.stars.starOne', { name: client.name })}
      title={t('client.starHelp')}
      onClick={() => void attempt(() => updateClient({ id: client.id, star: !client.star }))}
    >
      <span aria-hidden>{client.star ? '★' : '☆'}</span> {client.name}
    </button>
  );
}

/** Stars and twins: what the clients you want ten more of share, and who looks like them. */
export function StarsTwins() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const navigate = useApp((s) => s.navigate);
  const f = useFormat();
  const [showAll, setShowAll] = useState(false);
  const today = useToday();

  const profile = useMemo(() => idealProfile(data, settings, today), [data, settings, today]);
  const twins = useMemo(() => rankTwins(data, settings, today), [data, settings, today]);
  // The studio's own client is never a star nor a candidate: its time is not judged.
  const stars = data.clients.filter((c) => c.star && !isInternal(c));
  // Clients one could star: those you have worked with, best paying first.
  const candidates = useMemo(
    () =>
      data.clients
        .filter((c) => !c.star && !isInternal(c) && (c.status === 'active' || c.status === 'past'))
        .map((c) => ({ client: c, rate: clientStats(c.id, data, today).effectiveHourlyRate }))
        .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || a.client.name.localeCompare(b.client.name)),
    [data, today],
  );
  const shownCandidates = showAll ? candidates : candidates.slice(0, SHOWN);
  const share = (count: number) => {
    const total = profile?.starCount ?? 0;
    return count === total ? t('review.stars.shareAll', { count: total }) : t('review.stars.share', { count, total });
  };

  const starPicker = candidates.length > 0 && (
    <div className="stack" style={{ gap: 8 }}>
      <h3 className="section-sub">{t('review.stars.pickTitle')}</h3>
      <div className="row" style={{ gap: 8 }}>
        {shownCandidates.map(({ client, rate }) => (
          <span key={client.id} className="star-candidate">
            <StarButton client={client} />
            <span className={`small num tone-${rateTone(rate, settings.targetHourlyRate, settings.minimumHourlyRate)}`}>{f.rate(rate)}</span>
          </span>
        ))}
        {candidates.length > SHOWN && (
          <button className="btn small ghost" onClick={() => setShowAll((v) => !v)} aria-expanded={showAll}>
            {showAll ? t('review.stars.showFewer') : t('review.stars.showAll', { count: candidates.length })}
          </button>
        )}
      </div>
    </div>
  );

  return (
    <section className="card" id="stars" aria-labelledby="stars-title">
      <div className="card-head">
        <div>
          <h2 id="stars-title">{t('review.stars.title')}</h2>
          <p className="meta">{t('review.stars.idea')}</p>
        </div>
      </div>

      {!profile ? (
        <>
          <EmptyState title={t('review.stars.emptyTitle')} body={t('review.stars.emptyBody')} />
          {starPicker || <p className="muted" style={{ textAlign: 'center' }}>{t('review.stars.noClients')}</p>}
        </>
      ) : (
        <div className="stack" style={{ gap: 20 }}>
          <div>
            <h3 className="section-sub">{t('review.stars.yourStars', { count: stars.length })}</h3>
            <div className="row" style={{ gap: 8 }}>
              {stars.map((c) => (
                <StarButton key={c.id} client={c} />
              ))}
            </div>
          </div>

          <div>
            <h3 className="section-sub">{t('review.stars.profileTitle')}</h3>
            <dl className="traits">
              <dt>{t('review.stars.trait.source')}</dt>
              <dd>
                {profile.sources.map((s) => (
                  <span key={s.value} className="trait">
                    {t(`source.${s.value}`)} <span className="muted small">{share(s.count)}</span>
                  </span>
                ))}
              </dd>
              <dt>{t('review.stars.trait.kind')}</dt>
              <dd>
                {profile.kinds.length === 0 ? (
                  <span className="muted">{t('review.stars.unknown')}</span>
                ) : (
                  profile.kinds.map((k) => (
                    <span key={k.value} className="trait">
                      {t(`kinds.${k.value}`, { defaultValue: k.value })} <span className="muted small">{share(k.count)}</span>
                    </span>
                  ))
                )}
              </dd>
              <dt>{t('review.stars.trait.rate')}</dt>
              <dd>
                {profile.ehrBand ? (
                  <span className="trait">
                    <span className={`pill ${profile.ehrBand.value}`}>{t(`review.stars.band.${profile.ehrBand.value}`)}</span>{' '}
                    <span className="muted small">{share(profile.ehrBand.count)}</span>
                  </span>
                ) : (
                  <span className="muted">{t('review.stars.unknown')}</span>
                )}
              </dd>
              <dt>{t('review.stars.trait.payment')}</dt>
              <dd>
                <span className="trait">
                  {t(`review.stars.habit.${profile.paymentHabit.value}`)}{' '}
                  {profile.paymentHabit.value !== 'unknown' && <span className="muted small">{share(profile.paymentHabit.count)}</span>}
                </span>
              </dd>
            </dl>
          </div>

          <div>
            <h3 className="section-sub">{t('review.stars.twinsTitle')}</h3>
            {twins.length === 0 ? (
              <p className="muted">{t('review.stars.noTwins')}</p>
            ) : (
              <ol className="twin-list" aria-label={t('review.stars.twinsTitle')}>
                {twins.map((tw) => {
                  const c = data.clients.find((x) => x.id === tw.clientId);
                  const p = tw.projectId ? data.projects.find((x) => x.id === tw.projectId) : undefined;
                  return (
                    <li key={`${tw.clientId}-${tw.projectId ?? ''}`} className="twin">
                      <div className="twin-likeness" aria-label={t('review.stars.likeness', { percent: tw.likeness })}>
                        <span className="num strong">{tw.likeness} %</span>
                        <span className="meter" aria-hidden><span style={{ width: `${tw.likeness}%` }} /></span>
                      </div>
                      <div>
                        <button
                          className="link-inline strong"
                          onClick={() => (p ? navigate({ name: 'inquiries', projectId: p.id }) : navigate({ name: 'client', id: tw.clientId }))}
                        >
                          {p ? p.title : c?.name}
                        </button>
                        {p && <span className="muted small"> · {c?.name}</span>}
                        {tw.matches.length === 0 ? (
                          <p className="small muted">{t('review.stars.noMatch')}</p>
                        ) : (
                          <ul className="reasons">
                            {tw.matches.map((m) => (
                              <li key={m.trait} className="small">{m.text}</li>
                            ))}
                          </ul>
                        )}
                      </div>
                    </li>
                  );
                })}
              </ol>
            )}
          </div>
          {starPicker}
        </div>
      )}
    </section>
  );
}
