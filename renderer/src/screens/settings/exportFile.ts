/**
 * Reading an export file ("Export everything as JSON") to restore it: its size is checked
 * before a byte is read, then it is read in chunks (with progress) and checked against the
 * model and the data limits, in a worker when there is one, so the window never stalls.
 */
import { Dataset, Settings } from '#shared/model';
import { LIST_MAX_ITEMS, MONTH_MAX_ENTRIES, RESTORE_MAX_BYTES, RESTORE_MAX_MONTH_SPAN, implausibleMonths, monthOverflow } from '#shared/limits';

/** An export that can be restored. */
export interface ReadExport {
  dataset: Dataset;
  settings: Partial<Settings>;
  exportedAt?: string;
}

/** Why a file cannot be restored, with the numbers the sentence needs. */
export type ExportProblem =
  | { reason: 'too-large'; bytes: number; max: number }
  | { reason: 'not-an-export' }
  | { reason: 'too-many'; list: keyof Dataset; count: number; max: number }
  | { reason: 'months'; first: string; last: string; span: number; max: number }
  | { reason: 'month-full'; month: string; count: number; max: number }
  | { reason: 'unreadable' };

export type ExportRead = ({ ok: true } & ReadExport) | ({ ok: false } & ExportProblem);

/** Checks the text of an export: its format, the model, and the limits a restore keeps. */
export function checkExportText(text: string): ExportRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-an-export' };
  }
  const doc = raw as { format?: unknown; dataset?: unknown; settings?: unknown; exportedAt?: unknown } | null;
  if (!doc || typeof doc !== 'object' || doc.format !== 'clientfit-backup') return { ok: false, reason: 'not-an-export' };
  const lists = doc.dataset as Record<string, unknown> | null;
  // The counts first: a list too long is refused before each item is looked at.
  if (lists && typeof lists === 'object') {
    for (const list of ['clients', 'projects', 'timeEntries', 'signals', 'colleagues', 'letters'] as const) {
      const items = lists[list];
      if (Array.isArray(items) && items.length > LIST_MAX_ITEMS) return { ok: false, reason: 'too-many', list, count: items.length, max: LIST_MAX_ITEMS };
    }
  }
  const dataset = Dataset.safeParse(doc.dataset);
  const settings = Settings.partial().safeParse(doc.settings);
  if (!dataset.success || !settings.success) return { ok: false, reason: 'not-an-export' };
  const dates = dataset.data.timeEntries.map((e) => e.date);
  const span = implausibleMonths(dates);
  if (span) return { ok: false, reason: 'months', ...span, max: RESTORE_MAX_MONTH_SPAN };
  const full = monthOverflow(dates);
  if (full) return { ok: false, reason: 'month-full', month: full.month, count: full.entries, max: MONTH_MAX_ENTRIES };
  return {
    ok: true,
    dataset: dataset.data,
    settings: settings.data,
    ...(typeof doc.exportedAt === 'string' ? { exportedAt: doc.exportedAt } : {}),
  };
}

/** How much of a file is read at a time: small enough for a smooth progress bar. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/** Reads a file's text in chunks, reporting the share read (0..1) as it goes. */
export async function readInChunks(file: Blob, onProgress: (share: number) => void): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
    const chunk = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
    parts.push(decoder.decode(chunk, { stream: true }));
    onProgress(Math.min(1, (offset + chunk.byteLength) / file.size));
  }
  parts.push(decoder.decode());
  onProgress(1);
  return parts.join('');
}

/** Checks the size, then reads and checks the file, here (the worker's job, or where there is no worker). */
export async function readExportHere(file: Blob, onProgress: (share: number) => void): Promise<ExportRead> {
  if (file.size > RESTORE_MAX_BYTES) return { ok: false, reason: 'too-large', bytes: file.size, max: RESTORE_MAX_BYTES };
  let text: string;
  try {
    text = await readInChunks(file, onProgress);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return checkExportText(text);
}

/** Messages between the page and the worker. */
export type WorkerReply = { kind: 'progress'; share: number } | { kind: 'done'; result: ExportRead };

/**
 * Reads an export file to restore: refused by size before reading; otherwise read and
 * checked in a worker (the page stays responsive and shows `onProgress`), or here when
 * workers are not available.
 */
export async function readExportFile(file: File, onProgress: (share: number) => void): Promise<ExportRead> {
  if (file.size > RESTORE_MAX_BYTES) return { ok: false, reason: 'too-large', bytes: file.size, max: RESTORE_MAX_BYTES };
  if (typeof Worker === 'undefined') return readExportHere(file, onProgress);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./exportFile.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return readExportHere(file, onProgress);
  }
  try {
    return await new Promise<ExportRead>((resolve) => {
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        if (event.data.kind === 'progress') onProgress(event.data.share);
        else resolve(event.data.result);
      };
      // A worker that cannot start (a policy, a missing file): read here instead.
      worker.onerror = (event) => {
        event.preventDefault();
        resolve(readExportHere(file, onProgress));
      };
      worker.postMessage(file);
    });
  } finally {
    worker.terminate();
  }
}
