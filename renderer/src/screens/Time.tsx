import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, startOfWeek } from '#shared/dates';
import { parseDuration, formatDurationInput } from '#shared/duration';
import type { TimeEntry } from '#shared/model';
import { EmptyState } from '../components/EmptyState';
import { Field } from '../components/Field';
import { DateField } from '../components/DateField';
import { attempt, localToday, useApp } from '../store';
import { useToday } from '../lib/useToday';
import { useSubmission } from '../lib/useSubmission';
import { offerUndo } from '../store/undo';
import { UnsavedScope, newScope, useUnsavedChanges } from '../store/unsaved';
import { deleteEntry, editEntry, setCellTotal, type EntryChanges } from '../store/timeEdits';
import { activeProjects, projectChoices, projectLabel } from '../lib/projectChoices';
import { indexDataset } from '#shared/rules';
import { useFormat } from '../lib/useFormat';
import { ImportTimeButton } from './import/ImportFlow';
import { ProjectPicker, createInternalProject } from './time/ProjectPicker';
import { isPlausibleDay, timeEntryQuestions } from '#shared/sanity';
import { SanityPrompt, useSanity } from '../components/SanityQuestion';

/** What did I do: the week as a timesheet, a cell per project and day holding that day's total (`1:30` + Enter sets it). */
export function Time() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const navigate = useApp((s) => s.navigate);
  const f = useFormat();
  const today = useToday();
  const [weekStart, setWeekStart] = useState(() => startOfWeek(today));
  const days = useMemo(() => Array.from({ length: 7 }, (_, i) => addDays(weekStart, i)), [weekStart]);
  const weekEnd = days[6]!;
  // Rows the person added for this visit ("Add a row"), beside the active projects.
  const [addedRows, setAddedRows] = useState<string[]>([]);
  // A cell typed on a day well ahead waits for this question to be answered.
  const cellSanity = useSanity('week-cell');

  // Date order, and within a day the list's own order, so an undone entry is back where it was.
  const weekEntries = useMemo(
    () => data.timeEntries.filter((e) => e.date >= weekStart && e.date <= weekEnd).sort((a, b) => a.date.localeCompare(b.date)),
    [data.timeEntries, weekStart, weekEnd],
  );
  const rows = useMemo(() => {
    const ids = new Set(weekEntries.map((e) => e.projectId));
    for (const p of activeProjects(data)) ids.add(p.id);
    for (const id of addedRows) ids.add(id);
    return data.projects
      .filter((p) => ids.has(p.id))
      .sort((a, b) => a.title.localeCompare(b.title) || projectLabel(data, a).localeCompare(projectLabel(data, b)));
  }, [data, weekEntries, addedRows]);
  const otherProjects = useMemo(() => {
    const shown = new Set(rows.map((p) => p.id));
    return projectChoices(data).filter((p) => !shown.has(p.id));
  }, [data, rows]);
  const totals = useMemo(() => {
    const cell = new Map<string, number>();
    for (const e of weekEntries) cell.set(`${e.projectId}|${e.date}`, (cell.get(`${e.projectId}|${e.date}`) ?? 0) + e.minutes);
    return cell;
  }, [weekEntries]);
  const sum = (pred: (e: TimeEntry) => boolean) => weekEntries.filter(pred).reduce((s, e) => s + e.minutes, 0);
  const clientOf = (clientId: string) => indexDataset(data).clientsById.get(clientId)?.name ?? '';

  const remove = async (entry: TimeEntry) => {
    const done = await attempt(() => deleteEntry(entry.id));
    if (done) offerUndo({ message: t('time.deleted', { duration: f.minutes(done.entry.minutes) }), undo: done.undo }, t('common.undo'));
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
                      label={t('time.cellLabel', { project: projectLabel(data, p), date: f.date(d) })}
                      onSet={async (minutes) => {
                        const apply = async () => {
                          const done = await attempt(() => setCellTotal(p.id, d, minutes));
                          if (!done) return false;
                          if (done.changed) {
                            const message =
                              minutes === 0
                                ? t('time.cellCleared', { project: p.title, date: f.date(d) })
                                : t('time.cellSet', { duration: f.minutes(minutes), project: p.title, date: f.date(d) });
                            offerUndo({ message, undo: done.undo }, t('common.undo'));
                          }
                          return true;
                        };
                        // Hours on a day well ahead (or years back) are asked about first, as in the entry forms.
                        const questions = minutes > 0 ? timeEntryQuestions(d, localToday()) : [];
                        if (questions.length > 0) {
                          cellSanity.check(questions, () => void apply());
                          return false;
                        }
                        return apply();
                      }}
                      invalidMessage={t('time.durationInvalid')}
                    />
                  </td>
                ))}
                <td className="total">{f.minutes(sum((e) => e.projectId === p.id))}</td>
              </tr>
            ))}
            {otherProjects.length > 0 && (
              <tr className="add-row">
                <th scope="row" colSpan={9} style={{ fontWeight: 'normal' }}>
                  <label className="visually-hidden" htmlFor="week-add-row">{t('time.addRow')}</label>
                  <select
                    id="week-add-row"
                    className="select"
                    style={{ width: 'auto', maxWidth: 360 }}
                    value=""
                    onChange={(e) => {
                      const id = e.target.value;
                      if (id) setAddedRows((r) => [...r, id]);
                    }}
                  >
                    <option value="">{t('time.addRowPrompt')}</option>
                    {otherProjects.map((p) => (
                      <option key={p.id} value={p.id}>{projectLabel(data, p)}</option>
                    ))}
                  </select>
                </th>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr>
              <td style={{ textAlign: 'left' }}>{t('time.total')}</td>
              {days.map((d) => (
                <td key={d}>{f.minutes(sum((e) => e.date === d))}</td>
              ))}
              <td className="total" data-testid="week-total">{f.minutes(sum(() => true))}</td>
            </tr>
          </tfoot>
        </table>
        <SanityPrompt sanity={cellSanity} autoFocus={false} />
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

/**
 * One project on one day. It shows the day's total; typing a value and Enter (or leaving the
 * cell) sets that total, an empty cell or 0 clears it, Escape puts the total back.
 */
function WeekCell({ minutes, label, onSet, invalidMessage }: { minutes: number; label: string; onSet: (minutes: number) => Promise<boolean>; invalidMessage: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const busy = useRef(false);
  const shown = minutes ? formatDurationInput(minutes) : '';
  const commit = async () => {
    if (draft === null || busy.current) return;
    const text = draft.trim();
    const m = text === '' ? 0 : parseDuration(text) ?? (/^0+([.,:]0*)?$/.test(text) ? 0 : null);
    if (m === null) {
      setInvalid(true);
      return;
    }
    if (m === minutes) {
      setDraft(null);
      return;
    }
    busy.current = true;
    try {
      if (await onSet(m)) setDraft(null);
    } finally {
      busy.current = false;
    }
  };
  return (
    <input
      className={`cell ${minutes ? 'has' : ''}`}
      aria-label={label}
      aria-invalid={invalid || undefined}
      title={invalid ? invalidMessage : undefined}
      placeholder="·"
      // Showing its saved total (nothing typed): Ctrl+Z here undoes the last change, not text.
      data-committed={draft === null ? '' : undefined}
      value={draft ?? shown}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => {
        setDraft(e.target.value);
        setInvalid(false);
      }}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && draft !== null) {
          // Escape here puts the total back; it must not also close or leave anything.
          e.stopPropagation();
          setDraft(null);
          setInvalid(false);
        }
        if (e.key === 'Enter') void commit();
      }}
    />
  );
}

