import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { draftLetter } from '../../../../shared/rules';
import type { Client } from '../../lib/model';
import { attempt, localToday, useApp } from '../../store';

/** "Contacted today": sets lastContactAt to today, with Undo back to what it was. */
export function useContactedToday() {
  const { t } = useTranslation();
  const updateClient = useApp((s) => s.updateClient);
  const toast = useApp((s) => s.toast);
  return useCallback(
    (client: Client) =>
      attempt(async () => {
        const before = client.lastContactAt;
        await updateClient({ id: client.id, lastContactAt: localToday() });
        toast(t('pipeline.contacted.done', { name: client.name }), {
          action: {
            label: t('common.undo'),
            run: () => void attempt(() => updateClient({ id: client.id, lastContactAt: before ?? null })),
          },
        });
      }),
    [t, toast, updateClient],
  );
}

export interface ContactItem {
  clientId: string;
  projectId?: string;
  /** Days without contact. */
  days: number;
}

/**
 * People to write to (prospects to touch ground with, clients to follow up): each with
 * the letter already drafted, a way to write it in the composer, and "Contacted today".
 */
export function ContactList({ items, kind, label }: { items: ContactItem[]; kind: 'check-in' | 'follow-up'; label: string }) {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const navigate = useApp((s) => s.navigate);
  const contacted = useContactedToday();

  const drafts = useMemo(() => {
    const today = localToday();
    const out = new Map<string, { subject: string; body: string } | null>();
    for (const item of items) {
      try {
        const d = draftLetter({ kind, clientId: item.clientId, ...(item.projectId ? { projectId: item.projectId } : {}), data, settings, today });
        // The preview is a glimpse: blank lines between paragraphs would only eat its few lines.
        out.set(item.clientId, { subject: d.subject, body: d.body.replace(/\n{2,}/g, '\n') });
      } catch {
        // A letter that cannot be drafted (a project just removed) is simply not previewed.
        out.set(item.clientId, null);
      }
    }
    return out;
  }, [items, kind, data, settings]);

  return (
    <ul className="contact-list" aria-label={label}>
      {items.map((item) => {
        const client = data.clients.find((c) => c.id === item.clientId);
        if (!client) return null;
        const project = item.projectId ? data.projects.find((p) => p.id === item.projectId) : undefined;
        const draft = drafts.get(item.clientId);
        return (
          <li key={item.clientId} className="contact-item" aria-label={client.name}>
            <div className="contact-head">
              <div className="contact-who">
                <button className="link-inline strong" onClick={() => navigate({ name: 'client', id: client.id })}>{client.name}</button>
                {project && <span className="muted small"> · {project.title}</span>}
              </div>
              <span className={`pill ${item.days > 2 * (kind === 'check-in' ? settings.checkInDays : settings.followUpDays) ? 'caution' : ''}`}>
                {t(kind === 'check-in' ? 'pipeline.contacted.silent' : 'pipeline.contacted.since', { count: item.days })}
              </span>
            </div>
            {draft && (
              <figure className="letter-preview" aria-label={t('pipeline.contacted.draft')}>
                <figcaption className="small">
                  <span className="muted">{t('pipeline.contacted.subject')}</span> {draft.subject}
                </figcaption>
                <blockquote>{draft.body}</blockquote>
              </figure>
            )}
            <div className="row contact-actions">
              <button
                className="btn small primary"
                onClick={() =>
                  navigate({ name: 'letter', kind, clientId: client.id, ...(item.projectId ? { projectId: item.projectId } : {}) })
                }
                aria-label={t('pipeline.contacted.writeFor', { name: client.name })}
              >
                {t('pipeline.contacted.write')}
              </button>
              <button
                className="btn small"
                onClick={() => void contacted(client)}
                aria-label={t('pipeline.contacted.markFor', { name: client.name })}
              >
                ✓ {t('pipeline.contacted.mark')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
