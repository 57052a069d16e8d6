import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientStats, projectStats } from '#shared/rules';
import type { Project } from '#shared/model';
import { Dialog } from '../components/Dialog';
import { EmptyState } from '../components/EmptyState';
import { attempt, useApp } from '../store';
import { useToday } from '../lib/useToday';
import { offerUndo } from '../store/undo';
import { clientAttachments, deleteClient, deleteProject, projectAttachments } from '../store/records';
import { MergeDialog } from './client/MergeDialog';
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
  // Merge and delete: the client itself, or one of its projects.
  const [merging, setMerging] = useState<{ project?: Project } | null>(null);
  const [deleting, setDeleting] = useState(false);

  const client = data.clients.find((c) => c.id === id);
  const today = useToday();
  const stats = useMemo(() => (client ? clientStats(client.id, data, today) : null), [client, data, today]);
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
  const movesOfClient = (clientId: string) =>
    t('merge.clientMoves', {
      projects: t('merge.projects', { count: data.projects.filter((p) => p.clientId === clientId).length }),
      signals: t('merge.signals', { count: data.signals.filter((x) => x.clientId === clientId).length }),
      letters: t('merge.letters', { count: data.letters.filter((l) => l.clientId === clientId).length }),
    });
  const movesOfProject = (project: Project) =>
    t('merge.projectMoves', {
      hours: f.hours((projectStats(project, data).hours)),
      invoices: t('merge.invoices', { count: project.invoices.length }),
    });
  const removeProject = async (project: Project) => {
    const undo = await attempt(() => deleteProject(project));
    if (undo) offerUndo({ message: t('projects.deleted', { project: project.title }), undo }, t('common.undo'));
  };

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
          {data.clients.length > 1 && (
            <button className="btn" onClick={() => setMerging({})}>{t('merge.button')}</button>
          )}
          {clientAttachments(data, client.id) === 0 && (
            <button className="btn danger" onClick={() => setDeleting(true)}>{t('common.delete')}</button>
          )}
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
          <span className={`value tone-${tone}`} data-testid="client-rate">{f.rate(stats.effectiveHourlyRate)}</span>
          <span className="note">
            {t('client.stats.rateNote', { target: f.rate(settings.targetHourlyRate), minimum: f.rate(settings.minimumHourlyRate) })}
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
          <span className="note" data-testid="client-signal-counts">
            {t('numbers.signalsRed', { count: stats.redSignals })} · {t('numbers.signalsGreen', { count: stats.greenSignals })}
          </span>
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
          <table className="table" aria-labelledby="projects-title">
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
                    <td className={`num tone-${pt}`} title={ps.counted ? undefined : t('numbers.leftOutHelp')}>
                      {f.rate(ps.effectiveHourlyRate)}
                    </td>
                    <td className="num">
                      <div className="row" style={{ justifyContent: 'flex-end', flexWrap: 'nowrap' }}>
                        <button className="btn small" onClick={() => void attempt(() => startTimer(project.id))} aria-label={t('timer.startOn', { project: project.title })}>
                          ▶ {t('timer.start')}
                        </button>
                        {projects.length > 1 && (
                          <button className="btn small ghost" onClick={() => setMerging({ project })} aria-label={t('merge.projectButton', { project: project.title })}>
                            {t('merge.button')}
                          </button>
                        )}
                        {projectAttachments(data, project) === 0 && (
                          <button className="btn small ghost danger" onClick={() => void removeProject(project)} aria-label={t('projects.deleteOne', { project: project.title })}>
                            {t('common.delete')}
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      {/* The studio's own time is never judged: no rate charts, no signals. */}
      <ClientCharts clientId={client.id} />
      <InvoicesPanel clientId={client.id} />
      <SignalsPanel clientId={client.id} />

      {client.notes && (
        <section className="card">
          <h2 style={{ marginBottom: 8 }}>{t('clients.form.notes')}</h2>
          <p style={{ whiteSpace: 'pre-wrap' }}>{client.notes}</p>
        </section>
      )}

      {merging && !merging.project && (
        <MergeDialog
          title={t('merge.clientTitle', { name: client.name })}
          fromName={client.name}
          moves={movesOfClient(client.id)}
          options={data.clients
            .filter((c) => c.id !== client.id)
            .map((c) => ({ id: c.id, label: c.company && c.company !== c.name ? `${c.name} (${c.company})` : c.name }))
            .sort((a, b) => a.label.localeCompare(b.label))}
          onMerge={async (intoId) => {
            const done = await attempt(() => useApp.getState().mergeClients(client.id, intoId));
            if (!done) return false;
            navigate({ name: 'client', id: intoId });
            offerUndo(
              { message: t('merge.clientDone', { from: done.result.from.name, into: done.result.into.name, count: done.result.moved.projects.length }), undo: done.undo },
              t('common.undo'),
            );
            return true;
          }}
          onClose={() => setMerging(null)}
        />
      )}
      {merging?.project && (
        <MergeDialog
          title={t('merge.projectTitle', { name: merging.project.title })}
          fromName={merging.project.title}
          moves={movesOfProject(merging.project)}
          options={projects.filter(({ project }) => project.id !== merging.project!.id).map(({ project }) => ({ id: project.id, label: project.title }))}
          onMerge={async (intoId) => {
            const done = await attempt(() => useApp.getState().mergeProjects(merging.project!.id, intoId));
            if (!done) return false;
            offerUndo(
              { message: t('merge.projectDone', { from: done.result.from.title, into: done.result.into.title, count: done.result.moved.entries.length }), undo: done.undo },
              t('common.undo'),
            );
            return true;
          }}
          onClose={() => setMerging(null)}
        />
      )}
      {deleting && (
        <Dialog title={t('client.deleteTitle', { name: client.name })} onClose={() => setDeleting(false)}>
          <p className="muted">{t('client.deleteBody')}</p>
          <div className="form-actions">
            <button className="btn" onClick={() => setDeleting(false)}>{t('common.cancel')}</button>
            <button
              className="btn danger"
              onClick={async () => {
                const undo = await attempt(() => deleteClient(client));
                setDeleting(false);
                if (!undo) return;
                navigate({ name: 'clients' });
                offerUndo({ message: t('client.deleted', { name: client.name }), undo }, t('common.undo'));
              }}
            >
              {t('client.deleteConfirm')}
            </button>
          </div>
        </Dialog>
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
