/**
 * The import preview's numbers, computed off the page (importAnalysis.ts in a worker) with
 * the share done as it goes. A change of choice while one is being computed waits for it and
 * is computed next: only the latest choice is ever shown as current.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PayloadOf } from '#shared/ipc/contract';
import { createImportHandler, type ImportAnalysis, type ImportChoices, type ImportData, type ImportReply, type ImportRequest, type PayloadChoices } from './importAnalysis';

export interface ImportAnalysisState {
  /** The latest preview computed; null until the first one is ready. */
  analysis: ImportAnalysis | null;
  /** True while the choices or the data have changed since `analysis` was computed. */
  stale: boolean;
  /** The share of the work done (0..1) while something is being computed. */
  progress: number;
  /** The file could not be read. */
  failed: boolean;
  /** The `importTime` payload for the preview shown (call only when not stale). */
  payload(choices: PayloadChoices): Promise<PayloadOf<'importTime'>>;
}

interface Port {
  send(request: ImportRequest): void;
  close(): void;
}

/** A worker when there is one; else the same handler on the page, answering asynchronously. */
function openPort(onReply: (reply: ImportReply) => void): Port {
  if (typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('./importFile.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<ImportReply>) => onReply(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        onReply({ kind: 'failed' });
      };
      return { send: (request) => worker.postMessage(request), close: () => worker.terminate() };
    } catch {
      // A worker that cannot start: the page does the work itself.
    }
  }
  let closed = false;
  const handle = createImportHandler((reply) => {
    setTimeout(() => {
      if (!closed) onReply(reply);
    });
  });
  return {
    send: (request) => {
      if (!closed) void handle(request);
    },
    close: () => {
      closed = true;
    },
  };
}

const sameChoices = (a: ImportChoices | null, b: ImportChoices): boolean =>
  !!a &&
  a.dateOrder === b.dateOrder &&
  a.clientForBlank === b.clientForBlank &&
  a.projectForBlank === b.projectForBlank &&
  a.internalName === b.internalName &&
  // The page keeps one object per confirmed mapping: the same object is the same mapping.
  (a.mapping ?? null) === (b.mapping ?? null);

/** Reads and previews `file` off the page; recomputes when `choices` or `data` change. */
export function useImportAnalysis(file: Blob, choices: ImportChoices, data: ImportData): ImportAnalysisState {
  // `computedFor`: the choices and data the analysis shown was computed for.
  const [state, setState] = useState<{ analysis: ImportAnalysis | null; computedFor: { choices: ImportChoices; data: ImportData } | null; progress: number; failed: boolean }>({
    analysis: null,
    computedFor: null,
    progress: 0,
    failed: false,
  });
  const port = useRef<Port | null>(null);
  const wanted = useRef({ choices, data });
  // Declared first, so the effects below see this render's choices.
  useEffect(() => {
    wanted.current = { choices, data };
  });
  const sent = useRef<{ choices: ImportChoices | null; data: ImportData | null; dataOnPort: ImportData | null }>({ choices: null, data: null, dataOnPort: null });
  const inFlight = useRef(false);
  const seq = useRef(0);
  const waiters = useRef(new Map<number, { resolve: (p: PayloadOf<'importTime'>) => void; reject: (e: Error) => void }>());

  const request = useCallback(() => {
    const p = port.current;
    if (!p || inFlight.current) return;
    const { choices: c, data: d } = wanted.current;
    if (sent.current.dataOnPort !== d) {
      p.send({ kind: 'data', data: { clients: d.clients, projects: d.projects, timeEntries: d.timeEntries } });
      sent.current.dataOnPort = d;
    }
    inFlight.current = true;
    sent.current.choices = c;
    sent.current.data = d;
    p.send({ kind: 'analyse', id: ++seq.current, choices: c });
  }, []);

  useEffect(() => {
    const p = openPort((reply) => {
      if (reply.kind === 'progress') {
        setState((s) => ({ ...s, progress: reply.share }));
      } else if (reply.kind === 'failed') {
        setState((s) => ({ ...s, failed: true }));
        for (const w of waiters.current.values()) w.reject(new Error('The file could not be read.'));
        waiters.current.clear();
      } else if (reply.kind === 'analysis') {
        inFlight.current = false;
        const { choices: c, data: d } = sent.current;
        if (c && d) setState({ analysis: reply.analysis, computedFor: { choices: c, data: d }, progress: 1, failed: false });
        // Choices that changed meanwhile are computed next.
        if (!(sameChoices(c, wanted.current.choices) && d === wanted.current.data)) request();
      } else {
        waiters.current.get(reply.id)?.resolve(reply.payload);
        waiters.current.delete(reply.id);
      }
    });
    port.current = p;
    inFlight.current = false;
    sent.current = { choices: null, data: null, dataOnPort: null };
    p.send({ kind: 'open', file });
    request();
    return () => {
      p.close();
      if (port.current === p) port.current = null;
    };
  }, [file, request]);

  const { dateOrder, clientForBlank, projectForBlank, internalName, mapping } = choices;
  useEffect(() => {
    if (inFlight.current || !port.current) return;
    if (sameChoices(sent.current.choices, wanted.current.choices) && sent.current.data === wanted.current.data) return;
    request();
  }, [dateOrder, clientForBlank, projectForBlank, internalName, mapping, data, request]);

  const payload = useCallback(
    (payloadChoices: PayloadChoices) =>
      new Promise<PayloadOf<'importTime'>>((resolve, reject) => {
        const p = port.current;
        if (!p) return reject(new Error('The file is closed.'));
        const id = ++seq.current;
        waiters.current.set(id, { resolve, reject });
        p.send({ kind: 'payload', id, choices: payloadChoices });
      }),
    [],
  );

  const stale = !state.computedFor || !sameChoices(state.computedFor.choices, choices) || state.computedFor.data !== data;
  return { analysis: state.analysis, stale, progress: state.progress, failed: state.failed, payload };
}
