/**
 * Crash safety: the backend runs in a child process writing without pause and is
 * killed with SIGKILL at a random moment, again and again on the same data folder, so
 * damage would pile up. After each kill every write the child saw acknowledged must be
 * on disk, and every .json file in the folder must parse.
 *
 * CLIENTFIT_CRASH_KILLS sets the number of kills (200 by default, 1,000 in
 * `npm run test:crash`); CLIENTFIT_CRASH_SEED replays a run's choices of writes.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Client, Dataset, Notice, Project, Settings, TimeEntry, Timer } from '#shared/model';
import { open, tempDir } from '../support/backend';
import { rng, writeDataFolder } from '../support/generate';
import { client as kitClient, dataset, entry as kitEntry, project as kitProject } from '../support/builders';
import type { Go } from './crashChild';

const KILLS = Number(process.env.CLIENTFIT_CRASH_KILLS) || 200;
const SEED = Number(process.env.CLIENTFIT_CRASH_SEED) || Date.now() % 1_000_000_000;
const CLOCK_START = Date.parse('2026-03-01T08:00:00Z');

interface Line {
  op: string;
  payload: Record<string, unknown>;
  value?: unknown;
  error?: { code: string; message: string };
}

/**
 * The child as one bundled file: loading it takes ~0.15 s, against ~0.7 s through tsx,
 * which is what lets a few hundred kills fit in a normal test run. Same code either way.
 */
