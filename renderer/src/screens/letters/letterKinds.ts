import type { LetterKind } from '../../lib/model';
import type { Route } from '../../store';

/** Decline letters give a reason the person can switch (the others have one wording). */
export function usesReason(kind: LetterKind): boolean {
  return kind === 'decline';
}

/** Where "Back" goes from a letter: the place the letter was started from. */
export function backRoute(kind: LetterKind, projectId: string | undefined): Route {
  switch (kind) {
    case 'decline':
    case 'counter-offer':
      return projectId ? { name: 'inquiries', projectId } : { name: 'inquiries' };
    case 'check-in':
      return { name: 'pipeline' };
    case 'farewell':
    case 'follow-up':
      return { name: 'review' };
  }
}

/** The longest link the shell opens (the openExternal channel's limit). */
const MAX_URL = 2000;

/** A mailto link with subject and body, or null when it would be too long to open. */
export function mailtoUrl(email: string, subject: string, body: string): string | null {
  const to = email.trim().replace(/[\s?&#]/g, '');
  if (!to) return null;
  const params = [`subject=${encodeURIComponent(subject)}`, ...(body ? [`body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`] : [])];
  const url = `mailto:${to}?${params.join('&')}`;
  return url.length <= MAX_URL ? url : null;
}

/** Newest first: by date, then the later one recorded. */
export function byNewest<T extends { createdAt: string }>(list: readonly T[]): T[] {
  return list
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.createdAt.localeCompare(a.item.createdAt) || b.index - a.index)
    .map((x) => x.item);
}
