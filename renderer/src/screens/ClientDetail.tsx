import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientStats, isInternal, projectStats } from '../../../shared/rules';
import type { Project } from '../../../shared/model';
import { Dialog } from '../components/Dialog';
import { EmptyState } from '../components/EmptyState';
import { attempt, localToday, useApp } from '../store';
import { rateTone, useFormat } from '../lib/useFormat';
import { ClientForm } from './ClientForm';
import { ProjectForm } from './ProjectForm';
import { ClientCharts } from './client/ClientCharts';
import { InvoicesPanel } from './client/InvoicesPanel';
import { SignalsPanel } from './client/SignalsPanel';
import { InternalClientPage } from './client/InternalClientPage';

/** One client: what they pay for my hours, project by project. */
export function ClientDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const navigate = useApp((s) => s.navigate);
  const updateClient = useApp((s) => s.updateClient);
  const startTimer = useApp((s) => s.startTimer);
  const f = useFormat();
  const [editing, setEditing] = useState(false);
  const [projectDialog, setProjectDialog] = useState<{ project?: Project } | null>(null);

  const client = data.clients.find((c) => c.id === id);
  const stats = useMemo(() => (client ? clientStats(client.id, data, localToday()) : null), [client, data]);
  const projects = useMemo(
    () =>
      data.projects
        .filter((p) => p.clientId === id)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map((p) => ({ project: p, stats: projectStats(p, data) })),
    [data, id],
  );

  if (!client || !stats) {
    return (
      <div className="page">
        <EmptyState
          title={t('client.missingTitle')}
          body={t('client.missingBody')}
          action={<button className="btn" onClick={() => navigate({ name: 'clients' })}>{t('client.back')}</button>}
        />
      </div>
    );
  }
  // The studio's own time is counted in hours, never judged by a rate.
  if (client.internal) return <InternalClientPage client={client} />;
  const tone = rateTone(stats.effectiveHourlyRate, settings.targetHourlyRate, settings.minimumHourlyRate);
  const internal = isInternal(client);

  return (
    <div className="page">
      <div>
        <button className="btn ghost small" onClick={() => navigate({ name: 'clients' })}>← {t('client.back')}</button>
      </div>
      <div className="page-head">
        <div>
          <h1>
            {client.name}{' '}
            <button
              className="btn ghost small"
              aria-pressed={client.star}
              title={t('client.starHelp')}
              onClick={() => void attempt(() => updateClient({ id: client.id, star: !client.star }))}
            >
              {client.star ? '★' : '☆'} {client.star ? t('client.starred') : t('client.star')}
            </button>
          </h1>
          <p className="sub">
            {[client.company, t(`clientStatus.${client.status}`), t(`source.${client.source}`)].filter(Boolean).join(' · ')}
          </p>
        </div>
        <div className="row">
          <button className="btn" onClick={() => setEditing(true)}>{t('common.edit')}</button>
          {client.status !== 'past' && (
            <button className="btn" onClick={() => void attempt(() => updateClient({ id: client.id, status: 'past' }))}>
              {t('client.archive')}
            </button>
          )}
          <button className="btn primary" onClick={() => setProjectDialog({})}>{t('client.addProject')}</button>
        </div>
      </div>

      <div className="grid-stats">
        <div className="stat">
          <span className="label">{t('client.stats.rate')}</span>
          <span className={`value ${internal ? '' : `tone-${tone}`}`} data-testid="client-rate">{f.rate(internal ? null : stats.effectiveHourlyRate)}</span>
          <span className="note">
            {internal ? t('numbers.internalNote') : t('client.stats.rateNote', { target: f.rate(settings.targetHourlyRate), minimum: f.rate(settings.minimumHourlyRate) })}
          </span>
          {stats.leftOut > 0 && (
            <span className="note" data-testid="client-left-out" title={t('numbers.leftOutHelp')}>{t('numbers.leftOut', { count: stats.leftOut })}</span>
          )}
        </div>
        <div className="stat">
          <span className="label">{t('client.stats.hours')}</span>
          <span className="value">{f.hours(stats.hours)}</span>
        </div>
        <div className="stat">
          <span className="label">{t('client.stats.revenue')}</span>
          <span className="value">{f.money(stats.revenue, true)}</span>
        </div>
        <div className="stat">
          <span className="label">{t('client.stats.overrun')}</span>
          <span className={`value ${stats.estimateOverrun !== null && stats.estimateOverrun > 1.2 ? 'tone-bad' : ''}`}>
            {stats.estimateOverrun === null ? '—' : `${f.number(stats.estimateOverrun, 2)}×`}
          </span>
          <span className="note">{t('client.stats.overrunNote')}</span>
        </div>
        <div className="stat">
          <span className="label">{t('client.stats.delay')}</span>
          <span className={`value ${stats.averagePaymentDelayDays !== null && stats.averagePaymentDelayDays > 7 ? 'tone-bad' : ''}`}>
            {stats.averagePaymentDelayDays === null ? '—' : t('client.stats.days', { count: Math.round(stats.averagePaymentDelayDays) })}
          </span>
          {!internal && (
            <span className="note" data-testid="client-signal-counts">
              {t('numbers.signalsRed', { count: stats.redSignals })} · {t('numbers.signalsGreen', { count: stats.greenSignals })}
            </span>
          )}
        </div>
      </div>

      <section className="card" aria-labelledby="projects-title">
        <div className="card-head">
          <h2 id="projects-title">{t('client.projects')}</h2>
          <span className="meta">{t('client.projectCount', { count: projects.length })}</span>
        </div>
        {projects.length === 0 ? (
          <EmptyState
            title={t('client.noProjectsTitle')}
            body={t('client.noProjectsBody')}
            action={<button className="btn primary" onClick={() => setProjectDialog({})}>{t('client.addProject')}</button>}
          />
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>{t('projects.col.title')}</th>
                <th>{t('projects.col.status')}</th>
                <th className="num">{t('projects.col.hours')}</th>
                <th className="num">{t('projects.col.price')}</th>
                <th className="num">{t('projects.col.rate')}</th>
                <th><span className="visually-hidden">{t('common.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {projects.map(({ project, stats: ps }) => {
                const pt = rateTone(ps.effectiveHourlyRate, settings.targetHourlyRate, settings.minimumHourlyRate);
                return (
                  <tr key={project.id}>
                    <td>
                      <button className="link" onClick={() => setProjectDialog({ project })}>{project.title}</button>
                      <div className="small muted">
                        {t(`kinds.${project.kind}`, { defaultValue: project.kind })}
                        {project.deadline ? ` · ${t('projects.due', { date: f.date(project.deadline) })}` : ''}
                      </div>
                    </td>
                    <td><span className="pill">{t(`projectStatus.${project.status}`)}</span></td>
                    <td className="num">
                      {f.hours(ps.hours)}
                      {project.estimatedHours !== undefined && <span className="muted small"> / {f.hours(project.estimatedHours)}</span>}
                    </td>
                    <td className="num">
                      {project.pricing.mode === 'fixed' ? f.amount(project.pricing.amount) : `${f.rate(project.pricing.rate)}`}
                    </td>
                    <td className={`num ${internal ? '' : `tone-${pt}`}`} title={ps.counted ? undefined : t('numbers.leftOutHelp')}>
                      {f.rate(internal ? null : ps.effectiveHourlyRate)}
                    </td>
                    <td className="num">
                      <button className="btn small" onClick={() => void attempt(() => startTimer(project.id))} aria-label={t('timer.startOn', { project: project.title })}>
                        ▶ {t('timer.start')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      {/* The studio's own time is never judged: no rate charts, no signals. */}
      {!internal && <ClientCharts clientId={client.id} />}
      <InvoicesPanel clientId={client.id} />
      {!internal && <SignalsPanel clientId={client.id} />}

      {client.notes && (
        <section className="card">
          <h2 style={{ marginBottom: 8 }}>{t('clients.form.notes')}</h2>
          <p style={{ whiteSpace: 'pre-wrap' }}>{client.notes}</p>
        </section>
      )}

      {editing && (
        <Dialog title={t('client.edit')} onClose={() => setEditing(false)}>
          <ClientForm client={client} onDone={() => setEditing(false)} />
        </Dialog>
      )}
      {projectDialog && (
        <Dialog title={projectDialog.project ? t('projects.edit') : t('client.addProject')} onClose={() => setProjectDialog(null)}>
          <ProjectForm clientId={client.id} {...(projectDialog.project ? { project: projectDialog.project } : {})} onDone={() => setProjectDialog(null)} />
        </Dialog>
      )}
    </div>
  );
}
