/**
 * The project to log time on: clients' projects, then the studio's own (admin, portfolio,
 * marketing) under the internal client, and a way to start a new internal project there.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, Project } from '#shared/model';
import { attempt, useApp } from '../../store';

const NEW_INTERNAL = '\u0000new-internal';

/** Finds the internal client, or has the backend make it ("Estudio" / "Studio"), and keeps it in the store. */
export async function ensureInternalClient(): Promise<Client> {
  return useApp.getState().ensureInternalClient();
}

/** Makes a project for the studio's own time: no price, in progress, so it counts in hours and never in a rate. */
export async function createInternalProject(title: string): Promise<Project> {
  const studio = await ensureInternalClient();
  return useApp.getState().createProject({
    clientId: studio.id,
    title,
    kind: 'internal',
    pricing: { mode: 'hourly', rate: 0 },
    status: 'in-progress',
  });
}

/** A select of projects with the internal ones apart, plus "New internal project…". */
export function ProjectPicker({
  projects,
  value,
  onChange,
  fieldProps,
}: {
  projects: Project[];
  value: string;
  onChange: (projectId: string, project: Project | undefined) => void;
  fieldProps: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string };
}) {
  const { t } = useTranslation();
  const clients = useApp((s) => s.data.clients);
  const ids = useId();
  const internalIds = useMemo(() => new Set(clients.filter((c) => c.internal).map((c) => c.id)), [clients]);
  const studioName = clients.find((c) => c.internal)?.name ?? t('internal.defaultName');
  const forClients = projects.filter((p) => !internalIds.has(p.clientId));
  const internal = projects.filter((p) => internalIds.has(p.clientId));
  const [naming, setNaming] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const clientName = (id: string) => clients.find((c) => c.id === id)?.name ?? '';

  const create = async () => {
    const name = title.trim();
    if (!name) {
      setError(t('time.internal.nameRequired'));
      return;
    }
    setBusy(true);
    const project = await attempt(() => createInternalProject(name));
    setBusy(false);
    if (!project) return;
    setNaming(false);
    setTitle('');
    setError('');
    onChange(project.id, project);
  };

  return (
    <>
      <select
        {...fieldProps}
        className="select"
        value={naming ? NEW_INTERNAL : value}
        onChange={(e) => {
          if (e.target.value === NEW_INTERNAL) {
            setNaming(true);
            return;
          }
          setNaming(false);
          onChange(e.target.value, projects.find((p) => p.id === e.target.value));
        }}
      >
        {forClients.length > 0 && (
          <optgroup label={t('time.internal.clientsGroup')}>
            {forClients.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title} · {clientName(p.clientId)}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t('time.internal.group', { name: studioName })}>
          {internal.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
          <option value={NEW_INTERNAL}>{t('time.internal.new')}</option>
        </optgroup>
      </select>
      {naming && (
        <div className="row internal-new" style={{ marginTop: 6, gap: 6 }}>
          <label className="visually-hidden" htmlFor={`${ids}-title`}>
            {t('time.internal.nameLabel', { name: studioName })}
          </label>
          <input
            id={`${ids}-title`}
            className="input"
            autoFocus
            value={title}
            placeholder={t('time.internal.placeholder')}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${ids}-error` : undefined}
            onChange={(e) => setTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void create();
              }
              if (e.key === 'Escape') setNaming(false);
            }}
          />
          <button type="button" className="btn small" disabled={busy} onClick={() => void create()}>
            {t('time.internal.create')}
          </button>
          {error && (
            <span className="error small" id={`${ids}-error`} role="alert">
              {error}
            </span>
          )}
        </div>
      )}
    </>
  );
}
