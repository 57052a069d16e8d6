import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from '#shared/format';
import { attempt, localToday, useApp } from '../../store';
import { errorText } from '../../lib/errorText';
import { ImportTimeButton } from './ImportFlow';
import { ImportMappingsSection } from '../settings/ImportMappingsSection';
import { backupFile, timeCsvFile, timeExcelFile } from './exportFiles';

type ExportKind = 'csv' | 'excel' | 'json';

/** Settings › Your data: bring time in from other tools, take everything out. */
export function DataSection() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const toast = useApp((s) => s.toast);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  // A second click while the save dialog is open must not open another one.
  const inFlight = useRef(false);

  /** Saves through the save dialog; says where the file went, with "Show in folder". Cancelled: nothing. */
  const save = async (kind: ExportKind, name: string, content: () => string, said: (file: string) => string) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(kind);
    try {
      const saved = await useApp.getState().saveExport({ name, content: content() });
      if (!saved) return;
      toast(said(saved.name), {
        action: { label: t('import.showInFolder'), run: () => void attempt(() => useApp.getState().showInFolder(saved.path)) },
      });
    } catch (error) {
      // The refusal is worded in the person's language (ApiError's message), saying what to do next.
      toast(errorText(error), { tone: 'error' });
    } finally {
      inFlight.current = false;
      setBusy(null);
    }
  };

  const minutes = data.timeEntries.reduce((s, e) => s + e.minutes, 0);
  const timeSaid = (file: string) => t('import.exportedCsv', { count: data.timeEntries.length, duration: formatMinutes(minutes, settings.language), file });
  const exportCsv = () => save('csv', `clientfit-time-${localToday()}.csv`, () => timeCsvFile(data), timeSaid);
  const exportExcel = () =>
    save('excel', t('import.excelFileName', { date: localToday() }), () => timeExcelFile(data, settings.language), timeSaid);
  const exportJson = () =>
    save(
      'json',
      `clientfit-backup-${localToday()}.json`,
      () => JSON.stringify(backupFile(data, settings, new Date()), null, 2),
      (file) => t('import.exportedJson', { file }),
    );
  const noTime = data.timeEntries.length === 0;

  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title" style={{ marginBottom: 4 }}>
        {t('import.dataTitle')}
      </h2>
      <p className="small muted" style={{ marginBottom: 16 }}>
        {t('import.dataSubtitle')}
      </p>
      <div className="data-actions">
        <div className="data-action">
          <div>
            <strong>{t('import.importTitle')}</strong>
            <p className="small muted">{t('import.importBody')}</p>
          </div>
          <ImportTimeButton />
        </div>
        <div className="data-action">
          <div>
            <strong>{t('import.exportExcelTitle')}</strong>
            <p className="small muted">{t('import.exportExcelBody')}</p>
          </div>
          <button type="button" className="btn" onClick={() => void exportExcel()} disabled={noTime || busy !== null}>
            {busy === 'excel' ? t('import.saving') : t('import.exportExcel')}
          </button>
        </div>
        <div className="data-action">
          <div>
            <strong>{t('import.exportCsvTitle')}</strong>
            <p className="small muted">{t('import.exportCsvBody')}</p>
          </div>
          <button type="button" className="btn" onClick={() => void exportCsv()} disabled={noTime || busy !== null}>
            {busy === 'csv' ? t('import.saving') : t('import.exportCsv')}
          </button>
        </div>
        <div className="data-action">
          <div>
            <strong>{t('import.exportJsonTitle')}</strong>
            <p className="small muted">{t('import.exportJsonBody')}</p>
          </div>
          <button type="button" className="btn" onClick={() => void exportJson()} disabled={busy !== null}>
            {busy === 'json' ? t('import.saving') : t('import.exportJson')}
          </button>
        </div>
      </div>
      <ImportMappingsSection />
    </section>
  );
}
