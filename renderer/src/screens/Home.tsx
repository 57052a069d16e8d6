import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { thisWeek } from '../../../shared/rules';
import { formatMinutes } from '../../../shared/format';
import { FirstRun, SampleBanner } from './FirstRun';
import { Notices } from '../components/Notices';
import { localToday, useApp } from '../store';
import { rateTone, useFormat } from '../lib/useFormat';
import { openAt } from './pipeline/jump';

/** This week: what needs me now, each item one click from where it is handled. */
export function Home() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const navigate = useApp((s) => s.navigate);
  const f = useFormat();
  const today = localToday();
  const week = useMemo(() => thisWeek(data, settings, today), [data, settings, today]);
  const clientName = (id: string) => data.clients.find((c) => c.id === id)?.name ?? '';
  const projectTitle = (id: string | undefined) => data.projects.find((p) => p.id === id)?.title ?? '';
  const load = week.capacityMinutes > 0 ? week.minutesThisWeek / week.capacityMinutes : 0;
  const tone = rateTone(week.rateLast90Days, settings.targetHourlyRate, settings.minimumHourlyRate);
  const overdueTotal = week.overdueInvoices.reduce((s, i) => s + i.amount, 0);
  const empty = data.clients.length === 0;
  // The rate scale runs from zero to half again the target: both marks stay readable, and a rate past it fills the bar.
  const scaleMax = Math.max(settings.targetHourlyRate * 1.5, 1);
  const pos = (rate: number) => `${Math.min(100, (rate / scaleMax) * 100)}%`;

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t('home.title')}</h1>
          <p className="sub">{t('home.subtitle')}</p>
        </div>
      </div>
      <Notices />
      <SampleBanner />
      {empty ? (
        <FirstRun />
      ) : (
        <>
          <div className="grid-stats home-stats">
            <button className="stat stat-link" onClick={() => navigate({ name: 'time' })} aria-describedby="home-hours-note">
              <span className="label">{t('home.hours')}</span>
              <span className={`value ${load > 1 ? 'tone-bad' : ''}`} data-testid="home-hours">
                {formatMinutes(week.minutesThisWeek)}
              </span>
              <span
                className={`capacity-bar ${load > 1 ? 'over' : ''}`}
                role="meter"
                aria-label={t('pipeline.home.capacityBar')}
                aria-valuemin={0}
                aria-valuemax={Math.max(week.capacityMinutes, week.minutesThisWeek)}
                aria-valuenow={week.minutesThisWeek}
                aria-valuetext={t('home.ofCapacity', { capacity: f.hours(week.capacityMinutes / 60, 0), percent: Math.round(load * 100) })}
              >
                <span style={{ width: `${Math.min(100, load * 100)}%` }} />
              </span>
              <span className="note" id="home-hours-note">
                {t('home.ofCapacity', { capacity: f.hours(week.capacityMinutes / 60, 0), percent: Math.round(load * 100) })}
              </span>
            </button>
            <button className="stat stat-link" onClick={() => navigate({ name: 'clients' })}>
              <span className="label">{t('home.rate')}</span>
              <span className={`value tone-${tone}`} data-testid="home-rate">{f.rate(week.rateLast90Days)}</span>
              <span className="rate-scale" aria-hidden>
                {week.rateLast90Days !== null && <span className={`rate-fill ${tone}`} style={{ width: pos(week.rateLast90Days) }} />}
                <span className="mark minimum" style={{ left: pos(settings.minimumHourlyRate) }} />
                <span className="mark target" style={{ left: pos(settings.targetHourlyRate) }} />
              </span>
              <span className="note">{t('home.rateNote', { target: f.rate(settings.targetHourlyRate), minimum: f.rate(settings.minimumHourlyRate) })}</span>
            </button>
            <button className="stat stat-link" onClick={() => navigate({ name: 'inquiries' })}>
              <span className="label">{t('home.inquiries')}</span>
              <span className="value">{week.inquiriesWaiting.length}</span>
              <span className="note">{t('home.inquiriesNote')}</span>
            </button>
            <button className="stat stat-link" onClick={() => document.getElementById('home-overdue')?.scrollIntoView({ block: 'start', behavior: 'smooth' })}
              disabled={week.overdueInvoices.length === 0}>
              <span className="label">{t('home.overdue')}</span>
              <span className={`value ${week.overdueInvoices.length ? 'tone-bad' : ''}`}>{week.overdueInvoices.length}</span>
              <span className="note">{week.overdueInvoices.length ? f.money(overdueTotal, true) : t('pipeline.home.noneOverdue')}</span>
            </button>
          </div>

          <div className="grid-2">
            <section className="card" aria-labelledby="todo-inquiries">
              <div className="card-head"><h2 id="todo-inquiries">{t('home.waitingTitle')}</h2></div>
              {week.inquiriesWaiting.length === 0 ? (
                <p className="muted">{t('home.noInquiries')}</p>
              ) : (
                <ul className="todo-list">
                  {week.inquiriesWaiting.map((q) => (
                    <li key={q.projectId}>
                      <span className="todo-what">
                        <strong>{q.title}</strong>
                        <span className="muted small">{clientName(q.clientId)} · {t('pipeline.home.waitingDays', { count: q.daysWaiting })}</span>
                      </span>
                      <button
                        className="btn small"
                        onClick={() => navigate({ name: 'inquiries', projectId: q.projectId })}
                        aria-label={`${t('home.evaluate')}: ${q.title}`}
                      >
                        {t('home.evaluate')}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <section className="card" id="home-overdue" aria-labelledby="todo-overdue">
              <div className="card-head">
                <h2 id="todo-overdue">{t('home.overdue')}</h2>
                {week.overdueInvoices.length > 0 && <span className="meta num tone-bad">{f.money(overdueTotal, true)}</span>}
              </div>
              {week.overdueInvoices.length === 0 ? (
                <p className="muted">{t('pipeline.home.noOverdue')}</p>
              ) : (
                <ul className="todo-list">
                  {week.overdueInvoices.map((o) => (
                    <li key={o.invoiceId}>
                      <span className="todo-what">
                        <strong>{clientName(o.clientId)}</strong>
                        <span className="muted small">
                          {projectTitle(o.projectId)} · <span className="tone-bad">{t('pipeline.home.daysLate', { count: o.daysLate })}</span>
                        </span>
                      </span>
                      <span className="row" style={{ gap: 8 }}>
                        <span className="num strong">{f.money(o.amount)}</span>
                        <button
                          className="btn small"
                          onClick={() => navigate({ name: 'client', id: o.clientId })}
                          aria-label={t('pipeline.home.openInvoice', { name: clientName(o.clientId) })}
                        >
                          {t('pipeline.home.open')}
                        </button>
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <section className="card" aria-labelledby="todo-checkins">
              <div className="card-head">
                <h2 id="todo-checkins">{t('pipeline.home.checkInsTitle')}</h2>
              </div>
              {week.checkIns.length === 0 ? (
                <p className="muted">{t('pipeline.home.noCheckIns')}</p>
              ) : (
                <ul className="todo-list">
                  {week.checkIns.map((c) => (
                    <li key={c.clientId}>
                      <span className="todo-what">
                        <strong>{clientName(c.clientId)}</strong>
                        <span className="muted small">
                          {c.projectId ? `${projectTitle(c.projectId)} · ` : ''}
                          {t('home.silentDays', { count: c.daysSilent })}
                        </span>
                      </span>
                      <button
                        className="btn small"
                        onClick={() => openAt({ name: 'pipeline' }, 'touch-ground')}
                        aria-label={`${t('home.checkIn')}: ${clientName(c.clientId)}`}
                      >
                        {t('home.checkIn')}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <section className="card" aria-labelledby="todo-follow">
              <div className="card-head">
                <h2 id="todo-follow">{t('pipeline.home.followUpsTitle')}</h2>
              </div>
              {week.followUps.length === 0 ? (
                <p className="muted">{t('pipeline.home.noFollowUps')}</p>
              ) : (
                <ul className="todo-list">
                  {week.followUps.map((c) => (
                    <li key={c.clientId}>
                      <span className="todo-what">
                        <strong>{clientName(c.clientId)}</strong>
                        <span className="muted small">
                          {projectTitle(c.projectId)} · {t('pipeline.contacted.since', { count: c.daysSinceContact })}
                        </span>
                      </span>
                      <button
                        className="btn small"
                        onClick={() => openAt({ name: 'review' }, 'follow-ups')}
                        aria-label={`${t('home.followUp')}: ${clientName(c.clientId)}`}
                      >
                        {t('home.followUp')}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        </>
      )}
    </div>
  );
}