/** One entry of the week: shown, or edited in place (project, date, duration, note, billable). */
function EntryRow({ entry, onDelete }: { entry: TimeEntry; onDelete: () => void }) {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const f = useFormat();
  const [editing, setEditing] = useState(false);
  // The editor's own scope: cancelling it asks about its changes only, not the manual entry's.
  const [scope] = useState(newScope);
  const project = indexDataset(data).projectsById.get(entry.projectId);
  const label = project ? projectLabel(data, project) : '';

  if (editing) {
    return (
      <li className="card tight">
        <UnsavedScope.Provider value={scope}>
          <EntryEditor
            entry={entry}
            onDone={async (changes) => {
              if (!changes) {
                setEditing(false);
                return;
              }
              const done = await attempt(() => editEntry(entry, changes));
              if (!done) return;
              setEditing(false);
              const moved = indexDataset(useApp.getState().data).projectsById.get(done.entry.projectId);
              offerUndo(
                { message: t('time.edited', { duration: f.minutes(done.entry.minutes), project: moved?.title ?? '', date: f.date(done.entry.date) }), undo: done.undo },
                t('common.undo'),
              );
            }}
          />
        </UnsavedScope.Provider>
      </li>
    );
  }
  return (
    // The buttons keep their place beside the text, however long the project's name: every row reads the same.
    <li className="row" style={{ justifyContent: 'space-between', flexWrap: 'nowrap', borderBottom: '1px solid var(--line)', paddingBottom: 8 }}>
      <div className="stack" style={{ gap: 0, minWidth: 0, flex: '1 1 auto' }}>
        <span>
          <strong className="num">{f.minutes(entry.minutes)}</strong> · {project?.title}
          <span className="muted small">{project ? ` · ${indexDataset(data).clientsById.get(project.clientId)?.name ?? ''}` : ''}</span>
          {!entry.billable && <span className="pill" style={{ marginLeft: 6 }}>{t('time.nonBillable')}</span>}
        </span>
        <span className="small muted">{f.date(entry.date)}{entry.note ? ` · ${entry.note}` : ''}</span>
      </div>
      <div className="row" style={{ flex: 'none', flexWrap: 'nowrap' }}>
        <button className="btn small" onClick={() => setEditing(true)} aria-label={t('time.editEntry', { duration: f.minutes(entry.minutes), project: label })}>{t('common.edit')}</button>
        <button className="btn small danger" onClick={onDelete} aria-label={t('time.deleteEntry', { duration: f.minutes(entry.minutes), project: label })}>{t('common.delete')}</button>
      </div>
    </li>
  );
}

