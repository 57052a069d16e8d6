import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { forecastWindow, pipeline, touchGround, type PipelineColumn, type PipelineEntry } from '#shared/rules';
import { withQuotedPrices } from '#shared/rules/quotes';
import { formatAmount } from '#shared/money';
import { EmptyState } from '../components/EmptyState';
import { QuoteSent } from './inquiry/QuoteLine';
import { useApp } from '../store';
import { useToday } from '../lib/useToday';
import { useFormat } from '../lib/useFormat';
import { ContactList } from './pipeline/ContactList';
import { ForecastChart, useMonthNames } from './pipeline/ForecastChart';
import { useJumpTarget } from './pipeline/jump';

/** What money is real: confirmed money by month, promises apart, and prospects to touch ground with. */
export function Pipeline() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const navigate = useApp((s) => s.navigate);
  const f = useFormat();
  const names = useMonthNames();
  useJumpTarget();

  const today = useToday();
  const fc = useMemo(() => forecastWindow(data, today, 6), [data, today]);
  const board = useMemo(() => withQuotedPrices(pipeline(data), data), [data]);
  const silent = useMemo(() => touchGround(data, settings, today), [data, settings, today]);
  const confirmedTotal = fc.confirmedByMonth.reduce((sum, m) => sum + m.amount, 0);
  const first = fc.confirmedByMonth[0]?.month;
  const last = fc.confirmedByMonth[fc.confirmedByMonth.length - 1]?.month;
  const boardCount = board.stages.reduce((n, c) => n + c.entries.length, 0);
  const promisers = new Set(fc.promised.map((p) => p.clientId));

  const clientName = (id: string) => data.clients.find((c) => c.id === id)?.name ?? '';
  const projectTitle = (id: string | undefined) => (id ? data.projects.find((p) => p.id === id)?.title : undefined);
  const quoteOf = (id: string | undefined) => (id ? data.projects.find((p) => p.id === id && p.status === 'quoted')?.quote : undefined);

  const openEntry = (e: PipelineEntry, stage: PipelineColumn['stage']) => {
    if (e.projectId && (stage === 'inquiry' || stage === 'quoted')) navigate({ name: 'inquiries', projectId: e.projectId });
    else navigate({ name: 'client', id: e.clientId });
  };

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t('pipeline.title')}</h1>
          <p className="sub">{t('pipeline.subtitle')}</p>
        </div>
      </div>

      <section className="card" aria-labelledby="forecast-chart-title">
        <div className="card-head">
          <div>
            <h2 id="forecast-chart-title">{t('pipeline.chart.title')}</h2>
            {first && last && <p className="meta">{t('pipeline.chart.range', { from: names.long(first), to: names.long(last) })}</p>}
          </div>
          <div className="forecast-total">
            <span className="label">{t('pipeline.total.label')}</span>
            <span className="value num" data-testid="confirmed-total">{f.amount(confirmedTotal)}</span>
          </div>
        </div>
        {confirmedTotal === 0 ? (
          <EmptyState
            title={t('pipeline.chart.emptyTitle')}
            body={t('pipeline.chart.emptyBody')}
            action={<button className="btn" onClick={() => navigate({ name: 'clients' })}>{t('pipeline.chart.emptyAction')}</button>}
          />
        ) : (
          <ForecastChart months={fc.confirmedByMonth} labelledBy="forecast-chart-title" />
        )}
        <p className="small muted">{t('pipeline.total.note')}</p>
      </section>

      <section className="card promises" aria-labelledby="promises-title">
        <div className="card-head">
          <h2 id="promises-title">{t('pipeline.promises.title')}</h2>
          <span className="pill projection">{t('pipeline.promises.notCounted')}</span>
        </div>
        <p className="small muted" style={{ marginBottom: 12 }}>{t('pipeline.promises.idea')}</p>
        {fc.promised.length === 0 ? (
          <p className="muted">{t('pipeline.promises.empty')}</p>
        ) : (
          <ul className="promise-list" aria-label={t('pipeline.promises.title')}>
            {fc.promised.map((p) => (
              <li key={p.signalId} className="promise-item">
                <span className="num small muted">{f.date(p.date)}</span>
                <span>
                  <button className="link-inline strong" onClick={() => navigate({ name: 'client', id: p.clientId })}>{clientName(p.clientId)}</button>
                  {projectTitle(p.projectId) && <span className="muted"> · {projectTitle(p.projectId)}</span>}
                  {p.note && <span className="muted"> · {t('pipeline.promises.quote', { note: p.note })}</span>}
                </span>
                <span className="pill projection">{t('signals.kind.promised-to-buy')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="stages-title">
        <div className="card-head">
          <h2 id="stages-title">{t('pipeline.stages.title')}</h2>
          <span className="meta">{t('pipeline.stages.count', { count: boardCount })}</span>
        </div>
        {boardCount === 0 ? (
          <EmptyState
            title={t('pipeline.stages.emptyTitle')}
            body={t('pipeline.stages.emptyBody')}
            action={<button className="btn primary" onClick={() => navigate({ name: 'inquiries', fresh: true })}>{t('nav.newInquiry')}</button>}
          />
        ) : (
          <div className="stage-board">
            {board.stages.map((col) => (
              <section key={col.stage} className="stage-col" aria-labelledby={`stage-${col.stage}`}>
                <header>
                  <h3 id={`stage-${col.stage}`}>
                    {t(`pipeline.stages.${col.stage}`)} <span className="muted num">{col.entries.length}</span>
                  </h3>
                  <span className="small muted num">
                    {col.knownAmount > 0 && f.amount(col.knownAmount)}
                    {col.unknownCount > 0 &&
                      (col.knownAmount > 0
                        ? ` ${t('pipeline.stages.unknownMore', { count: col.unknownCount })}`
                        : t('pipeline.stages.unknown', { count: col.unknownCount }))}
                  </span>
                </header>
                {col.entries.length === 0 ? (
                  <p className="small muted stage-empty">{t('pipeline.stages.none')}</p>
                ) : (
                  <ul>
                    {col.entries.map((e) => (
                      <li key={e.projectId ?? e.clientId}>
                        <button className="stage-entry" onClick={() => openEntry(e, col.stage)}>
                          <span className="strong">{projectTitle(e.projectId) ?? clientName(e.clientId)}</span>
                          {e.projectId && <span className="small muted">{clientName(e.clientId)}</span>}
                          <span className="stage-entry-foot">
                            <span className="num">{e.amount === null ? t('pipeline.stages.noAmount') : formatAmount(e.amount, f.currency, f.language)}</span>
                            {promisers.has(e.clientId) && <span className="pill projection">{t('pipeline.stages.promised')}</span>}
                          </span>
                          {quoteOf(e.projectId) && <QuoteSent quote={quoteOf(e.projectId)!} className="small muted" />}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
        )}
        <p className="small muted" style={{ marginTop: 12 }}>{t('pipeline.stages.note')}</p>
      </section>

      <section className="card" id="touch-ground" aria-labelledby="touch-title">
        <div className="card-head">
          <div>
            <h2 id="touch-title">{t('pipeline.touch.title')}</h2>
            <p className="meta">{t('pipeline.touch.subtitle', { count: settings.checkInDays })}</p>
          </div>
          <span className="meta">{t('pipeline.touch.count', { count: silent.length })}</span>
        </div>
        {silent.length === 0 ? (
          <p className="muted">{t('pipeline.touch.empty', { count: settings.checkInDays })}</p>
        ) : (
          <ContactList
            kind="check-in"
            label={t('pipeline.touch.title')}
            items={silent.map((s) => ({ clientId: s.clientId, days: s.daysSilent, ...(s.projectId ? { projectId: s.projectId } : {}) }))}
          />
        )}
      </section>
    </div>
  );
}
