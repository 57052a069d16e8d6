import { memo, useMemo, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { indexDataset, thisWeek } from '#shared/rules';
import { FirstRun, SampleBanner } from './FirstRun';
import { Notices } from '../components/Notices';
import { useApp, type Route } from '../store';
import { useToday } from '../lib/useToday';
import { rateTone, useFormat } from '../lib/useFormat';
import { openAt } from './pipeline/jump';
import { AwaitingAnswer } from './inquiry/QuoteLine';
import { scrollToSection } from '../lib/scrollToSection';

/** This week: what needs me now, each item one click from where it is handled. */
export function Home() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const navigate = useApp((s) => s.navigate);
  const f = useFormat();
  const today = useToday();
  const week = useMemo(() => thisWeek(data, settings, today), [data, settings, today]);
  // Names by id from the dataset's index: the lists below look up hundreds of clients and thousands of projects.
  const ix = indexDataset(data);
  const clientName = (id: string) => ix.clientsById.get(id)?.name ?? '';
  const projectTitle = (id: string | undefined) => (id === undefined ? '' : (ix.projectsById.get(id)?.title ?? ''));
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
                {f.minutes(week.minutesThisWeek)}
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
              {week.rateLeftOut > 0 && (
                <span className="note" data-testid="home-rate-left-out" title={t('numbers.leftOutHelp')}>
                  {t('numbers.leftOut', { count: week.rateLeftOut })}
                </span>
              )}
            </button>
            <button className="stat stat-link" onClick={() => navigate({ name: 'inquiries' })}>
              <span className="label">{t('home.inquiries')}</span>
              <span className="value">{week.inquiriesWaiting.length}</span>
              <span className="note">{t('home.inquiriesNote')}</span>
            </button>
            <button className="stat stat-link" onClick={() => scrollToSection('home-overdue', { smooth: true })}
              disabled={week.overdueInvoices.length === 0}>
              <span className="label">{t('home.overdue')}</span>
              <span className={`value ${week.overdueInvoices.length ? 'tone-bad' : ''}`}>{week.overdueInvoices.length}</span>
              <span className="note">{week.overdueInvoices.length ? f.amount(overdueTotal) : t('pipeline.home.noneOverdue')}</span>
            </button>
          </div>

          <div className="grid-2">
            <section className="card" aria-labelledby="todo-inquiries">
              <div className="card-head"><h2 id="todo-inquiries">{t('home.waitingTitle')}</h2></div>
              {week.inquiriesWaiting.length === 0 ? (
                <p className="muted">{t('home.noInquiries')}</p>
              ) : (
                <FewFirst
                  items={week.inquiriesWaiting}
                  render={(q) => (
                    <InquiryItem key={q.projectId} projectId={q.projectId} title={q.title} client={clientName(q.clientId)} days={q.daysWaiting} t={t} navigate={navigate} />
                  )}
                />
              )}
              <AwaitingAnswer />
            </section>

            <section className="card" id="home-overdue" aria-labelledby="todo-overdue">
              <div className="card-head">
                <h2 id="todo-overdue">{t('home.overdue')}</h2>
                {week.overdueInvoices.length > 0 && <span className="meta num tone-bad">{f.amount(overdueTotal)}</span>}
              </div>
              {week.overdueInvoices.length === 0 ? (
                <p className="muted">{t('pipeline.home.noOverdue')}</p>
              ) : (
                <FewFirst
                  items={week.overdueInvoices}
                  render={(o) => (
                    <OverdueItem
                      key={o.invoiceId}
                      clientId={o.clientId}
                      client={clientName(o.clientId)}
                      project={projectTitle(o.projectId)}
                      days={o.daysLate}
                      amount={o.amount}
                      t={t}
                      f={f}
                      navigate={navigate}
                    />
                  )}
                />
              )}
            </section>

            <section className="card" aria-labelledby="todo-checkins">
              <div className="card-head">
                <h2 id="todo-checkins">{t('pipeline.home.checkInsTitle')}</h2>
              </div>
              {week.checkIns.length === 0 ? (
                <p className="muted">{t('pipeline.home.noCheckIns')}</p>
              ) : (
                <FewFirst
                  items={week.checkIns}
                  render={(c) => (
                    <CheckInItem key={c.clientId} client={clientName(c.clientId)} project={c.projectId ? projectTitle(c.projectId) : undefined} days={c.daysSilent} t={t} />
                  )}
                />
              )}
            </section>

            <section className="card" aria-labelledby="todo-follow">
              <div className="card-head">
                <h2 id="todo-follow">{t('pipeline.home.followUpsTitle')}</h2>
              </div>
              {week.followUps.length === 0 ? (
                <p className="muted">{t('pipeline.home.noFollowUps')}</p>
              ) : (
                <FewFirst
                  items={week.followUps}
                  render={(c) => <FollowUpItem key={c.clientId} client={clientName(c.clientId)} project={projectTitle(c.projectId)} days={c.daysSinceContact} t={t} />}
                />
              )}
            </section>
          </div>
        </>
      )}
    </div>
  );
}

