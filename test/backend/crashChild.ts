/**
 * The process crash.test.ts kills. It loads the backend, tells the parent it is ready
 * to start (so the next one can load while the current one runs), then on `go` opens
 * the data folder and writes without pause until it is killed. Each write is printed
 * twice on stdout: `I {...}` before invoke (the intent) and `A {...}` after invoke
 * answered ok (the acknowledgement), so the parent knows what must be on disk.
 */
import { openBackend } from '../../electron/backend/index';
import type { Client, Dataset, Project, TimeEntry } from '#shared/model';
import { rng } from '../support/generate';

export interface Go {
  type: 'go';
  dataDir: string;
  seed: number;
  /** The fake clock's start: later for each run, so time only moves forward. */
  clockStart: number;
}

const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
/** Fake seconds per real millisecond: a few writes make a minute, so timers log entries. */
const CLOCK_SPEED = 20_000;

// stdout is a pipe: Node writes to pipes synchronously on Linux and macOS, so a line is
// in the parent's hands as soon as write() returns, before the next write starts.
const say = (tag: 'I' | 'A' | 'E' | 'R', body: unknown) => process.stdout.write(`${tag} ${JSON.stringify(body)}\n`);

async function run(go: Go): Promise<never> {
  const t0 = performance.now();
  const backend = await openBackend({
    dataDir: go.dataDir,
    now: () => new Date(go.clockStart + (performance.now() - t0) * CLOCK_SPEED),
  });
  const r = rng(go.seed);
  const first = await backend.invoke('getDataset');
  if (!first.ok) throw new Error(first.error.message);
  const data = first.value as Dataset;
  const clients: string[] = data.clients.map((c) => c.id);
  const projects: string[] = data.projects.map((p) => p.id);
  const entries: string[] = data.timeEntries.map((e) => e.id);
  const date = () => `${r.pick(MONTHS)}-${String(r.int(1, 28)).padStart(2, '0')}`;
  say('R', { clients: clients.length, projects: projects.length, entries: entries.length });

  for (let n = 0; ; n++) {
    // Let queued work run now and then (the daily backup waits for setImmediate).
    if (n % 8 === 7) await new Promise((resolve) => setImmediate(resolve));
    const roll = r.next();
    let op: string;
    let payload: Record<string, unknown>;
    if (clients.length < 3 || (roll < 0.08 && clients.length < 200)) {
      op = 'createClient';
      payload = { name: `Cliente ${go.seed}-${n}`, source: r.pick(['web', 'referral', 'event'] as const), status: 'active', notes: 'x'.repeat(r.int(0, 200)) };
    } else if (projects.length < 3 || roll < 0.16) {
      op = 'createProject';
      payload = { clientId: r.pick(clients), title: `Proyecto ${go.seed}-${n}`, kind: 'branding', pricing: { mode: 'fixed', amount: r.int(1, 5000) * 100 }, status: 'in-progress' };
    } else if (entries.length < 5 || roll < 0.5) {
      op = 'logTime';
      payload = { projectId: r.pick(projects), date: date(), minutes: r.int(1, 600), billable: r.next() < 0.8, ...(r.next() < 0.3 ? { note: `n${n}` } : {}) };
    } else if (roll < 0.72) {
      // Half of the updates move the entry to another month, forwards or backwards.
      op = 'updateTimeEntry';
      payload = { id: r.pick(entries), minutes: r.int(1, 600), ...(r.next() < 0.5 ? { date: date() } : {}) };
    } else if (roll < 0.78) {
      op = 'deleteTimeEntry';
      payload = { id: r.pick(entries) };
    } else if (roll < 0.88) {
      op = 'updateSettings';
      // The sped-up clock makes every timer a long one: a week before it asks for its end.
      payload = { targetHourlyRate: r.int(40, 90) * 100, yourName: `Nombre ${n}`, longTimerHours: 168 };
    } else {
      op = 'startTimer';
      payload = { projectId: r.pick(projects), ...(r.next() < 0.5 ? { note: `t${n}` } : {}) };
    }
    say('I', { op, payload });
    const res = await backend.invoke(op, payload);
    if (!res.ok) {
      say('E', { op, payload, error: res.error });
      continue;
    }
    say('A', { op, payload, value: res.value });
    const value = res.value as Client & Project & TimeEntry & { logged?: TimeEntry[] };
    if (op === 'createClient') clients.push(value.id);
    else if (op === 'createProject') projects.push(value.id);
    else if (op === 'logTime') entries.push(value.id);
    else if (op === 'deleteTimeEntry') entries.splice(entries.indexOf(value.id), 1);
    else if (op === 'startTimer') for (const e of value.logged ?? []) if (!entries.includes(e.id)) entries.push(e.id);
  }
}

process.on('message', (msg: Go) => {
  if (msg?.type === 'go') {
    run(msg).catch((error: unknown) => {
      say('E', { fatal: String((error as Error)?.stack ?? error) });
      process.exit(1);
    });
  }
});
// An orphan (the test runner gone) stops instead of writing forever.
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'loaded' });
