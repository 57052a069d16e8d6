/**
 * "Import time": choose a CSV file, see what it would do (format, totals, clients and
 * projects matched or created, lines with problems, questions), then confirm. Nothing is
 * written before Confirm, and the backend writes all of it or none of it.
 */
import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvRecord, DateOrder, ImportError, ImportFormat } from '#shared/csv';
import { LIMITS, type ColumnMapping } from '#shared/model';
import type { ImportRecord } from '#shared/ipc/contract';
import { errorText as refusalText } from '../../lib/errorText';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store';
import { useFormat } from '../../lib/useFormat';
import { PROJECT_KINDS } from '../ProjectForm';
import { ColumnMappingGate } from './ColumnMapping';
import { ImportProgress } from './ImportProgress';
import { useImportAnalysis } from './useImportAnalysis';

/** Errors about the whole file rather than one of its lines. */
const FILE_ERRORS = new Set(['empty-file', 'not-text', 'unknown-format', 'not-utf8', 'no-rows']);

/** The button that opens the import, for the Time screen and Settings. */
export function ImportTimeButton({ className = 'btn' }: { className?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {t('import.open')}
      </button>
      {open && (
        <Dialog title={t('import.title')} onClose={() => setOpen(false)}>
          <ImportFlow onClose={() => setOpen(false)} />
        </Dialog>
      )}
    </>
  );
}

