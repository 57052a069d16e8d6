import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { thisWeek } from '../../../shared/rules';
import { formatMinutes } from '../../../shared/format';
import { EmptyState } from '../components/EmptyState';
import { Notices } from '../components/Notices';
import { localToday, useApp } from '../store';
import { rateTone, useFormat } from '../lib/useFormat';

/** This week: what needs me now. */
export function Home() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const navigate = useApp((s) => s.navigate);
  const f = useFormat();
  const week = useMemo(() => thisWeek(data, settings, localToday()), [data, settings]);
  const clientName = (id: string) => data.clients.find((c) => c.id === id)?.name ?? '';
  const projectTitle = (id: string | undefined) => data.projects.find((p) => p.id === id)?.title ?? '';
  const load = week.capacityMinutes > 0 ? week.minutesThisWeek / week.capacityMinutes : 0;
  const tone = rateTone(week.rateLast90Days, settings.targetHourlyRate, settings.minimumHourlyRate);
  const empty = data.clients.length === 0;

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t('home.title')}</h1>
          <p className="sub">{t('home.subtitle')}</p>
        </div>
      </div>
      <Notices />
      {empty ? (
        <div className="card">
          <EmptyState
            title={t('home.emptyTitle')}
            body={t('home.emptyBody')}
            action={<button className="btn primary" onClick={() => navigate({ name: 'clients' })}>{t('home.emptyAction')}</button>}
          />
        </div>
      ) : (
        <>
          <div className="grid-stats">
            <button className="stat" style={{ textAlign: 'left', cursor: 'pointer', font: 'inherit', color: 'inherit' }} onClick={() => navigate({ name: 'time' })}>
              <span className="label">{t('home.hours')}</span>
              <span className={`value ${load > 1 ? 'tone-bad' : ''}`} data-testid="home-hours">
                {formatMinutes(week.minutesThisWeek)}
              </span>
              <span className="note">{t('home.ofCapacity', { capacity: f.hours(week.capacityMinutes / 60, 0), percent: Math.round(load * 100) })}</span>
            </button>
            <button className="stat" style={{ textAlign: 'left', cursor: 'pointer', font: 'inherit', color: 'inherit' }} onClick={() => navigate({ name: 'clients' })}>
              <span className="label">{t('home.rate')}</span>
              <span className={`value tone-${tone}`}>{f.rate(week.rateLast90Days)}</span>
              <span className="note">{t('home.rateNote', { target: f.rate(settings.targetHourlyRate), minimum: f.rate(settings.minimumHourlyRate) })}</span>
            </button>
            <button className="stat" style={{ textAlign: 'left', cursor: 'pointer', font: 'inherit', color: 'inherit' }} onClick={() => navigate({ name: 'inquiries' })}>
              <span className="label">{t('home.inquiries')}</span>
              <span className="value">{week.inquiriesWaiting.length}</span>
              <span className="note">{t('home.inquiriesNote')}</span>
            </button>
            <button className="stat" style={{ textAlign: 'left', cursor: 'pointer', font: 'inherit', color: 'inherit' }} onClick={() => navigate({ name: 'pipeline' })}>
              <span className="label">{t('home.overdue')}</span>
              <span className={`value ${week.overdueInvoices.length ? 'tone-bad' : ''}`}>{week.overdueInvoices.length}</span>
              <span className="note">{f.money(week.overdueInvoices.reduce((s, i) => s + i.amount, 0), true)}</span>
            </button>
          </div>

          <div className="grid-2">
            <section className="card" aria-labelledby="todo-inquiries">
              <div className="card-head"><h2 id="todo-inquiries">{t('home.waitingTitle')}</h2></div>
              {week.inquiriesWaiting.length === 0 ? (
                <p className="muted">{t('home.noInquiries')}</p>
              ) : (
                <ul className="stack" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {week.inquiriesWaiting.map((q) => (
                    <li key={q.projectId} className="row" style={{ justifyContent: 'space-between' }}>
                      <span><strong>{q.title}</strong> <span className="muted">· {clientName(q.clientId)}</span></span>
                      <button className="btn small" onClick={() => navigate({ name: 'inquiries' })}>{t('home.evaluate')}</button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="card" aria-labelledby="todo-contacts">
              <div className="card-head"><h2 id="todo-contacts">{t('home.contactTitle')}</h2></div>
              {week.checkIns.length + week.followUps.length === 0 ? (
                <p className="muted">{t('home.noContacts')}</p>
              ) : (
                <ul className="stack" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {week.checkIns.map((c) => (
                    <li key={`c-${c.clientId}`} className="row" style={{ justifyContent: 'space-between' }}>
                      <span><strong>{clientName(c.clientId)}</strong> <span className="muted">· {t('home.silentDays', { count: c.daysSilent })}</span></span>
                      <button className="btn small" onClick={() => navigate({ name: 'pipeline' })}>{t('home.checkIn')}</button>
                    </li>
                  ))}
                  {week.followUps.map((c) => (
                    <li key={`f-${c.clientId}`} className="row" style={{ justifyContent: 'space-between' }}>
                      <span><strong>{clientName(c.clientId)}</strong> <span className="muted">· {projectTitle(c.projectId)}</span></span>
                      <button className="btn small" onClick={() => navigate({ name: 'review' })}>{t('home.followUp')}</button>
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
