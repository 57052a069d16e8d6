import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../../../../shared/format';
import { localToday, useApp } from '../../store';
import { ImportTimeButton } from './ImportFlow';
import { backupFile, downloadFile, timeCsvFile } from './exportFiles';

/** Settings › Your data: bring time in from other tools, take everything out. */
export function DataSection() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const toast = useApp((s) => s.toast);

  const exportCsv = () => {
    const name = `clientfit-time-${localToday()}.csv`;
    downloadFile(name, timeCsvFile(data), 'text/csv;charset=utf-8');
    const minutes = data.timeEntries.reduce((s, e) => s + e.minutes, 0);
    toast(t('import.exportedCsv', { count: data.timeEntries.length, duration: formatMinutes(minutes), file: name }));
  };
  const exportJson = () => {
    const name = `clientfit-backup-${localToday()}.json`;
    downloadFile(name, JSON.stringify(backupFile(data, settings, new Date()), null, 2), 'application/json');
    toast(t('import.exportedJson', { file: name }));
  };

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
            <strong>{t('import.exportCsvTitle')}</strong>
            <p className="small muted">{t('import.exportCsvBody')}</p>
          </div>
          <button type="button" className="btn" onClick={exportCsv} disabled={data.timeEntries.length === 0}>
            {t('import.exportCsv')}
          </button>
        </div>
        <div className="data-action">
          <div>
            <strong>{t('import.exportJsonTitle')}</strong>
            <p className="small muted">{t('import.exportJsonBody')}</p>
          </div>
          <button type="button" className="btn" onClick={exportJson}>
            {t('import.exportJson')}
          </button>
        </div>
      </div>
    </section>
  );
}
