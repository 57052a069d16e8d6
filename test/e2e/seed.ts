/** Seeding the app's real backend before a screen is tested, and reading back what it wrote. */
import fs from 'node:fs';
import path from 'node:path';
import type { Backend, PayloadArgs } from '../../electron/backend';
import type { BackendChannel, PayloadOf, ResultOf } from '#shared/ipc/contract';
import type { RunningApp } from './harness';
import type { TimeEntry } from '#shared/model';
import { JOURNAL_FILE, applyChange, readJournal } from '../../electron/backend/timeJournal';

/** Calls the backend behind the app (or a backend), typed from the contract: the value, or an error naming the channel. */
export async function ok<C extends BackendChannel>(target: RunningApp | Backend, channel: C, ...payload: PayloadArgs<C>): Promise<ResultOf<C>> {
  const backend = 'backend' in target ? target.backend : target;
  const r = await backend.call(channel, ...payload);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

/**
 * A client and its projects (each an in-progress 1,200 € branding job unless it says otherwise),
 * created in order, then the page reloads to show them. Gives their ids.
 */
export async function seedClient(
  app: RunningApp,
  client: Partial<PayloadOf<'createClient'>> & { name: string },
  projects: (Partial<PayloadOf<'createProject'>> & { title: string })[],
): Promise<{ clientId: string; projectIds: string[] }> {
  const c = await ok(app, 'createClient', { source: 'referral', status: 'active', ...client });
  const projectIds: string[] = [];
  for (const project of projects) {
    const p = await ok(app, 'createProject', {
      clientId: c.id,
      kind: 'branding',
      pricing: { mode: 'fixed', amount: 120000 },
      status: 'in-progress',
      ...project,
    });
    projectIds.push(p.id);
  }
  await app.page.reload();
  return { clientId: c.id, projectIds };
}

/** The records of a data file (`clients`, `time/2026-11.json`) as the backend wrote them; none when the file is not there. */
export function itemsOnDisk<T = Record<string, unknown>>(dataDir: string, file: string): T[] {
  const month = /^time\/(\d{4}-\d{2})(?:\.json)?$/.exec(file);
  if (month) return monthOnDisk(dataDir, month[1]!) as T[];
  const full = path.join(dataDir, file.endsWith('.json') ? file : `${file}.json`);
  return fs.existsSync(full) ? (JSON.parse(fs.readFileSync(full, 'utf8')) as { items: T[] }).items : [];
}

/**
 * A month's time entries as the data folder holds them: the month files with the time journal's
 * later changes applied in order (what the next start loads), read straight from the files.
 */
export function monthOnDisk(dataDir: string, month: string): TimeEntry[] {
  const timeDir = path.join(dataDir, 'time');
  const shards = new Map<string, TimeEntry[]>();
  const monthOfEntry = new Map<string, string>();
  for (const name of fs.existsSync(timeDir) ? fs.readdirSync(timeDir) : []) {
    const m = /^(\d{4}-\d{2})\.json$/.exec(name);
    if (!m) continue;
    const list = (JSON.parse(fs.readFileSync(path.join(timeDir, name), 'utf8')) as { items: TimeEntry[] }).items;
    shards.set(m[1]!, list);
    for (const e of list) monthOfEntry.set(e.id, m[1]!);
  }
  const journal = path.join(timeDir, JOURNAL_FILE);
  if (fs.existsSync(journal)) for (const change of readJournal(fs.readFileSync(journal, 'utf8')).changes) applyChange(shards, monthOfEntry, change);
  return shards.get(month) ?? [];
}
