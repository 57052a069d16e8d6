/**
 * The CSV surface: reading time exports (parse.ts), the column mapping for other CSVs
 * (mapping.ts), planning an import (plan.ts), duplicates (dedupe.ts) and the exports
 * (export.ts, exportExcel.ts). Import from here unless a file's own helpers are needed.
 */
export { CLIENTFIT_COLUMNS, CLIENTFIT_HEADER, neutralizeCell, restoreCell, toTimeCsv } from './export';
export { EXCEL_DIALECTS, excelColumns, excelHeader, toTimeExcelCsv } from './exportExcel';
export type { ExcelDialect } from './exportExcel';
export { nameKey, planImport } from './plan';
export { entryKey, fileFingerprint, splitDuplicates } from './dedupe';
export type { EntryIdentity } from './dedupe';
export type { ImportPlan, PlannedClientGroup, PlannedEntry } from './plan';
export { TRACKER_HEADERS, headerKey, matchHeader } from './trackerHeaders';
export type { TrackerField, TrackerFormat } from './trackerHeaders';
export { guessMapping, headerLineKey, mappingProblems, completeMapping, readMappedRecord, recalledMapping, rememberMapping } from './mapping';
export type { ColumnMapping, CsvRecord, MappingDraft, MappingProblem } from './mapping';
export { MAPPING_SAMPLE_ROWS, MAX_IMPORT_ERRORS, SUPPORTED_FORMATS_MESSAGE, decodeTimeCsv, parseTimeCsv, readCsvHead } from './parse';
export type { DateOrder, ImportError, ImportErrorCode, ImportFormat, ImportRow, ParseTimeCsvOptions, ParseTimeCsvResult } from './types';
