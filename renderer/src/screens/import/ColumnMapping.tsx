/**
 * The column-mapping step of "Import time", for a CSV no known tracker wrote (Kimai, solidtime,
 * a spreadsheet): which column is what, how dates and decimals are written, with a live preview
 * of the first rows. The confirmed mapping is remembered for the next file with the same header.
 */
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  billableChoices,
  completeMapping,
  guessDateOrder,
  guessDecimalMark,
  guessMapping,
  headerLineKey,
  mappedColumnNames,
  mappingProblems,
  readMappedRecord,
  recalledMapping,
  rememberMapping,
  setBillableYes,
  type ColumnMapping as Mapping,
  type CsvRecord,
  type MappingDraft,
} from '#shared/csv/mapping';
import { localToday, useApp } from '../../store';
import { useFormat } from '../../lib/useFormat';
import { useImportErrorText } from './ImportFlow';
import '../../styles/columnMapping.css';

/** How many rows the step previews. */
const PREVIEW_ROWS = 8;

type ColumnField = 'date' | 'duration' | 'start' | 'end' | 'client' | 'project' | 'note' | 'billable';

/**
 * The step for a file no known tracker wrote, from its header and first records (the import's
 * worker reads them): pre-filled with the mapping remembered for this header line, or guessed;
 * the confirmed mapping is remembered for the next file with the same header.
 */
export function ColumnMappingGate({
  fileName,
  columns,
  sampleRows,
  current,
  onConfirm,
  onOtherFile,
  onClose,
}: {
  fileName: string;
  columns: string[];
  sampleRows: CsvRecord[];
  /** The mapping confirmed before, when the person comes back to change it. */
  current: Mapping | null;
  onConfirm: (mapping: Mapping) => void;
  onOtherFile: () => void;
  onClose: () => void;
}) {
  // Read once: saving the mapping updates the settings, which must not re-key the step.
  const [recalled] = useState(() => recalledMapping(useApp.getState().settings.importMappings, columns));
  const [guessed] = useState(() => guessMapping(columns, sampleRows.map((r) => r.cells)));

  const confirm = (m: Mapping) => {
    onConfirm(m);
    const settings = useApp.getState().settings;
    // Remembering is a convenience: when it cannot be saved, this import goes on all the same.
    useApp
      .getState()
      .updateSettings({
        importMappings: rememberMapping(settings.importMappings, headerLineKey(columns), { ...m, usedAt: localToday(), columnNames: mappedColumnNames(columns, m) }),
      })
      .catch(() => undefined);
  };

  return (
    <ColumnMappingStep
      fileName={fileName}
      columns={columns}
      sampleRows={sampleRows}
      initial={current ?? recalled ?? guessed}
      remembered={!current && !!recalled}
      onConfirm={confirm}
      onOtherFile={onOtherFile}
      onClose={onClose}
    />
  );
}

