/**
 * The import preview's work, kept off the page: read the chosen file, decode it, then parse
 * and plan it (shared/csv/previewSession.ts). A worker runs it (importFile.worker.ts), so
 * a 15 MB export never freezes the window; where there is no worker the same handler runs on
 * the page. No React here.
 */
import { decodeTimeCsv } from '#shared/csv';
import { ImportSession, type ImportAnalysis, type ImportChoices, type ImportData, type PayloadChoices } from '#shared/csv/previewSession';
import type { PayloadOf } from '#shared/ipc/contract';

export { ImportSession };
export type { ClientGroup, DateOrderExample, ImportAnalysis, ImportChoices, ImportData, PayloadChoices, ProjectGroup } from '#shared/csv/previewSession';

/** How much of a file is read at a time, so the bar moves while it is read. */
const CHUNK_BYTES = 1024 * 1024;

/** Reads a file's bytes in chunks, reporting the share read (0..1). */
export async function readFileBytes(file: Blob, onProgress: (share: number) => void): Promise<Uint8Array> {
  if (typeof file.slice !== 'function' || typeof file.arrayBuffer !== 'function') {
    // Older Blob implementations: read it whole.
    const whole = await new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsArrayBuffer(file);
    });
    onProgress(1);
    return new Uint8Array(whole);
  }
  const bytes = new Uint8Array(file.size);
  for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
    const chunk = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
    bytes.set(chunk, offset);
    onProgress(Math.min(1, (offset + chunk.byteLength) / file.size));
  }
  return bytes;
}

/** Messages from the page. */
export type ImportRequest =
  | { kind: 'open'; file: Blob }
  | { kind: 'data'; data: ImportData }
  | { kind: 'analyse'; id: number; choices: ImportChoices }
  | { kind: 'payload'; id: number; choices: PayloadChoices };

/** Messages to the page; `progress` is the share of the whole preview's work done (0..1). */
export type ImportReply =
  | { kind: 'progress'; share: number }
  | { kind: 'failed' }
  | { kind: 'analysis'; id: number; analysis: ImportAnalysis }
  | { kind: 'payload'; id: number; payload: PayloadOf<'importTime'> };

/** Reading the bytes is this share of the first preview's work; parsing and planning the rest. */
const READ_SHARE = 0.3;

/**
 * The handler behind the worker (and behind the page's fallback): requests are handled
 * one after another, in the order they came, each answered through `post`.
 */
export function createImportHandler(post: (reply: ImportReply) => void): (request: ImportRequest) => Promise<void> {
  let session: ImportSession | null = null;
  let data: ImportData = { clients: [], projects: [], timeEntries: [] };
  let queue: Promise<void> = Promise.resolve();
  let failed = false;
  let lastShare = -1;
  const progress = (share: number) => {
    // A message per percent is enough for a progress bar.
    if (share - lastShare >= 0.01 || share === 1 || share < lastShare) {
      lastShare = share;
      post({ kind: 'progress', share });
    }
  };
  const handle = async (request: ImportRequest): Promise<void> => {
    if (failed) return;
    try {
      if (request.kind === 'open') {
        const bytes = await readFileBytes(request.file, (share) => progress(share * READ_SHARE));
        session = new ImportSession(decodeTimeCsv(bytes));
      } else if (request.kind === 'data') {
        data = request.data;
      } else if (request.kind === 'analyse') {
        if (!session) throw new Error('No file open.');
        // The first preview continues the reading's bar; later ones (a changed choice) have their own.
        const first = lastShare <= READ_SHARE;
        const from = first ? READ_SHARE : 0;
        lastShare = -1;
        const analysis = session.analyse(request.choices, data, (share) => progress(from + share * (1 - from)));
        post({ kind: 'analysis', id: request.id, analysis });
      } else {
        if (!session) throw new Error('No file open.');
        post({ kind: 'payload', id: request.id, payload: session.payload(request.choices) });
      }
    } catch {
      failed = true;
      post({ kind: 'failed' });
    }
  };
  return (request) => {
    queue = queue.then(() => handle(request));
    return queue;
  };
}
