/**
 * Re-import: an imported row equal to an entry already there (same project, date, minutes
 * and note) is the same work, so importing one file twice adds nothing the second time.
 * The backend and the import preview both count with these functions.
 */

/** What makes two entries the same work for an import. */
export interface EntryIdentity {
  projectId: string;
  date: string;
  minutes: number;
  note?: string | undefined;
}

/** The key two equal entries share: notes compare trimmed, an empty note is no note. */
export function entryKey(e: EntryIdentity): string {
  return `${e.projectId}\u0000${e.date}\u0000${e.minutes}\u0000${(e.note ?? '').trim()}`;
}

/**
 * Splits incoming entries into fresh ones and those already there. Counted one for one: a
 * file with two equal rows where one is already there adds the other (two equal meetings
 * on one day are real), and the same file imported twice adds nothing.
 * `incoming` items without a projectId (a project still to be created) are always fresh.
 */
export function splitDuplicates<T extends Omit<EntryIdentity, 'projectId'> & { projectId?: string | undefined }>(
  incoming: readonly T[],
  existing: Iterable<EntryIdentity>,
): { fresh: T[]; duplicates: T[] } {
  const wanted = new Set<string>();
  for (const e of incoming) if (e.projectId !== undefined) wanted.add(e.projectId);
  const there = new Map<string, number>();
  if (wanted.size > 0) {
    for (const e of existing) {
      if (!wanted.has(e.projectId)) continue;
      const k = entryKey(e);
      there.set(k, (there.get(k) ?? 0) + 1);
    }
  }
  const fresh: T[] = [];
  const duplicates: T[] = [];
  for (const e of incoming) {
    if (e.projectId === undefined) {
      fresh.push(e);
      continue;
    }
    const k = entryKey({ ...e, projectId: e.projectId });
    const n = there.get(k) ?? 0;
    if (n > 0) {
      there.set(k, n - 1);
      duplicates.push(e);
    } else fresh.push(e);
  }
  return { fresh, duplicates };
}

/**
 * A file's fingerprint, to recognise it when it is imported again: two 32-bit FNV-1a
 * hashes of its text with different offsets, as 16 hex digits. Not for security.
 */
export function fileFingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
