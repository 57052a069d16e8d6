/**
 * Why the backend refused, as stable keys: each reason has one coarse code (the contract's
 * `ErrorCode`) and the parameters its sentence needs. The renderer words every reason from
 * its resource files (`errors.<reason>`); the backend's English `message` is for logs and tests.
 */
import type { ErrorCode } from './contract';

/** A parameter a sentence can show: a name, a date, a count. */
type Param = string | number;
/** A record kind named in a sentence; the renderer words it (`errors.kinds.<kind>`). */
export type RecordKind = 'client' | 'project' | 'signal' | 'colleague' | 'letter' | 'time-entry' | 'backup';

/** A reason's code and, as a phantom, its parameters. */
interface ReasonSpec<P> {
  code: ErrorCode;
  readonly __params?: P;
}
const reason =
  <P extends Record<string, Param> = Record<never, never>>() =>
  (code: ErrorCode): ReasonSpec<P> => ({ code });

/** Every reason the backend and main can refuse with. */
export const REASONS = {
  // Any channel
  'input-invalid': reason<{ field: string }>()('invalid-input'),
  'input-unreadable': reason()('invalid-input'),
  'unknown-channel': reason<{ channel: string }>()('unknown-channel'),
  closing: reason()('internal'),
  unexpected: reason<{ detail: string }>()('internal'),
  'saved-not-shown': reason<{ detail: string }>()('saved-not-shown'),
  'record-not-found': reason<{ kind: RecordKind; id: string }>()('not-found'),
  'reference-missing': reason<{ kind: RecordKind; id: string }>()('invalid-input'),
  // Writing
  'write-disk-full': reason()('write-failed'),
  'write-read-only': reason<{ folder: string }>()('write-failed'),
  'write-not-allowed': reason<{ folder: string }>()('write-failed'),
  'write-error': reason<{ detail: string }>()('write-failed'),
  'backup-before-failed': reason<{ action: 'import' | 'merge' | 'restore'; detail: string }>()('write-failed'),
  // Settings, clients, projects, time
  'minimum-rate-above-target': reason()('invalid-input'),
  'paid-before-issued': reason()('invalid-input'),
  'invoice-id-twice': reason()('invalid-input'),
  'date-implausible': reason<{ field: string; date: string; earliest: string; latest: string }>()('invalid-input'),
  'deadline-before-start': reason<{ deadline: string; start: string }>()('invalid-input'),
  'internal-client-exists': reason<{ name: string }>()('conflict'),
  'client-has-history': reason()('conflict'),
  'project-has-entries': reason<{ count: number }>()('conflict'),
  'project-has-invoices': reason<{ count: number }>()('conflict'),
  'project-has-records': reason()('conflict'),
  'entry-already-there': reason()('conflict'),
  'month-full': reason<{ month: string; count: number; max: number }>()('conflict'),
  'timer-end-before-start': reason<{ startedAt: string }>()('invalid-input'),
  'timer-end-in-future': reason()('invalid-input'),
  // Import
  'import-month-crowded': reason<{ month: string; entries: number; max: number }>()('invalid-input'),
  'import-client-missing': reason<{ client: string; project: string }>()('invalid-input'),
  'import-project-missing': reason<{ client: string; project: string }>()('invalid-input'),
  'import-stuck': reason<{ count: number; folder: string }>()('write-failed'),
  // Backups and restore
  'backup-unreadable': reason<{ id: string; detail: string }>()('conflict'),
  'backup-damaged': reason<{ id: string; file: string; detail: string }>()('conflict'),
  'backup-month-crowded': reason<{ id: string; month: string; entries: number; max: number }>()('conflict'),
  'restore-minimum-rate-above-target': reason()('invalid-input'),
  'restore-too-many': reason<{ count: number; list: string; max: number }>()('invalid-input'),
  'restore-span': reason<{ first: string; last: string; months: number; max: number }>()('invalid-input'),
  'restore-month-crowded': reason<{ month: string; entries: number; max: number }>()('invalid-input'),
  'restore-id-twice': reason<{ path: string; id: string }>()('invalid-input'),
  'restore-reference-missing': reason<{ path: string; kind: RecordKind; id: string }>()('invalid-input'),
  'restore-stuck': reason<{ backup: string }>()('write-failed'),
  'restore-not-shown': reason<{ backup: string; detail: string }>()('saved-not-shown'),
  // Sample data
  'sample-needs-empty': reason()('conflict'),
  // Merging
  'merge-into-itself': reason<{ kind: RecordKind }>()('invalid-input'),
  'merge-other-client': reason()('invalid-input'),
  'merge-stuck': reason<{ count: number; backup: string; folder: string }>()('write-failed'),
  'unmerge-done-before': reason<{ kind: RecordKind }>()('conflict'),
  'unmerge-changed': reason()('conflict'),
  'unmerge-client-gone': reason()('conflict'),
  // The shell (main)
  'not-from-app-window': reason()('forbidden'),
  'external-link-refused': reason()('invalid-input'),
  'data-folder-unknown': reason()('internal'),
  'folder-not-opened': reason<{ detail: string }>()('internal'),
  'export-no-permission': reason()('write-failed'),
  'export-disk-full': reason()('write-failed'),
  'export-read-only': reason()('write-failed'),
  'export-not-written': reason()('write-failed'),
  'not-saved-by-app': reason()('forbidden'),
} as const;

export type Reason = keyof typeof REASONS;
/** The parameters a reason's sentence needs. */
export type ParamsOf<R extends Reason> = Exclude<(typeof REASONS)[R]['__params'], undefined>;
/** Every reason, for checks that each one is worded. */
export const REASON_NAMES = Object.keys(REASONS) as Reason[];

/** A refusal as it crosses: the reason's code, the reason, its parameters and the English sentence. */
export interface Refusal<R extends Reason = Reason> {
  code: ErrorCode;
  reason: R;
  params: ParamsOf<R>;
  message: string;
}

/** Builds a refusal: the code comes from the reason, so the two never disagree. */
export function refusal<R extends Reason>(reason: R, params: ParamsOf<R>, message: string): Refusal<R> {
  return { code: REASONS[reason].code, reason, params, message };
}
