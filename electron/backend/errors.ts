/** The backend's refusals: a reason from shared/ipc/reasons.ts with its parameters, and the words for a failed write. */
import path from 'node:path';
import type { FieldIssue, IpcError } from '#shared/ipc/contract';
import { refusal, type ParamsOf, type Reason, type Refusal } from '#shared/ipc/reasons';

/** A refusal: its reason, parameters and English sentence cross to the renderer as they are. */
export class BackendError extends Error {
  constructor(
    readonly refusal: Refusal,
    readonly issues?: FieldIssue[],
  ) {
    super(refusal.message);
  }

  get code(): IpcError['code'] {
    return this.refusal.code;
  }

  /** The error as it crosses IPC. */
  toIpc(): IpcError {
    return { ...this.refusal, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

/** A refusal for `reason`: only a known reason, with the parameters its sentence needs. */
export function refuse<R extends Reason>(reason: R, params: ParamsOf<R>, message: string, issues?: FieldIssue[]): BackendError {
  return new BackendError(refusal(reason, params, message), issues);
}

/** Why a write failed and what to do about it, in words a person can act on. */
export function writeProblem(code: string | undefined, where: string): string {
  return code === 'ENOSPC'
    ? 'the disk is full. Free some space and try again'
    : code === 'EROFS'
      ? `the disk holding ${where} is read-only. Make it writable (or move the data folder) and try again`
      : code === 'EACCES' || code === 'EPERM'
        ? `it is not allowed to write in ${where}. Check that folder's permissions and try again`
        : `a file could not be written (${code ?? 'write error'}). Try again`;
}

/** Turns a failed write into a refusal a person can act on. */
export function writeFailure(error: unknown, file: string): BackendError {
  const code = (error as NodeJS.ErrnoException).code;
  const folder = path.dirname(file);
  const message = `ClientFit could not save this change: ${writeProblem(code, folder)}; nothing was changed.`;
  return code === 'ENOSPC'
    ? refuse('write-disk-full', {}, message)
    : code === 'EROFS'
      ? refuse('write-read-only', { folder }, message)
      : code === 'EACCES' || code === 'EPERM'
        ? refuse('write-not-allowed', { folder }, message)
        : refuse('write-error', { detail: code ?? 'write error' }, message);
}
