import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '#shared/ipc/contract';
import type { Dataset, Settings } from '#shared/model';
import { Dialog } from '../../components/Dialog';
import { ApiError, attempt, useApp } from '../../store';
import { useFormat } from '../../lib/useFormat';
import { errorText } from '../../lib/errorText';
import { readExportFile, type ExportProblem } from './exportFile';

type Pending = { kind: 'backup'; backup: BackupInfo } | { kind: 'file'; name: string; exportedAt?: string; dataset: Dataset; settings: Partial<Settings> };

/** Why a restore was refused, as the dialog shows it; `retry` when trying again can help (a disk, not the file). */
interface Refused {
  text: string;
  retry: boolean;
}

/** A full disk or a file in use may clear up; a damaged backup or a file's content will not. */
function refusedText(error: unknown): Refused {
  const retry = !(error instanceof ApiError) || error.code === 'write-failed' || error.code === 'internal';
  return { text: errorText(error), retry };
}

/** Settings › Backups: the automatic backups, restoring one or an export, the folder. */
export function BackupsSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const toast = useApp((s) => s.toast);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  /** The refusal of the last try, shown inside the dialog until it closes or tries again. */
  const [refused, setRefused] = useState<Refused | null>(null);
  const refusedRef = useRef<HTMLParagraphElement>(null);
  const [fileError, setFileError] = useState<string>();
  /** The file being read and checked, and the share read so far. */
  const [reading, setReading] = useState<{ name: string; share: number } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    const list = await attempt(() => useApp.getState().listBackups());
    if (list) setBackups(list);
  }, []);
  useEffect(() => {
    let alive = true;
    void attempt(() => useApp.getState().listBackups()).then((list) => {
      if (alive && list) setBackups(list);
    });
    return () => {
      alive = false;
    };
  }, []);

  const minuteOf = (b: BackupInfo) => b.createdAt.slice(0, 16);
  /** Minutes that hold more than one backup: those show their seconds, so no two rows read the same. */
  const sharedMinutes = new Set((backups ?? []).map(minuteOf).filter((m, i, all) => all.indexOf(m) !== i));
  const when = (b: BackupInfo) =>
    `${f.date(b.date)} ${new Intl.DateTimeFormat(f.language === 'es' ? 'es-ES' : 'en-GB', { timeStyle: sharedMinutes.has(minuteOf(b)) ? 'medium' : 'short' }).format(new Date(b.createdAt))}`;
  const why = (b: BackupInfo) =>
    b.label && b.detail
      ? t(`backups.labelDetail.${b.label}`, { detail: b.detail, defaultValue: t(`backups.label.${b.label}`, { defaultValue: b.label }) })
      : t(`backups.label.${b.label ?? 'daily'}`, { defaultValue: b.label ?? '' });
  const size = (bytes: number) =>
    bytes < 1024 * 1024 ? `${f.number(Math.max(1, Math.round(bytes / 1024)), 0)} KB` : `${f.number(bytes / 1024 / 1024, 1)} MB`;
  const month = (m: string) => new Intl.DateTimeFormat(f.language === 'es' ? 'es-ES' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-01T00:00:00Z`));
  /** Why a file cannot be restored, as a sentence that says what to do. */
  const problemText = (name: string, p: ExportProblem): string => {
    switch (p.reason) {
      case 'too-large':
        return t('backups.fileTooLarge', { name, size: size(p.bytes), max: size(p.max) });
      case 'too-many':
        return t('backups.fileTooMany', { name, count: p.count, what: t(`backups.list.${p.list}`), max: f.number(p.max, 0), formatted: f.number(p.count, 0) });
      case 'months':
        return t('backups.fileMonths', { name, first: month(p.first), last: month(p.last), count: p.span, formatted: f.number(p.span, 0), max: f.number(p.max, 0) });
      case 'month-full':
        return t('backups.fileMonthFull', { name, month: month(p.month), count: p.count, formatted: f.number(p.count, 0), max: f.number(p.max, 0) });
      case 'unreadable':
        return t('backups.fileUnreadable', { name });
      case 'not-an-export':
        return t('backups.notAnExport', { name });
    }
  };

  const close = () => {
    setPending(null);
    setRefused(null);
  };
  const restore = async () => {
    if (!pending) return;
    setBusy(true);
    setRefused(null);
    try {
      if (pending.kind === 'backup') await useApp.getState().restoreBackup(pending.backup.id);
      else await useApp.getState().restoreDataset({ dataset: pending.dataset, settings: pending.settings });
    } catch (error) {
      // Said inside the dialog, where the person is looking: nothing is still running or retrying.
      setBusy(false);
      setRefused(refusedText(error));
      // A refusal may come after the backup taken before the restore: the list shows it.
      await refresh();
      return;
    }
    setBusy(false);
    close();
    toast(t('backups.restored'));
    await refresh();
  };
  useEffect(() => {
    // The message takes the focus, so a screen reader reads it and Tab goes on to the buttons.
    if (refused) refusedRef.current?.focus();
  }, [refused]);

  return (
    <section className="card" aria-labelledby="backups-title">
      <div className="card-head">
        <h2 id="backups-title">{t('backups.title')}</h2>
        <button className="btn small" onClick={() => void attempt(() => useApp.getState().openDataFolder('backups'))}>
          {t('backups.openFolder')}
        </button>
      </div>
      <p className="small muted" style={{ marginBottom: 12 }}>{t('backups.body')}</p>
      {backups === null ? null : backups.length === 0 ? (
        <p className="muted">{t('backups.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('backups.col.when')}</th>
              <th>{t('backups.col.why')}</th>
              <th className="num">{t('backups.col.size')}</th>
              <th><span className="visually-hidden">{t('common.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.id}>
                <td className="tabular">{when(b)}</td>
                <td>{why(b)}</td>
                <td className="num">{size(b.bytes)}</td>
                <td className="num">
                  <button className="btn small" onClick={() => setPending({ kind: 'backup', backup: b })} aria-label={t('backups.restoreOne', { when: when(b) })}>
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="row" style={{ marginTop: 16 }}>
        <button className="btn" onClick={() => fileInput.current?.click()} disabled={reading !== null}>{t('backups.fromFile')}</button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          aria-label={t('backups.fromFile')}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file || reading) return;
            setFileError(undefined);
            setReading({ name: file.name, share: 0 });
            const read = await readExportFile(file, (share) => setReading({ name: file.name, share }));
            setReading(null);
            if (!read.ok) {
              setFileError(problemText(file.name, read));
              return;
            }
            setPending({ kind: 'file', name: file.name, dataset: read.dataset, settings: read.settings, ...(read.exportedAt ? { exportedAt: read.exportedAt } : {}) });
          }}
        />
        {reading && (
          <span className="row small muted" role="status">
            {reading.share < 1
              ? t('backups.reading', { name: reading.name, percent: Math.round(reading.share * 100) })
              : t('backups.checking', { name: reading.name })}
            <progress max={100} value={Math.round(reading.share * 100)} aria-label={t('backups.readingLabel', { name: reading.name })} />
          </span>
        )}
        {fileError && <span className="small tone-bad" role="alert">{fileError}</span>}
      </div>

      {pending && (
        <Dialog title={t('backups.confirmTitle')} onClose={() => !busy && close()}>
          <p>
            {pending.kind === 'backup'
              ? t('backups.confirmBackup', { when: when(pending.backup) })
              : t('backups.confirmFile', {
                  name: pending.name,
                  clients: t('numbers.clientCount', { count: pending.dataset.clients.length }),
                  entries: t('numbers.entryCount', { count: pending.dataset.timeEntries.length }),
                  when: pending.exportedAt ? f.date(pending.exportedAt.slice(0, 10)) : '—',
                })}
          </p>
          <p className="small muted" style={{ marginTop: 8 }}>{t('backups.confirmSafety')}</p>
          {busy && (
            <p className="small muted" role="status" style={{ marginTop: 8 }}>{t('backups.restoring')}</p>
          )}
          {refused && (
            <p ref={refusedRef} className="notice error" role="alert" tabIndex={-1} style={{ marginTop: 12 }}>
              {refused.text}
            </p>
          )}
          <div className="form-actions">
            <button className="btn" onClick={close} disabled={busy}>{refused ? t('backups.close') : t('common.cancel')}</button>
            {(!refused || refused.retry) && (
              <button className="btn primary" onClick={() => void restore()} disabled={busy} aria-busy={busy}>
                {refused
                  ? t('common.retry')
                  : pending.kind === 'backup'
                    ? t('backups.confirmRestore', { date: f.date(pending.backup.date) })
                    : t('backups.confirmRestoreFile')}
              </button>
            )}
          </div>
        </Dialog>
      )}
    </section>
  );
}