/** The step itself: a select per field, the date order and decimal mark, the preview, Continue. */
export function ColumnMappingStep({
  fileName,
  columns,
  sampleRows,
  initial,
  remembered,
  onConfirm,
  onOtherFile,
  onClose,
}: {
  fileName: string;
  columns: string[];
  sampleRows: CsvRecord[];
  initial: MappingDraft;
  remembered: boolean;
  onConfirm: (mapping: Mapping) => void;
  onOtherFile: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const ids = useId();
  const errorText = useImportErrorText();
  const data = useApp((s) => s.data);
  const internalName = data.clients.find((c) => c.internal)?.name ?? t('internal.defaultName');
  const [draft, setDraft] = useState<MappingDraft>(initial);
  const [showChoices, setShowChoices] = useState(!remembered);
  const top = useRef<HTMLDivElement>(null);
  const primary = useRef<HTMLButtonElement>(null);
  const firstSelect = useRef<HTMLSelectElement>(null);

  // Before the step is painted: it appears when the worker answers, and keys must land in it at once.
  useLayoutEffect(() => {
    // A remembered mapping can go straight on with Enter; a new one starts at the first choice.
    if (remembered) primary.current?.focus({ preventScroll: true });
    else firstSelect.current?.focus({ preventScroll: true });
  }, [remembered]);

  const cells = useMemo(() => sampleRows.map((r) => r.cells), [sampleRows]);
  const problems = mappingProblems(draft);
  const mapping = useMemo(() => completeMapping(draft), [draft]);
  const preview = useMemo(() => {
    if (!mapping) return [];
    return sampleRows.slice(0, PREVIEW_ROWS).map((r) => ({ line: r.line, read: readMappedRecord(r, mapping) }));
  }, [mapping, sampleRows]);
  const billable = useMemo(() => billableChoices(cells, draft.billable, draft.billableYes), [cells, draft.billable, draft.billableYes]);

  const set = <K extends keyof MappingDraft>(key: K, value: MappingDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setColumn = (field: ColumnField, column: number) => {
    setDraft((d) => {
      const next = { ...d, [field]: column };
      const values = cells.map((r) => (r[column] ?? '').trim()).filter((v) => v !== '');
      // A newly chosen column says what it can: how its dates or its decimals are written.
      if (field === 'date') next.dateOrder = guessDateOrder(values) ?? d.dateOrder;
      if (field === 'duration') {
        next.decimalMark = guessDecimalMark(values) ?? d.decimalMark;
        next.durationUnit = /min/i.test(columns[column] ?? '') ? 'minutes' : 'hours';
      }
      // A new billable column starts with its own "yes" values.
      if (field === 'billable') {
        const yes = guessMapping(columns.map((_, k) => (k === column ? 'billable' : '')), cells).billableYes;
        next.billableYes = yes;
      }
      return next;
    });
  };

  const go = () => {
    if (mapping) onConfirm(mapping);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Enter on a choice goes on, as it would in a form; buttons answer Enter themselves.
    const choice = e.target instanceof HTMLSelectElement || (e.target instanceof HTMLInputElement && e.target.type === 'checkbox');
    if (e.key === 'Enter' && choice && mapping) {
      e.preventDefault();
      go();
    }
  };

  const columnLabel = (k: number) => {
    const name = columns[k]?.trim() || t('mapping.columnN', { n: k + 1 });
    const example = cells.find((r) => (r[k] ?? '').trim() !== '')?.[k]?.trim();
    return example ? `${name} · ${example.length > 24 ? `${example.slice(0, 24)}…` : example}` : name;
  };

  const columnSelect = (field: ColumnField) => (
    <div className="field" key={field}>
      <label htmlFor={`${ids}-${field}`}>{t(`mapping.field.${field}`)}</label>
      <select
        id={`${ids}-${field}`}
        ref={field === 'date' ? firstSelect : undefined}
        className="select"
        value={draft[field]}
        onChange={(e) => setColumn(field, Number(e.target.value))}
      >
        <option value={-1}>{t('mapping.none')}</option>
        {columns.map((_, k) => (
          <option key={k} value={k}>
            {columnLabel(k)}
          </option>
        ))}
      </select>
    </div>
  );

  const example = cells.map((r) => (r[draft.date] ?? '').trim()).find((v) => /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(v));

  return (
    <div className="import-flow column-mapping stack" role="region" aria-label={t('mapping.title')} ref={top} tabIndex={-1} onKeyDown={onKeyDown}>
      <p className="small muted">{fileName}</p>
      <div className="stack" style={{ gap: 4 }}>
        <h3 className="mapping-title">{t('mapping.title')}</h3>
        {!remembered && <p className="small muted">{t('mapping.intro')}</p>}
      </div>
      {remembered && !showChoices && (
        // The same columns as last time: the choices stay folded until asked for.
        <div className="notice small mapping-remembered" role="status" data-testid="mapping-remembered">
          <span>{t('mapping.remembered')}</span>
          <button type="button" className="btn small ghost" onClick={() => setShowChoices(true)}>
            {t('mapping.editColumns')}
          </button>
        </div>
      )}

      {showChoices && (
        <>
          <fieldset className="mapping-group">
            <legend>{t('mapping.columns')}</legend>
            <div className="mapping-grid">
              {columnSelect('date')}
              {columnSelect('duration')}
              {columnSelect('start')}
              {columnSelect('end')}
              {columnSelect('client')}
              {columnSelect('project')}
              {columnSelect('note')}
              {columnSelect('billable')}
            </div>
          </fieldset>

          <fieldset className="mapping-group">
            <legend>{t('mapping.howWritten')}</legend>
            <div className="mapping-grid">
              <div className="field">
                <label htmlFor={`${ids}-order`}>{t('mapping.dateOrder')}</label>
                <select
                  id={`${ids}-order`}
                  className="select"
                  value={draft.dateOrder ?? ''}
                  onChange={(e) => set('dateOrder', e.target.value === '' ? null : (e.target.value as Mapping['dateOrder']))}
                  aria-describedby={example ? `${ids}-order-help` : undefined}
                >
                  {draft.dateOrder === null && <option value="">{t('mapping.chooseOrder')}</option>}
                  <option value="dmy">{t('mapping.order.dmy')}</option>
                  <option value="mdy">{t('mapping.order.mdy')}</option>
                  <option value="ymd">{t('mapping.order.ymd')}</option>
                </select>
                {example && (
                  <span className="help" id={`${ids}-order-help`}>
                    {t('mapping.dateOrderHelpExample', { example })}
                  </span>
                )}
              </div>
              <div className="field">
                <label htmlFor={`${ids}-mark`}>{t('mapping.decimalMark')}</label>
                <select id={`${ids}-mark`} className="select" value={draft.decimalMark} onChange={(e) => set('decimalMark', e.target.value as Mapping['decimalMark'])}>
                  <option value=",">{t('mapping.comma')}</option>
                  <option value=".">{t('mapping.point')}</option>
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${ids}-unit`}>{t('mapping.unit')}</label>
                <select
                  id={`${ids}-unit`}
                  className="select"
                  value={draft.durationUnit}
                  disabled={draft.duration < 0}
                  onChange={(e) => set('durationUnit', e.target.value as MappingDraft['durationUnit'])}
                >
                  <option value="hours">{t('mapping.unitHours')}</option>
                  <option value="minutes">{t('mapping.unitMinutes')}</option>
                </select>
              </div>
            </div>
            <fieldset className="mapping-yes" aria-describedby={`${ids}-yes-help`} data-testid="mapping-billable-yes">
              <legend>{t('mapping.billableYes')}</legend>
              {draft.billable >= 0 && billable.choices.length > 0 && (
                <div className="mapping-yes-values">
                  {billable.choices.map((c) => (
                    <label key={c.value} className="checkbox mapping-yes-value">
                      <input type="checkbox" checked={c.yes} onChange={(e) => {
                          const on = e.target.checked;
                          setDraft((d) => ({ ...d, billableYes: setBillableYes(d.billableYes, c.value, on) }));
                        }} />
                      <span>{c.value}</span>
                    </label>
                  ))}
                </div>
              )}
              <span className="help" id={`${ids}-yes-help`}>
                {draft.billable < 0
                  ? t('mapping.billableAll')
                  : billable.choices.length === 0
                    ? t('mapping.billableEmpty')
                    : billable.more > 0
                      ? `${t('mapping.billableYesHelp')} ${t('mapping.billableMore', { count: billable.more })}`
                      : t('mapping.billableYesHelp')}
              </span>
            </fieldset>
          </fieldset>
        </>
      )}

      <section aria-labelledby={`${ids}-preview`} className="stack" style={{ gap: 6 }}>
        <h3 id={`${ids}-preview`} className="mapping-title">
          {t('mapping.previewTitle', { count: Math.min(PREVIEW_ROWS, sampleRows.length) })}
        </h3>
        {mapping ? (
          // Focusable, so a keyboard can scroll a wide table.
          <div className="table-scroll mapping-preview" tabIndex={0} role="group" aria-label={t('mapping.previewTitle', { count: preview.length })}>
            <table className="table" data-testid="mapping-preview">
              <thead>
                <tr>
                  <th className="num">{t('mapping.col.line')}</th>
                  <th>{t('mapping.col.date')}</th>
                  <th className="num">{t('mapping.col.hours')}</th>
                  <th>{t('mapping.col.client')}</th>
                  <th>{t('mapping.col.project')}</th>
                  <th>{t('mapping.col.note')}</th>
                  <th>{t('mapping.col.billable')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.map(({ line, read }) =>
                  read.ok ? (
                    <tr key={line}>
                      <td className="num muted">{line}</td>
                      <td className="nowrap">{f.date(read.row.date)}</td>
                      <td className="num nowrap">{f.minutes(read.row.minutes)}</td>
                      <td>{read.row.client || <span className="muted">{t('mapping.internal', { name: internalName })}</span>}</td>
                      <td>{read.row.project || <span className="muted">—</span>}</td>
                      <td className="mapping-note">{read.row.note}</td>
                      <td>{read.row.billable ? t('mapping.yes') : t('mapping.no')}</td>
                    </tr>
                  ) : (
                    <tr key={line} className="mapping-bad">
                      <td className="num">{line}</td>
                      <td colSpan={6}>{read.errors.map((e) => errorText(e)).join(' ')}</td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="small muted">{t('mapping.previewWaits')}</p>
        )}
      </section>

      <div className="form-actions import-actions">
        {problems.length > 0 && (
          <p className="small tone-caution" role="status" data-testid="mapping-missing">
            {t(`mapping.missing.${problems[0]}`)}
          </p>
        )}
        <span className="spacer" />
        <button type="button" className="btn ghost" onClick={onOtherFile}>
          {t('import.otherFile')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn primary" ref={primary} disabled={!mapping} onClick={go}>
          {t('mapping.continue')}
        </button>
      </div>
    </div>
  );
}