/** The whole flow: pick a file, then its preview. */
export function ImportFlow({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  // The file itself goes to the preview, which reads it off the page with progress.
  const [file, setFile] = useState<File | null>(null);
  const inputId = useId();

  const take = (chosen: File | undefined) => {
    if (chosen) setFile(chosen);
  };

  if (file) {
    return <ImportPreview key={`${file.name}:${file.size}:${file.lastModified}`} fileName={file.name} file={file} onOtherFile={() => setFile(null)} onClose={onClose} />;
  }
  return (
    <div className="import-flow stack">
      <p className="muted">{t('import.intro')}</p>
      <label
        className="file-pick"
        htmlFor={inputId}
        onDragOver={(e: DragEvent) => e.preventDefault()}
        onDrop={(e: DragEvent) => {
          e.preventDefault();
          take(e.dataTransfer.files[0]);
        }}
      >
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          className="visually-hidden"
          aria-describedby={`${inputId}-help`}
          onChange={(e) => take(e.target.files?.[0])}
        />
        <strong>{t('import.choose')}</strong>
        <span className="small muted" id={`${inputId}-help`}>
          {t('import.formats')}
        </span>
      </label>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

/** A line's problem in the person's language; the file's own value, when the message quotes one, is kept. */
export function useImportErrorText() {
  const { t } = useTranslation();
  return (e: ImportError) => {
    const value = /"([^"]*)"/.exec(e.message)?.[1] ?? '';
    return t(`import.errors.${e.code}`, { value, defaultValue: e.message });
  };
}

/** A language's name in the app's language ("alemán", "German"), from the platform's own table. */
function languageName(code: string, appLanguage: string): string {
  try {
    return new Intl.DisplayNames([appLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** What the file would import, the questions it raises, and Confirm. */
export function ImportPreview({
  fileName,
  file,
  onOtherFile,
  onClose,
}: {
  fileName: string;
  file: Blob;
  onOtherFile: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const toast = useApp((s) => s.toast);
  const errorText = useImportErrorText();
  const ids = useId();
  // The file input is gone once a file is chosen: focus moves to the preview, so keys (Escape, Tab) still work.
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => top.current?.focus({ preventScroll: true }), []);

  const [dateOrder, setDateOrder] = useState<DateOrder | null>(null);
  const [clientForBlank, setClientForBlank] = useState('');
  const [projectForBlank, setProjectForBlank] = useState(() => t('import.defaultProject'));
  const [kind, setKind] = useState(settings.specialties[0] ?? 'branding');
  const [importing, setImporting] = useState(false);
  const inFlight = useRef(false);
  const [failure, setFailure] = useState('');
  const [showAllErrors, setShowAllErrors] = useState(false);
  // A file no known tracker wrote: its columns and first records, then the mapping the person confirms.
  const [head, setHead] = useState<{ columns: string[]; sampleRows: CsvRecord[] } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [editingMapping, setEditingMapping] = useState(false);

  const internalName = data.clients.find((c) => c.internal)?.name ?? t('internal.defaultName');
  // Parsed, planned and compared with what is here off the page: a 15 MB file never freezes it.
  const choices = useMemo(() => ({ dateOrder, clientForBlank, projectForBlank, internalName, mapping }), [dateOrder, clientForBlank, projectForBlank, internalName, mapping]);
  const analysis = useImportAnalysis(file, choices, data);
  // The progress view is replaced by the preview: focus follows, so keys keep working.
  const ready = analysis.analysis !== null;
  useEffect(() => {
    if (ready) top.current?.focus({ preventScroll: true });
  }, [ready]);
  const [includeDuplicates, setIncludeDuplicates] = useState(false);
  const [before, setBefore] = useState<ImportRecord>();
  const fingerprint = analysis.analysis?.fingerprint;
  useEffect(() => {
    if (!fingerprint) return;
    let alive = true;
    // Only to recognise the file: when the list cannot be read, the preview is the same without it.
    useApp.getState().listImports()
      .then((list) => alive && setBefore(list.find((r) => r.hash === fingerprint)))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [fingerprint]);

  const kinds = useMemo(() => [...new Set([...settings.specialties, ...PROJECT_KINDS])], [settings.specialties]);

  const unknownHead = analysis.analysis?.parsed.format === 'unknown' ? analysis.analysis.parsed : null;
  // Kept once read: the analyses after a mapping no longer carry it, and "Change columns" needs it.
  if (unknownHead?.columns?.length && unknownHead.sampleRows?.length && head?.columns !== unknownHead.columns) {
    setHead({ columns: unknownHead.columns, sampleRows: unknownHead.sampleRows });
  }
  const view: 'progress' | 'mapping' | 'preview' =
    !analysis.analysis || analysis.failed
      ? 'progress'
      : head && (editingMapping || (!mapping && unknownHead))
        ? 'mapping'
        : // A confirmed mapping's first reading: its progress, not the unknown file's error.
          mapping && unknownHead
          ? 'progress'
          : 'preview';
  useEffect(() => {
    // Back from the mapping step: focus returns to the dialog's content, so keys keep working.
    if (view !== 'mapping') top.current?.focus({ preventScroll: true });
  }, [view]);

  if (view === 'mapping' && head) {
    return (
      <ColumnMappingGate
        fileName={fileName}
        columns={head.columns}
        sampleRows={head.sampleRows}
        current={mapping}
        onConfirm={(m) => {
          setMapping(m);
          setEditingMapping(false);
        }}
        onOtherFile={onOtherFile}
        onClose={onClose}
      />
    );
  }
  if (view === 'progress' || !analysis.analysis) {
    return <ImportProgress fileName={fileName} share={analysis.progress} failed={analysis.failed} onOtherFile={onOtherFile} onClose={onClose} focusRef={top} />;
  }
  const { parsed, plan, groups, example, blankClients, blankProjects } = analysis.analysis;
  const duplicates = analysis.analysis.duplicates;
  const toImport = includeDuplicates ? plan.entryCount : plan.entryCount - duplicates.count;
  const toImportMinutes = includeDuplicates ? plan.totalMinutes : plan.totalMinutes - duplicates.minutes;
  const fileError = parsed.errors.find((e) => FILE_ERRORS.has(e.code) && parsed.rowCount === 0);
  const lineErrors = parsed.errors.filter((e) => !FILE_ERRORS.has(e.code));

  const blockers: string[] = [];
  if (parsed.needsDateOrder && !dateOrder) blockers.push(t('import.needDateOrder'));
  if (clientForBlank.trim().length > LIMITS.name) blockers.push(t('import.nameTooLong'));
  if (blankProjects > 0 && !projectForBlank.trim()) blockers.push(t('import.needProject', { count: blankProjects }));
  if (projectForBlank.trim().length > LIMITS.name) blockers.push(t('import.nameTooLong'));

  const confirm = async () => {
    // A second click before the first has re-rendered the button as disabled imports nothing more.
    if (inFlight.current) return;
    inFlight.current = true;
    setImporting(true);
    setFailure('');
    try {
      // Built where the plan is (the worker): the page receives the rows only now.
      const payload = await analysis.payload({ kind, includeDuplicates, fileName });
      const result = await useApp.getState().importTime(payload);
      const added = result.entries > 0 ? t('import.done', { count: result.entries, duration: f.minutes(toImportMinutes) }) : t('import.nothingNew');
      toast(result.skipped > 0 ? `${added} ${t('import.skippedDone', { count: result.skipped })}` : added);
      onClose();
    } catch (error) {
      setFailure(refusalText(error));
      setImporting(false);
    } finally {
      inFlight.current = false;
    }
  };

  const formatName = (format: ImportFormat) => (format === 'mapped' ? t('mapping.formatName') : t(`import.format.${format}`));

  if (fileError) {
    return (
      <div className="import-flow stack" ref={top} tabIndex={-1}>
        <p className="small muted">{fileName}</p>
        <div className="notice error" role="alert">
          <div className="stack" style={{ gap: 4 }}>
            <strong>{t('import.cannotRead')}</strong>
            <p className="small">{errorText(fileError)}</p>
          </div>
        </div>
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn primary" onClick={onOtherFile}>
            {t('import.otherFile')}
          </button>
        </div>
      </div>
    );
  }

  const shownErrors = showAllErrors ? lineErrors : lineErrors.slice(0, 8);

  return (
    <div className="import-flow stack" aria-label={t('import.previewTitle')} role="region" ref={top} tabIndex={-1}>
      <div className="import-summary" data-testid="import-summary">
        <div className="stat">
          <span className="label">{t('import.file')}</span>
          <span className="value small-value" title={fileName}>
            {fileName}
          </span>
          <span className="note">
            {parsed.language && parsed.language !== 'en'
              ? t('import.detectedIn', { format: formatName(parsed.format), language: languageName(parsed.language, f.language) })
              : t('import.detected', { format: formatName(parsed.format) })}
          </span>
        </div>
        <div className="stat">
          <span className="label">{t('import.entries')}</span>
          <span className="value" data-testid="import-count">
            {f.number(toImport, 0)}
          </span>
          <span className="note">
            {lineErrors.length > 0
              ? t('import.skipped', { count: new Set(lineErrors.map((e) => e.line)).size })
              : duplicates.count > 0 && !includeDuplicates
                ? t('import.alreadyThere', { count: duplicates.count })
                : t('import.noProblems')}
          </span>
        </div>
        <div className="stat">
          <span className="label">{t('import.total')}</span>
          <span className="value" data-testid="import-total">
            {f.minutes(toImportMinutes)}
          </span>
          {/* The decimal hours only when they say something the total does not (1 h 30 min: 1,5 h). */}
          {toImportMinutes % 60 !== 0 && <span className="note">{f.hours(toImportMinutes / 60, 2)}</span>}
        </div>
      </div>

      {parsed.skipped && parsed.skipped.shortEntries > 0 && (
        // Timers started by mistake: one line for all of them, not one problem each.
        <p className="small muted" role="status" data-testid="import-short-entries">
          {t('import.shortEntries', { count: parsed.skipped.shortEntries })}
        </p>
      )}

      {before && (
        <p className="notice small" role="status" data-testid="import-before">
          {t('import.importedBefore', {
            date: new Intl.DateTimeFormat(f.language === 'es' ? 'es-ES' : 'en-GB', { day: 'numeric', month: 'short' }).format(new Date(before.at)),
            time: new Intl.DateTimeFormat(f.language === 'es' ? 'es-ES' : 'en-GB', { timeStyle: 'short' }).format(new Date(before.at)),
          })}
        </p>
      )}

      {duplicates.count > 0 && (
        <div className="import-question" data-testid="import-duplicates">
          <p>
            <strong>{t('import.duplicates', { count: duplicates.count })}</strong>
          </p>
          <p className="small muted">{t('import.duplicatesHelp')}</p>
          <label className="checkbox">
            <input type="checkbox" checked={includeDuplicates} onChange={(e) => setIncludeDuplicates(e.target.checked)} />
            {t('import.includeDuplicates', { count: duplicates.count })}
          </label>
        </div>
      )}

      {parsed.needsDateOrder && example && (
        <fieldset className="import-question">
          <legend>{t('import.dateOrderQuestion')}</legend>
          <p className="small muted">{t('import.dateOrderHelp', { example: example.raw })}</p>
          <div className="segmented">
            <button type="button" aria-pressed={dateOrder === 'dmy'} onClick={() => setDateOrder('dmy')}>
              {t('import.dayMonth', { date: f.date(example.dmy) })}
            </button>
            <button type="button" aria-pressed={dateOrder === 'mdy'} onClick={() => setDateOrder('mdy')}>
              {t('import.monthDay', { date: f.date(example.mdy) })}
            </button>
          </div>
        </fieldset>
      )}

      {(blankClients > 0 || blankProjects > 0 || plan.projectsToCreate.length > 0) && (
        <div className="form-grid">
          {blankClients > 0 && (
            <div className="field">
              <label htmlFor={`${ids}-client`}>{t('import.clientForBlank', { count: blankClients })}</label>
              <input
                id={`${ids}-client`}
                className="input"
                list={`${ids}-clients`}
                value={clientForBlank}
                placeholder={internalName}
                onChange={(e) => setClientForBlank(e.target.value)}
                aria-describedby={`${ids}-client-help`}
              />
              <datalist id={`${ids}-clients`}>
                {data.clients.map((c) => (
                  <option key={c.id} value={c.name} />
                ))}
              </datalist>
              <span className="help" id={`${ids}-client-help`}>
                {t('import.clientForBlankHelp', { name: internalName })}
              </span>
            </div>
          )}
          {blankProjects > 0 && (
            <div className="field">
              <label htmlFor={`${ids}-project`}>{t('import.projectForBlank', { count: blankProjects })}</label>
              <input id={`${ids}-project`} className="input" value={projectForBlank} onChange={(e) => setProjectForBlank(e.target.value)} />
            </div>
          )}
          {plan.projectsToCreate.length > 0 && (
            <div className="field">
              <label htmlFor={`${ids}-kind`}>{t('import.kind')}</label>
              <select id={`${ids}-kind`} className="select" value={kind} onChange={(e) => setKind(e.target.value)} aria-describedby={`${ids}-kind-help`}>
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`, { defaultValue: k })}
                  </option>
                ))}
              </select>
              <span className="help" id={`${ids}-kind-help`}>
                {t('import.kindHelp', { rate: f.rate(settings.targetHourlyRate) })}
              </span>
            </div>
          )}
        </div>
      )}

      {groups.length > 0 && (
        // Focusable, so a keyboard can scroll a long list of clients and projects.
        <div className="table-scroll import-groups" tabIndex={0} role="group" aria-label={t('import.whatTitle')}>
          <table className="table">
            <caption className="visually-hidden">{t('import.whatTitle')}</caption>
            <thead>
              <tr>
                <th>{t('import.col.clientProject')}</th>
                <th>{t('import.col.status')}</th>
                <th className="num">{t('import.col.entries')}</th>
                <th className="num">{t('import.col.hours')}</th>
              </tr>
            </thead>
            {groups.map((g) => (
              <tbody key={`${g.internal ? 'internal:' : ''}${g.client}`}>
                <tr className="group-row">
                  <th scope="row">{g.client}</th>
                  <td>
                    {g.internal ? (
                      <span className="pill">{t('import.internalClient')}</span>
                    ) : (
                      <span className={`pill ${g.isNew ? 'projection' : 'good'}`}>{g.isNew ? t('import.newClient') : t('import.existingClient')}</span>
                    )}
                  </td>
                  <td className="num">{f.number(g.entries, 0)}</td>
                  <td className="num">{f.minutes(g.minutes)}</td>
                </tr>
                {g.projects.map((p) => (
                  <tr key={p.project || '—'} className="sub-row">
                    <td>{p.project || <span className="muted">{t('import.noProject')}</span>}</td>
                    <td>
                      {g.client && p.project ? (
                        <span className={`pill ${p.isNewProject ? 'projection' : 'good'}`}>
                          {p.isNewProject ? t('import.newProject') : t('import.existingProject')}
                        </span>
                      ) : null}
                    </td>
                    <td className="num">{f.number(p.entries, 0)}</td>
                    <td className="num">{f.minutes(p.minutes)}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}

      {lineErrors.length > 0 && (
        <section className="import-errors" aria-labelledby={`${ids}-errors`}>
          <h3 id={`${ids}-errors`}>{t('import.problemsTitle', { count: lineErrors.length })}</h3>
          <p className="small muted">{t('import.problemsHelp')}</p>
          <ul>
            {shownErrors.map((e, i) => (
              <li key={`${e.line}-${e.code}-${i}`}>
                <span className="line-no">{t('import.line', { line: e.line })}</span>
                <span>{errorText(e)}</span>
              </li>
            ))}
          </ul>
          {lineErrors.length > shownErrors.length && (
            <button type="button" className="btn small ghost" onClick={() => setShowAllErrors(true)}>
              {t('import.showAllProblems', { count: lineErrors.length })}
            </button>
          )}
        </section>
      )}

      {failure && (
        <p className="notice error small" role="alert">
          {failure}
        </p>
      )}

      <div className="form-actions import-actions">
        {analysis.stale ? (
          <p className="small muted" role="status">
            {t('import.updating')}
          </p>
        ) : blockers.length > 0 ? (
          <p className="small tone-caution" role="status">
            {blockers[0]}
          </p>
        ) : toImport === 0 && plan.entryCount > 0 ? (
          <p className="small tone-caution" role="status">
            {t('import.nothingNew')}
          </p>
        ) : (
          // Every line a timer started by mistake: say why Import waits, not just "0".
          plan.entryCount === 0 &&
          (parsed.skipped?.shortEntries ?? 0) > 0 && (
            <p className="small tone-caution" role="status" data-testid="import-only-short">
              {t('import.onlyShortEntries')}
            </p>
          )
        )}
        <span className="spacer" />
        {mapping && (
          <button type="button" className="btn ghost" onClick={() => setEditingMapping(true)} disabled={importing}>
            {t('mapping.editColumns')}
          </button>
        )}
        <button type="button" className="btn ghost" onClick={onOtherFile} disabled={importing}>
          {t('import.otherFile')}
        </button>
        <button type="button" className="btn" onClick={onClose} disabled={importing}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn primary"
          disabled={importing || analysis.stale || blockers.length > 0 || toImport === 0}
          onClick={() => void confirm()}
        >
          {importing ? t('import.importing') : t('import.confirm', { count: toImport, duration: f.minutes(toImportMinutes) })}
        </button>
      </div>
    </div>
  );
}