async function childEntry(): Promise<{ file: string; execArgv: string[] }> {
  const source = fileURLToPath(new URL('./crashChild.ts', import.meta.url));
  try {
    const { build } = await import('esbuild');
    const file = path.join(tempDir('clientfit-crash-child-'), 'crashChild.mjs');
    await build({
      entryPoints: [source],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: file,
      logLevel: 'silent',
      minify: true,
      // Bundled CommonJS dependencies (ajv under conf) call require().
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
    return { file, execArgv: [] };
  } catch {
    return { file: source, execArgv: ['--import', 'tsx'] };
  }
}

interface Child {
  proc: ChildProcess;
  loaded: Promise<void>;
  /** Resolves once the process is gone and its stdout is read to the end. */
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  onLine: (line: string) => void;
  stderr: string;
}

function spawnChild(entry: { file: string; execArgv: string[] }): Child {
  const proc = fork(entry.file, [], { execArgv: entry.execArgv, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const child: Child = { proc, loaded: Promise.resolve(), closed: Promise.resolve({ code: null, signal: null }), onLine: () => {}, stderr: '' };
  let buffer = '';
  proc.stdout!.setEncoding('utf8');
  proc.stdout!.on('data', (chunk: string) => {
    buffer += chunk;
    for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      child.onLine(line);
    }
  });
  proc.stderr!.setEncoding('utf8');
  proc.stderr!.on('data', (chunk: string) => (child.stderr += chunk));
  child.closed = new Promise((resolve) => proc.once('close', (code, signal) => resolve({ code, signal })));
  child.loaded = new Promise((resolve, reject) => {
    proc.once('message', () => resolve());
    proc.once('exit', () => reject(new Error(`the child stopped before it loaded: ${child.stderr}`)));
  });
  child.loaded.catch(() => {});
  return child;
}

/** What must be on disk: the last acknowledged value of everything. */
interface Model {
  clients: Map<string, Client>;
  projects: Map<string, Project>;
  entries: Map<string, TimeEntry>;
  settings: Settings | null;
  timer: Timer | null;
}

/** Canonical JSON (sorted keys), so that key order never counts as a difference. */
function canon(x: unknown): string {
  return JSON.stringify(x, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}
const same = (a: unknown, b: unknown) => canon(a) === canon(b);

function applyAck(model: Model, a: Line) {
  const v = a.value as Record<string, unknown>;
  switch (a.op) {
    case 'createClient':
      model.clients.set(v.id as string, v as unknown as Client);
      break;
    case 'createProject':
      model.projects.set(v.id as string, v as unknown as Project);
      break;
    case 'logTime':
    case 'updateTimeEntry':
      model.entries.set(v.id as string, v as unknown as TimeEntry);
      break;
    case 'deleteTimeEntry':
      model.entries.delete(v.id as string);
      break;
    case 'updateSettings':
      model.settings = v as unknown as Settings;
      break;
    case 'startTimer': {
      // A timer past the long-timer hours is not switched: nothing was written.
      const { timer, logged, needsEnd } = v as { timer: Timer | null; logged: TimeEntry[]; needsEnd?: unknown };
      if (needsEnd) break;
      model.timer = timer;
      for (const e of logged) model.entries.set(e.id, e);
      break;
    }
    default:
      throw new Error(`unexpected op ${a.op}`);
  }
}

/** Every file below `dir`, relative, skipping the hidden folders of unfinished backups. */
function walk(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(path.join(dir, rel))) {
    const r = rel ? `${rel}/${name}` : name;
    if (fs.statSync(path.join(dir, r)).isDirectory()) {
      if (!name.startsWith('.partial-')) out.push(...walk(dir, r));
    } else out.push(r);
  }
  return out;
}

interface Check {
  problems: string[];
  lost: number;
  unreadable: number;
  temps: number;
  state: Model;
}

/** Files already seen to parse, by path, size and mtime: backups never change, so each is read once. */
const parsed = new Map<string, string>();

/** Opens the folder after a kill and compares it with the model; `pending` is the write in flight. */
async function verify(dir: string, model: Model, pending: Line | undefined): Promise<Check> {
  const problems: string[] = [];
  let lost = 0;
  let unreadable = 0;
  let temps = 0;
  for (const rel of walk(dir)) {
    if (/\.tmp-/.test(rel)) temps++;
    if (/\.damaged-/.test(rel)) {
      unreadable++;
      problems.push(`${rel}: a file was found damaged and moved aside`);
    }
    if (!rel.endsWith('.json')) continue;
    const file = path.join(dir, rel);
    const stat = fs.statSync(file);
    const seen = `${stat.size}:${stat.mtimeMs}`;
    if (parsed.get(file) === seen) continue;
    try {
      JSON.parse(fs.readFileSync(file, 'utf8'));
      parsed.set(file, seen);
    } catch {
      unreadable++;
      problems.push(`${rel} does not parse`);
    }
  }

  const { backend, call } = await open(dir);
  const data: Dataset = await call('getDataset');
  const settings = await call('getSettings');
  const timer = await call('getTimer');
  const notices: Notice[] = await call('getNotices');
  await backend.close();
  for (const n of notices) {
    unreadable++;
    problems.push(`notice: ${n.message}`);
  }

  const p = pending?.payload ?? {};
  const compare = <T extends { id: string }>(
    label: string,
    expected: Map<string, T>,
    actual: T[],
    pendingOk: (id: string, have: T | undefined, want: T | undefined) => boolean,
  ) => {
    const got = new Map(actual.map((x) => [x.id, x]));
    if (got.size !== actual.length) problems.push(`${label}: the same id is there twice`);
    for (const [id, want] of expected) {
      const have = got.get(id);
      if (!same(have, want) && !pendingOk(id, have, want)) {
        lost++;
        problems.push(`${label} ${id}: acknowledged ${canon(want)}, found ${canon(have) ?? 'nothing'}`);
      }
    }
    for (const [id, have] of got) {
      if (!expected.has(id) && !pendingOk(id, have, undefined)) problems.push(`${label} ${id} is there without an acknowledged write: ${canon(have)}`);
    }
  };
  const op = pending?.op;
  compare('client', model.clients, data.clients, (_id, have, want) => op === 'createClient' && !want && have?.name === p.name);
  compare('project', model.projects, data.projects, (_id, have, want) => op === 'createProject' && !want && have?.title === p.title);
  compare('entry', model.entries, data.timeEntries, (id, have, want) => {
    if (op === 'logTime') return !want && !!have && have.projectId === p.projectId && have.date === p.date && have.minutes === p.minutes;
    if (op === 'updateTimeEntry') return id === p.id && !!want && same(have, { ...want, ...p });
    if (op === 'deleteTimeEntry') return id === p.id && !have;
    // Switching the timer logs the running one first: that entry may be there already.
    // A run over 24 h is logged as one entry per day: `timer-<start>`, `timer-<start>-2`...
    if (op === 'startTimer') return !!model.timer && (id === `timer-${model.timer.startedAt}` || id.startsWith(`timer-${model.timer.startedAt}-`)) && !!have;
    return false;
  });
  if (model.settings && !same(settings, model.settings) && !(op === 'updateSettings' && same(settings, { ...model.settings, ...p }))) {
    lost++;
    problems.push(`settings: acknowledged ${canon(model.settings)}, found ${canon(settings)}`);
  }
  if (!same(timer, model.timer) && !(op === 'startTimer' && (timer === null || timer.projectId === p.projectId))) {
    lost++;
    problems.push(`timer: acknowledged ${canon(model.timer)}, found ${canon(timer)}`);
  }

  const state: Model = {
    clients: new Map(data.clients.map((c) => [c.id, c])),
    projects: new Map(data.projects.map((x) => [x.id, x])),
    entries: new Map(data.timeEntries.map((e) => [e.id, e])),
    settings,
    timer,
  };
  return { problems, lost, unreadable, temps, state };
}

describe('crash safety', () => {
  it(
    `keeps every acknowledged write through ${KILLS} kills with SIGKILL on the same folder`,
    async () => {
      const entry = await childEntry();
      const dir = tempDir('clientfit-crash-');
      const r = rng(SEED);
      let model: Model = { clients: new Map(), projects: new Map(), entries: new Map(), settings: null, timer: null };
      let acknowledged = 0;
      let lost = 0;
      let unreadable = 0;
      let temps = 0;
      let refused = 0;
      let waiting = 0;
      let verifying = 0;
      let running = 0;
      const started = performance.now();

      // Children load while the one before them runs: loading is most of a child's life.
      const warm = [spawnChild(entry), spawnChild(entry)];
      for (let k = 0; k < KILLS; k++) {
        const child = warm.shift()!;
        const tw = performance.now();
        await child.loaded;
        waiting += performance.now() - tw;
        if (k + warm.length + 1 < KILLS) warm.push(spawnChild(entry));

        const acks: Line[] = [];
        let pending: Line | undefined;
        let fatal = '';
        const byAcks = r.next() < 0.5;
        const ackLimit = r.int(1, 30);
        const delay = r.int(5, 60);
        const timers: NodeJS.Timeout[] = [];
        const kill = () => child.proc.kill('SIGKILL');
        child.onLine = (text) => {
          const body = JSON.parse(text.slice(2)) as Line;
          switch (text[0]) {
            case 'R':
              if (!byAcks) timers.push(setTimeout(kill, delay));
              timers.push(setTimeout(kill, 5_000)); // in case the acks never come
              break;
            case 'I':
              pending = body;
              break;
            case 'A':
              acks.push(body);
              pending = undefined;
              if (byAcks && acks.length >= ackLimit) kill();
              break;
            default:
              // A refused write (only a full or read-only disk would do that here) is not acknowledged.
              refused++;
              pending = undefined;
              if ('fatal' in body) fatal = String((body as { fatal: string }).fatal);
          }
        };
        const go: Go = { type: 'go', dataDir: dir, seed: SEED + k, clockStart: CLOCK_START + k * 3_600_000 };
        const tr = performance.now();
        child.proc.send(go);
        const { signal } = await child.closed;
        running += performance.now() - tr;
        for (const t of timers) clearTimeout(t);
        expect(fatal, 'the child failed').toBe('');
        expect(signal, `child ${k} was not killed: ${child.stderr}`).toBe('SIGKILL');

        acknowledged += acks.length;
        for (const a of acks) applyAck(model, a);
        const tv = performance.now();
        const check = await verify(dir, model, pending);
        verifying += performance.now() - tv;
        lost += check.lost;
        unreadable += check.unreadable;
        temps = check.temps;
        if (check.problems.length > 0) {
          for (const w of warm) w.proc.kill('SIGKILL');
          throw new Error(`after kill ${k + 1} (seed ${SEED}):\n${check.problems.slice(0, 20).join('\n')}`);
        }
        model = check.state;
      }

      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `crash safety: kills ${KILLS}, writes acknowledged ${acknowledged}, writes lost ${lost}, files unreadable ${unreadable}` +
          ` (seed ${SEED}, ${seconds} s; refused ${refused}; temp files left by the last kill ${temps}, removed at the next open; ` +
          `${model.entries.size} entries, ${model.clients.size} clients in the end; waited ${(waiting / 1000).toFixed(1)} s for children to load, ${(running / 1000).toFixed(1)} s running them, ${(verifying / 1000).toFixed(1)} s checking)`,
      );
      expect(lost).toBe(0);
      expect(unreadable).toBe(0);
      expect(acknowledged).toBeGreaterThan(KILLS);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    60_000 + KILLS * 600,
  );
});

describe('the checker', () => {
  it('notices a lost write, a changed value and a record that should not be there', async () => {
    const dir = tempDir();
    const { backend, call } = await open(dir);
    const c = await call('createClient', { name: 'Estudio Lumen', source: 'web', status: 'active' });
    const settings = await call('getSettings');
    await backend.close();
    const model = (): Model => ({ clients: new Map([[c.id, c]]), projects: new Map(), entries: new Map(), settings, timer: null });
    expect((await verify(dir, model(), undefined)).problems).toEqual([]);

    const missing = model();
    missing.clients.set('ghost', { ...c, id: 'ghost' });
    expect((await verify(dir, missing, undefined)).lost).toBe(1);
    const changed = model();
    changed.clients.set(c.id, { ...c, name: 'Otro' });
    expect((await verify(dir, changed, undefined)).lost).toBe(1);
    const extra = model();
    extra.clients.clear();
    expect((await verify(dir, extra, undefined)).problems).toEqual([expect.stringMatching(/without an acknowledged write/)]);
    // ...unless it is the write in flight when the kill came.
    expect((await verify(dir, extra, { op: 'createClient', payload: { name: c.name } })).problems).toEqual([]);
    fs.writeFileSync(path.join(dir, 'projects.json'), '{"schemaVersion":1,"items":[');
    expect((await verify(dir, model(), undefined)).unreadable).toBeGreaterThanOrEqual(1);
  });
});

describe('what a kill can leave behind', () => {
  const client = kitClient('c1', { name: 'Estudio Lumen', createdAt: '2026-01-05' });
  const project: Project = kitProject('p1', 'c1', { title: 'Identidad', pricing: { mode: 'fixed', amount: 1000 }, status: 'accepted', createdAt: '2026-01-05' });
  const entry = (id: string, date: string, minutes = 60): TimeEntry => kitEntry('p1', minutes, date, true, { id });

  it('ignores temp files and stray names at load; removes the temp files of a writer that is gone, leaves the rest', async () => {
    const dir = tempDir();
    writeDataFolder(dir, dataset({ clients: [client], projects: [project], timeEntries: [entry('t1', '2026-11-02')] }));
    // What a kill between the temp file's write and its rename leaves: a partial newer document.
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const temps = [`clients.json.tmp-${gone}56abcdef`, `time/2026-11.json.tmp-${gone}0000abcd`];
    // Names that are not a temp file of ours: not read, not removed.
    const strays = ['time/2026-12.json.tmp-1', 'time/notes.txt', 'time/2026-11.json.bak'];
    for (const s of [...temps, ...strays]) fs.writeFileSync(path.join(dir, s), '{"schemaVersion":1,"items":[{"id":"half');
    const { backend, call } = await open(dir);
    const data = await call('getDataset');
    expect(data.clients).toEqual([client]);
    expect(data.timeEntries).toEqual([entry('t1', '2026-11-02')]);
    expect(await call('getNotices')).toEqual([]);
    await call('logTime', { projectId: 'p1', date: '2026-11-03', minutes: 30, billable: true });
    await backend.close();
    for (const s of temps) expect(fs.existsSync(path.join(dir, s)), s).toBe(false);
    for (const s of strays) expect(fs.readFileSync(path.join(dir, s), 'utf8')).toContain('"half');
  });

  it('keeps one copy of an entry left in two months, and drops the other from disk so a later move is not hidden', async () => {
    const dir = tempDir();
    // A kill while moving t1 from November back to October: October written, November not yet.
    writeDataFolder(dir, dataset({
      clients: [client],
      projects: [project],
      timeEntries: [entry('t1', '2026-10-20', 90), entry('t2', '2026-10-21'), entry('t1', '2026-11-02', 60)],
    }));
    const first = await open(dir);
    const data = await first.call('getDataset');
    expect(data.timeEntries.filter((e) => e.id === 't1')).toEqual([entry('t1', '2026-11-02', 60)]);
    const october = JSON.parse(fs.readFileSync(path.join(dir, 'time', '2026-10.json'), 'utf8'));
    expect(october.items.map((e: TimeEntry) => e.id)).toEqual(['t2']);
    // The next move goes to an earlier month still; the old October copy must not win at the next start.
    const moved = await first.call('updateTimeEntry', { id: 't1', date: '2026-09-30', minutes: 45 });
    await first.backend.close();
    const second = await open(dir);
    expect((await second.call('getDataset')).timeEntries.filter((e) => e.id === 't1')).toEqual([moved]);
    await second.backend.close();
  });
});
