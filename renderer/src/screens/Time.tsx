import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, startOfWeek } from '../../../shared/dates';
import { parseDuration, formatDurationInput } from '../../../shared/duration';
import { formatMinutes } from '../../../shared/format';
import type { TimeEntry } from '../../../shared/model';
import { EmptyState } from '../components/EmptyState';
import { Field } from '../components/Field';
import { attempt, localToday, useApp } from '../store';
import { useSubmission } from '../lib/useSubmission';
import { recentProjects } from '../lib/selectors';
import { indexDataset } from '../../../shared/rules';
import { useFormat } from '../lib/useFormat';
import { ImportTimeButton } from './import/ImportFlow';
import { ProjectPicker, createInternalProject } from './time/ProjectPicker';
import { isPlausibleDay, timeEntryQuestions } from '../../../shared/sanity';
import { SanityPrompt, useSanity } from '../components/SanityQuestion';

/** What did I do: the week, a cell per project and day where `1:30` + Enter logs time. */
export function Time() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const navigate = useApp((s) => s.navigate);
  const logTime = useApp((s) => s.logTime);
  const deleteTimeEntry = useApp((s) => s.deleteTimeEntry);
  const restoreTimeEntry = useApp((s) => s.restoreTimeEntry);
  const toast = useApp((s) => s.toast);
  const f = useFormat();
  const today = localToday();
  const [weekStart, setWeekStart] = useState(() => startOfWeek(today));
  const days = useMemo(() => Array.from({ length: 7 }, (_, i) => addDays(weekStart, i)), [weekStart]);
  const weekEnd = days[6]!;

  const weekEntries = useMemo(
    () => data.timeEntries.filter((e) => e.date >= weekStart && e.date <= weekEnd).sort((a, b) => a.date.localeCompare(b.date)),
    [data.timeEntries, weekStart, weekEnd],
  );
  const rows = useMemo(() => {
    const ids = new Set(weekEntries.map((e) => e.projectId));
    for (const p of recentProjects(data, 6)) ids.add(p.id);
    return data.projects.filter((p) => ids.has(p.id)).sort((a, b) => a.title.localeCompare(b.title));
  }, [data, weekEntries]);
  const totals = useMemo(() => {
    const cell = new Map<string, number>();
    for (const e of weekEntries) cell.set(`${e.projectId}|${e.date}`, (cell.get(`${e.projectId}|${e.date}`) ?? 0) + e.minutes);
    return cell;
  }, [weekEntries]);
  const sum = (pred: (e: TimeEntry) => boolean) => weekEntries.filter(pred).reduce((s, e) => s + e.minutes, 0);
  const clientOf = (clientId: string) => indexDataset(data).clientsById.get(clientId)?.name ?? '';

  const remove = async (entry: TimeEntry) => {
    const removed = await attempt(() => deleteTimeEntry(entry.id));
    if (removed) {
      toast(t('time.deleted', { duration: formatMinutes(removed.minutes) }), {
        action: { label: t('common.undo'), run: () => void attempt(() => restoreTimeEntry(removed)) },
      });
    }
  };

  if (data.projects.length === 0) {
    return (
      <div className="page">
        <div className="page-head"><h1>{t('time.title')}</h1><ImportTimeButton /></div>
        <div className="card">
          <EmptyState
            title={t('time.emptyTitle')}
            body={t('time.emptyBody')}
            action={
              <div className="row" style={{ gap: 8, justifyContent: 'center' }}>
                <button className="btn primary" onClick={() => navigate({ name: 'clients' })}>{t('time.goClients')}</button>
                {/* Time that is nobody's (admin, portfolio) needs no client first. */}
                <button className="btn" onClick={() => void attempt(() => createInternalProject(t('time.internal.firstProject')))}>
                  {t('time.internal.start')}
                </button>
              </div>
            }
          />
        </div>
      </div>
    );
  }

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t('time.title')}</h1>
          <p className="sub">{t('time.subtitle')}</p>
        </div>
        <div className="row">
          <div className="row" role="group" aria-label={t('time.weekNav')}>
            <button className="btn" onClick={() => setWeekStart(addDays(weekStart, -7))} aria-label={t('time.prevWeek')}>←</button>
            <span className="num" style={{ minWidth: 190, textAlign: 'center' }}>{f.date(weekStart)} – {f.date(weekEnd)}</span>
            <button className="btn" onClick={() => setWeekStart(addDays(weekStart, 7))} aria-label={t('time.nextWeek')}>→</button>
            {weekStart !== startOfWeek(today) && <button className="btn ghost" onClick={() => setWeekStart(startOfWeek(today))}>{t('time.thisWeek')}</button>}
          </div>
          <ImportTimeButton className="btn ghost" />
        </div>
      </div>

      <section className="card tight" aria-label={t('time.week')}>
        <table className="week">
          <thead>
            <tr>
              <th scope="col">{t('time.project')}</th>
              {days.map((d) => (
                <th scope="col" key={d} className={d === today ? 'today' : undefined}>
                  {new Intl.DateTimeFormat(f.language === 'es' ? 'es-ES' : 'en-GB', { weekday: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`))}
                </th>
              ))}
              <th scope="col" className="total">{t('time.total')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <th scope="row" style={{ fontWeight: 'normal' }}>
                  <span className="project-label">
                    <span>{p.title}</span>
                    <span className="client">{clientOf(p.clientId)}</span>
                  </span>
                </th>
                {days.map((d) => (
                  <td key={d}>
                    <WeekCell
                      minutes={totals.get(`${p.id}|${d}`) ?? 0}
                      label={t('time.cellLabel', { project: p.title, date: f.date(d) })}
                      onLog={async (minutes, requestId) => {
                        const before = useApp.getState().data.timeEntries;
                        const entry = await attempt(() => logTime({ projectId: p.id, date: d, minutes, billable: true, requestId }));
                        // A repeat answered with the entry already here says nothing new.
                        if (entry && !before.some((e) => e.id === entry.id)) toast(t('time.logged', { duration: formatMinutes(minutes), project: p.title }));
                        return Boolean(entry);
                      }}
                      invalidMessage={t('time.durationInvalid')}
                    />
                  </td>
                ))}
                <td className="total">{formatMinutes(sum((e) => e.projectId === p.id))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td style={{ textAlign: 'left' }}>{t('time.total')}</td>
              {days.map((d) => (
                <td key={d}>{formatMinutes(sum((e) => e.date === d))}</td>
              ))}
              <td className="total" data-testid="week-total">{formatMinutes(sum(() => true))}</td>
            </tr>
          </tfoot>
        </table>
        <p className="small muted" style={{ padding: '10px 6px 0' }}>{t('time.cellHelp')}</p>
      </section>

      <div className="grid-2">
        <ManualEntry />
        <section className="card" aria-labelledby="entries-title">
          <div className="card-head">
            <h2 id="entries-title">{t('time.entries')}</h2>
            <span className="meta">{t('time.entryCount', { count: weekEntries.length })}</span>
          </div>
          {weekEntries.length === 0 ? (
            <p className="muted">{t('time.noEntries')}</p>
          ) : (
            <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('time.entries')}>
              {weekEntries.map((e) => (
                <EntryRow key={e.id} entry={e} onDelete={() => void remove(e)} />
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}

function WeekCell({ minutes, label, onLog, invalidMessage }: { minutes: number; label: string; onLog: (minutes: number, requestId: string) => Promise<boolean>; invalidMessage: string }) {
  const [text, setText] = useState('');
  const submission = useSubmission();
  const [invalid, setInvalid] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  return (
    <input
      ref={ref}
      className={`cell ${minutes ? 'has' : ''}`}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-busy={submission.pending || undefined}
      readOnly={submission.pending}
      title={invalid ? invalidMessage : undefined}
      placeholder={minutes ? formatDurationInput(minutes) : '·'}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        setInvalid(false);
      }}
      onKeyDown={async (e) => {
        if (e.key === 'Escape') setText('');
        if (e.key !== 'Enter' || !text.trim()) return;
        const m = parseDuration(text);
        if (m === null) {
          setInvalid(true);
          return;
        }
        // A second Enter while the first is being saved logs nothing more.
        if (await submission.submit(async (requestId) => ((await onLog(m, requestId)) ? true : undefined), String(m))) setText('');
      }}
    />
  );
}

function EntryRow({ entry, onDelete }: { entry: TimeEntry; onDelete: () => void }) {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const updateTimeEntry = useApp((s) => s.updateTimeEntry);
  const f = useFormat();
  const [editing, setEditing] = useState(false);
  const [duration, setDuration] = useState(formatDurationInput(entry.minutes));
  const [note, setNote] = useState(entry.note ?? '');
  const [error, setError] = useState<string>();
  const project = indexDataset(data).projectsById.get(entry.projectId);

  if (editing) {
    return (
      <li className="card tight">
        <form
          className="stack"
          onSubmit={async (e) => {
            e.preventDefault();
            const minutes = parseDuration(duration);
            if (minutes === null) {
              setError(t('time.durationInvalid'));
              return;
            }
            const saved = await attempt(() => updateTimeEntry({ id: entry.id, minutes, note: note.trim() ? note.trim() : null }));
            if (saved) setEditing(false);
          }}
        >
          <div className="form-grid">
            <Field label={t('time.duration')} error={error}>
              {(p) => <input {...p} className="input" value={duration} onChange={(e) => setDuration(e.target.value)} />}
            </Field>
            <Field label={t('time.note')}>
              {(p) => <input {...p} className="input" value={note} onChange={(e) => setNote(e.target.value)} />}
            </Field>
          </div>
          <div className="row">
            <button type="submit" className="btn primary small">{t('common.save')}</button>
            <button type="button" className="btn small" onClick={() => setEditing(false)}>{t('common.cancel')}</button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="row" style={{ justifyContent: 'space-between', borderBottom: '1px solid var(--line)', paddingBottom: 8 }}>
      <div className="stack" style={{ gap: 0 }}>
        <span>
          <strong className="num">{formatMinutes(entry.minutes)}</strong> · {project?.title}
          {!entry.billable && <span className="pill" style={{ marginLeft: 6 }}>{t('time.nonBillable')}</span>}
        </span>
        <span className="small muted">{f.date(entry.date)}{entry.note ? ` · ${entry.note}` : ''}</span>
      </div>
      <div className="row">
        <button className="btn small" onClick={() => setEditing(true)} aria-label={t('time.editEntry', { duration: formatMinutes(entry.minutes), project: project?.title ?? '' })}>{t('common.edit')}</button>
        <button className="btn small danger" onClick={onDelete} aria-label={t('time.deleteEntry', { duration: formatMinutes(entry.minutes), project: project?.title ?? '' })}>{t('common.delete')}</button>
      </div>
    </li>
  );
}

/** A manual entry: project, date, duration as people type it, note, billable. */
export function ManualEntry() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const logTime = useApp((s) => s.logTime);
  const toast = useApp((s) => s.toast);
  const projects = useMemo(() => recentProjects(data, 50), [data]);
  const [projectId, setProjectId] = useState('');
  const [date, setDate] = useState(localToday());
  const [duration, setDuration] = useState('');
  const [note, setNote] = useState('');
  const [billable, setBillable] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submission = useSubmission();
  const chosen = projectId || projects[0]?.id || '';
  const sanity = useSanity(`${date}|${chosen}|${duration}`);

  const save = async (entryFields: { projectId: string; date: string; minutes: number }) => {
    const input = { ...entryFields, billable, ...(note.trim() ? { note: note.trim() } : {}) };
    const before = useApp.getState().data.timeEntries;
    // One submission, one entry: a repeated Enter gets the same entry back, and says nothing new.
    const entry = await submission.submit((requestId) => attempt(() => logTime({ ...input, requestId })), JSON.stringify(input));
    if (entry && !before.some((e) => e.id === entry.id)) {
      toast(t('time.logged', { duration: formatMinutes(entry.minutes), project: data.projects.find((p) => p.id === entry.projectId)?.title ?? '' }));
      setDuration('');
      setNote('');
    }
  };

  return (
    <section className="card" aria-labelledby="manual-title">
      <h2 id="manual-title" style={{ marginBottom: 12 }}>{t('time.manual')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const minutes = parseDuration(duration);
          const errs: Record<string, string> = {};
          if (minutes === null) errs.duration = t('time.durationInvalid');
          if (!chosen) errs.project = t('time.projectRequired');
          if (!date) errs.date = t('time.dateRequired');
          else if (!isPlausibleDay(date)) errs.date = t('sanity.outOfRange');
          setErrors(errs);
          if (Object.keys(errs).length) return;
          // Hours dated next year or years back are usually a slip of the date picker: ask first.
          sanity.check(timeEntryQuestions(date, localToday()), () => void save({ projectId: chosen, date, minutes: minutes! }));
        }}
      >
        <div className="form-grid">
          <Field label={t('time.project')} error={errors.project}>
            {(p) => (
              <ProjectPicker
                fieldProps={p}
                projects={projects}
                value={chosen}
                onChange={(id, project) => {
                  setProjectId(id);
                  // The studio's own time is not billed to anyone.
                  const internal = project && data.clients.find((c) => c.id === project.clientId)?.internal;
                  setBillable(!internal);
                }}
              />
            )}
          </Field>
          <Field label={t('time.date')} error={errors.date}>
            {(p) => <input {...p} className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
          </Field>
          <Field label={t('time.duration')} error={errors.duration} help={t('time.durationHelp')}>
            {(p) => <input {...p} className="input" value={duration} onChange={(e) => setDuration(e.target.value)} placeholder="1:30" />}
          </Field>
          <Field label={t('time.note')}>
            {(p) => <input {...p} className="input" value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
        </div>
        <div className="form-actions" style={{ justifyContent: 'space-between' }}>
          <label className="checkbox">
            <input type="checkbox" checked={billable} onChange={(e) => setBillable(e.target.checked)} />
            {t('time.billable')}
          </label>
          <button type="submit" className="btn primary" disabled={!!sanity.pending || submission.pending}>{t('time.log')}</button>
        </div>
        <SanityPrompt sanity={sanity} />
      </form>
    </section>
  );
}
