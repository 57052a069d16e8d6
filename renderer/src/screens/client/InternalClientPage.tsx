/**
 * The internal client's page: the studio's own time (admin, portfolio, marketing) in hours,
 * project by project. No rate, revenue or signals: nobody pays for it and nobody is judged.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '#shared/model';
import { projectStats } from '#shared/rules';
import { EmptyState } from '../../components/EmptyState';
import { Field } from '../../components/Field';
import { attempt, useApp } from '../../store';
import { useFormat } from '../../lib/useFormat';
import { createInternalProject } from '../time/ProjectPicker';

export function InternalClientPage({ client }: { client: Client }) {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const navigate = useApp((s) => s.navigate);
  const updateClient = useApp((s) => s.updateClient);
  const startTimer = useApp((s) => s.startTimer);
  const f = useFormat();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(client.name);
  const [nameError, setNameError] = useState('');
  const [newTitle, setNewTitle] = useState('');
  const [titleError, setTitleError] = useState('');

  const projects = useMemo(
    () =>
      data.projects
        .filter((p) => p.clientId === client.id)
        .map((p) => ({ project: p, hours: projectStats(p, data).hours }))
        .sort((a, b) => b.hours - a.hours || a.project.title.localeCompare(b.project.title)),
    [data, client.id],
  );
  const hours = projects.reduce((s, p) => s + p.hours, 0);

  const rename = async () => {
    if (!name.trim()) {
      setNameError(t('internal.page.nameRequired'));
      return;
    }
    if (await attempt(() => updateClient({ id: client.id, name: name.trim() }))) setRenaming(false);
  };
  const addProject = async () => {
    if (!newTitle.trim()) {
      setTitleError(t('time.internal.nameRequired'));
      return;
    }
    setTitleError('');
    if (await attempt(() => createInternalProject(newTitle.trim()))) setNewTitle('');
  };

  return (
    <div className="page">
      <div>
        <button className="btn ghost small" onClick={() => navigate({ name: 'clients' })}>← {t('client.back')}</button>
      </div>
      <div className="page-head">
        <div>
          {renaming ? (
            <form
              className="row"
              style={{ gap: 8, alignItems: 'flex-end' }}
              onSubmit={(e) => {
                e.preventDefault();
                void rename();
              }}
            >
              <Field label={t('internal.page.name')} error={nameError || undefined}>
                {(p) => <input {...p} className="input" value={name} onChange={(e) => setName(e.target.value)} />}
              </Field>
              <button type="submit" className="btn primary small">{t('common.save')}</button>
              <button type="button" className="btn small" onClick={() => setRenaming(false)}>{t('common.cancel')}</button>
            </form>
          ) : (
            <h1>
              {client.name} <span className="pill">{t('import.internalClient')}</span>
            </h1>
          )}
          <p className="sub">{t('internal.page.about')}</p>
        </div>
        {!renaming && (
          <button className="btn" onClick={() => setRenaming(true)}>
            {t('internal.page.rename')}
          </button>
        )}
      </div>

      <div className="grid-stats">
        <div className="stat">
          <span className="label">{t('client.stats.hours')}</span>
          <span className="value" data-testid="internal-hours">{f.hours(hours)}</span>
          <span className="note">{t('internal.page.hoursNote')}</span>
        </div>
      </div>

      <section className="card" aria-labelledby="internal-projects-title">
        <div className="card-head">
          <h2 id="internal-projects-title">{t('client.projects')}</h2>
          <span className="meta">{t('client.projectCount', { count: projects.length })}</span>
        </div>
        {projects.length === 0 ? (
          <EmptyState title={t('internal.page.emptyTitle')} body={t('internal.page.emptyBody')} />
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>{t('projects.col.title')}</th>
                <th className="num">{t('projects.col.hours')}</th>
                <th><span className="visually-hidden">{t('common.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {projects.map(({ project, hours: h }) => (
                <tr key={project.id}>
                  <td>{project.title}</td>
                  <td className="num">{f.hours(h)}</td>
                  <td className="num">
                    <button className="btn small" onClick={() => void attempt(() => startTimer(project.id))} aria-label={t('timer.startOn', { project: project.title })}>
                      ▶ {t('timer.start')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <form
          className="row"
          style={{ gap: 8, alignItems: 'flex-end', marginTop: 12 }}
          onSubmit={(e) => {
            e.preventDefault();
            void addProject();
          }}
        >
          <Field label={t('time.internal.nameLabel', { name: client.name })} error={titleError || undefined}>
            {(p) => <input {...p} className="input" placeholder={t('time.internal.placeholder')} value={newTitle} onChange={(e) => setNewTitle(e.target.value)} />}
          </Field>
          <button type="submit" className="btn small">{t('time.internal.create')}</button>
        </form>
      </section>
    </div>
  );
}