/** Lines a to-do card shows before "Show all". */
export const HOME_LIST_LIMIT = 5;

/**
 * A to-do list that shows its first lines (the most pressing: the lists come sorted) and a
 * button for the rest: after ten years, every past client is a follow-up, and a page of
 * hundreds of lines neither reads well nor opens at once.
 */
function FewFirst<T>({ items, render }: { items: T[]; render: (item: T) => ReactNode }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const more = items.length > HOME_LIST_LIMIT;
  return (
    <>
      <ul className="todo-list">{(all || !more ? items : items.slice(0, HOME_LIST_LIMIT)).map(render)}</ul>
      {more && (
        <button className="link-inline todo-more" aria-expanded={all} onClick={() => setAll((a) => !a)}>
          {all ? t('home.showFewer') : t('home.showAll', { count: items.length })}
        </button>
      )}
    </>
  );
}

/*
 * The to-do lines, one component each: after ten years they run to hundreds (every past client
 * is a follow-up), and logging an hour recomputes the week. A line whose words and numbers are
 * unchanged is not drawn again.
 */
type Navigate = (route: Route) => void;

const InquiryItem = memo(function InquiryItem({ projectId, title, client, days, t, navigate }: { projectId: string; title: string; client: string; days: number; t: TFunction; navigate: Navigate }) {
  return (
    <li>
      <span className="todo-what">
        <strong>{title}</strong>
        <span className="muted small">{client} · {t('pipeline.home.waitingDays', { count: days })}</span>
      </span>
      <button className="btn small" onClick={() => navigate({ name: 'inquiries', projectId })} aria-label={`${t('home.evaluate')}: ${title}`}>
        {t('home.evaluate')}
      </button>
    </li>
  );
});

const OverdueItem = memo(function OverdueItem({
  clientId,
  client,
  project,
  days,
  amount,
  t,
  f,
  navigate,
}: {
  clientId: string;
  client: string;
  project: string;
  days: number;
  amount: number;
  t: TFunction;
  f: ReturnType<typeof useFormat>;
  navigate: Navigate;
}) {
  return (
    <li>
      <span className="todo-what">
        <strong>{client}</strong>
        <span className="muted small">
          {project} · <span className="tone-bad">{t('pipeline.home.daysLate', { count: days })}</span>
        </span>
      </span>
      <span className="row todo-side">
        <span className="num strong">{f.amount(amount)}</span>
        <button className="btn small" onClick={() => navigate({ name: 'client', id: clientId })} aria-label={t('pipeline.home.openInvoice', { name: client })}>
          {t('pipeline.home.open')}
        </button>
      </span>
    </li>
  );
});

const CheckInItem = memo(function CheckInItem({ client, project, days, t }: { client: string; project: string | undefined; days: number; t: TFunction }) {
  return (
    <li>
      <span className="todo-what">
        <strong>{client}</strong>
        <span className="muted small">
          {project !== undefined ? `${project} · ` : ''}
          {t('home.silentDays', { count: days })}
        </span>
      </span>
      <button className="btn small" onClick={() => openAt({ name: 'pipeline' }, 'touch-ground')} aria-label={`${t('home.checkIn')}: ${client}`}>
        {t('home.checkIn')}
      </button>
    </li>
  );
});

const FollowUpItem = memo(function FollowUpItem({ client, project, days, t }: { client: string; project: string; days: number; t: TFunction }) {
  return (
    <li>
      <span className="todo-what">
        <strong>{client}</strong>
        <span className="muted small">
          {project} · {t('pipeline.contacted.since', { count: days })}
        </span>
      </span>
      <button className="btn small" onClick={() => openAt({ name: 'review' }, 'follow-ups')} aria-label={`${t('home.followUp')}: ${client}`}>
        {t('home.followUp')}
      </button>
    </li>
  );
});
