/** The backend's refusals: a code from the contract and a sentence, and the words for a failed write. */
import path from 'node:path';
import type { IpcError } from '../../shared/ipc/contract';

/** A refusal with a code from the contract and a sentence for the person. */
export class BackendError extends Error {
  constructor(
    readonly code: IpcError['code'],
    message: string,
  ) {
    super(message);
  }
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

/** Turns a failed write into a sentence a person can act on. */
export function writeFailure(error: unknown, file: string): BackendError {
  const code = (error as NodeJS.ErrnoException).code;
  return new BackendError('write-failed', `ClientFit could not save this change: ${writeProblem(code, path.dirname(file))}; nothing was changed.`);
}