/** The in-place form of an entry; `onDone(undefined)` cancels. Escape cancels too. */
function EntryEditor({ entry, onDone }: { entry: TimeEntry; onDone: (changes?: EntryChanges) => Promise<void> | void }) {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const choices = useMemo(() => {
    const list = projectChoices(data);
    const current = indexDataset(data).projectsById.get(entry.projectId);
    return current && !list.includes(current) ? [current, ...list] : list;
  }, [data, entry.projectId]);
  const [projectId, setProjectId] = useState(entry.projectId);
  const [date, setDate] = useState(entry.date);
  const [duration, setDuration] = useState(formatDurationInput(entry.minutes));
  const [note, setNote] = useState(entry.note ?? '');
  const [billable, setBillable] = useState(entry.billable);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const sanity = useSanity(`${date}|${duration}`);
  const unsaved = useUnsavedChanges(
    projectId !== entry.projectId || date !== entry.date || duration !== formatDurationInput(entry.minutes) || note !== (entry.note ?? '') || billable !== entry.billable,
  );
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  return (
    <form
      className="stack"
      aria-label={t('time.editing')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          unsaved.confirm(() => void onDone());
        }
      }}
      onSubmit={async (e) => {
        e.preventDefault();
        const minutes = parseDuration(duration);
        const errs: Record<string, string> = {};
        if (minutes === null) errs.duration = t('time.durationInvalid');
        if (!date) errs.date = t('time.dateRequired');
        else if (!isPlausibleDay(date)) errs.date = t('sanity.outOfRange');
        setErrors(errs);
        if (Object.keys(errs).length) return;
        const save = async () => {
          setPending(true);
          try {
            await onDone({ projectId, date, minutes: minutes!, billable, note: note.trim() ? note.trim() : undefined });
          } finally {
            setPending(false);
          }
        };
        // A date moved a year ahead or years back is usually a slip of the date picker: ask first.
        sanity.check(date === entry.date ? [] : timeEntryQuestions(date, localToday()), () => void save());
      }}
    >
      <div className="form-grid">
        <Field label={t('time.project')}>
          {(p) => (
            <select {...p} ref={first} className="select" value={projectId} onChange={(e) => setProjectId(e.target.value)}>
              {choices.map((pr) => (
                <option key={pr.id} value={pr.id}>{projectLabel(data, pr)}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('time.date')} error={errors.date}>
          {(p) => <DateField {...p} value={date} onChange={setDate} />}
        </Field>
        <Field label={t('time.duration')} error={errors.duration}>
          {(p) => <input {...p} className="input" value={duration} onChange={(e) => setDuration(e.target.value)} />}
        </Field>
        <Field label={t('time.note')}>
          {(p) => <input {...p} className="input" value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </div>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <label className="checkbox">
          <input type="checkbox" checked={billable} onChange={(e) => setBillable(e.target.checked)} />
          {t('time.billable')}
        </label>
        <div className="row">
          <button type="button" className="btn small" onClick={() => unsaved.confirm(() => void onDone())}>{t('common.cancel')}</button>
          <button type="submit" className="btn primary small" disabled={pending || !!sanity.pending}>{t('common.save')}</button>
        </div>
      </div>
      <SanityPrompt sanity={sanity} />
    </form>
  );
}

/** A manual entry: project, date, duration as people type it, note, billable. */
export function ManualEntry() {
  const { t } = useTranslation();
  const f = useFormat();
  const data = useApp((s) => s.data);
  const logTime = useApp((s) => s.logTime);
  const projects = useMemo(() => projectChoices(data), [data]);
  const [projectId, setProjectId] = useState('');
  // Today until the person picks a day: a form left open overnight offers the new day.
  const today = useToday();
  const [picked, setDate] = useState<string | null>(null);
  const date = picked ?? today;
  const [duration, setDuration] = useState('');
  const [note, setNote] = useState('');
  const [billable, setBillable] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submission = useSubmission();
  useUnsavedChanges(duration.trim() !== '' || note.trim() !== '');
  const chosen = projectId || projects[0]?.id || '';
  const sanity = useSanity(`${date}|${chosen}|${duration}`);

  const save = async (entryFields: { projectId: string; date: string; minutes: number }) => {
    const input = { ...entryFields, billable, ...(note.trim() ? { note: note.trim() } : {}) };
    const before = useApp.getState().data.timeEntries;
    // One submission, one entry: a repeated Enter gets the same entry back, and says nothing new.
    const entry = await submission.submit((requestId) => attempt(() => logTime({ ...input, requestId })), JSON.stringify(input));
    if (entry && !before.some((e) => e.id === entry.id)) {
      offerUndo(
        {
          message: t('time.logged', { duration: f.minutes(entry.minutes), project: data.projects.find((p) => p.id === entry.projectId)?.title ?? '' }),
          undo: () => deleteEntry(entry.id),
        },
        t('common.undo'),
      );
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
            {(p) => <DateField {...p} value={date} onChange={setDate} />}
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
