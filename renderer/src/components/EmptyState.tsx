import type { ReactNode } from 'react';

/** What a place is for, and the one action that fills it. */
export function EmptyState({ title, body, action }: { title: string; body: string; action?: ReactNode }) {
  return (
    <div className="empty" role="status">
      <h2>{title}</h2>
      <p>{body}</p>
      {action}
    </div>
  );
}
