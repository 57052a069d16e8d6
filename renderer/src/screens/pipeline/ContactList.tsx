import { memo, useCallback, useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { draftLetter, indexDataset } from '#shared/rules';
import type { Client, Dataset, Project, Settings } from '../../lib/model';
import { useVirtualRows } from '../../lib/virtualRows';
import { attempt, localToday, useApp, type Route } from '../../store';
import { useToday } from '../../lib/useToday';
import { QuoteLine } from '../inquiry/QuoteLine';

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
 * After ten years there are hundreds (every past client is a follow-up): only the items in
 * view are drawn, and each drafts its letter when it is drawn.
 */
export function ContactList({ items, kind, label, dormant = false }: { items: ContactItem[]; kind: 'check-in' | 'follow-up'; label: string; dormant?: boolean }) {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const navigate = useApp((s) => s.navigate);
  const contacted = useContactedToday();
  const ix = indexDataset(data);
  const { setList, indexes, before, after, measure } = useVirtualRows<HTMLUListElement>({ count: items.length, estimateSize: 210, scroller: 'main', gap: 12 });

  return (
    <ul className="contact-list" aria-label={label} ref={setList}>
      {before > 0 && <li aria-hidden="true" style={{ height: before }} />}
      {indexes.map((i) => {
        const item = items[i]!;
        const client = ix.clientsById.get(item.clientId);
        if (!client) return null;
        return (
          <ContactRow
            key={item.clientId}
            index={i}
            total={items.length}
            measure={measure}
            item={item}
            client={client}
            project={item.projectId ? ix.projectsById.get(item.projectId) : undefined}
            kind={kind}
            dormant={dormant}
            data={data}
            settings={settings}
            navigate={navigate}
            contacted={contacted}
            t={t}
          />
        );
      })}
      {after > 0 && <li aria-hidden="true" style={{ height: after }} />}
    </ul>
  );
}

/** One person to write to; drawn again only when its client, project, the data or the settings change. */
const ContactRow = memo(function ContactRow({
  index,
  total,
  measure,
  item,
  client,
  project,
  kind,
  dormant,
  data,
  settings,
  navigate,
  contacted,
  t,
}: {
  index: number;
  /** How many items the list has, drawn or not (for assistive technology). */
  total: number;
  measure: ((el: Element | null) => void) | undefined;
  item: ContactItem;
  client: Client;
  project: Project | undefined;
  kind: 'check-in' | 'follow-up';
  /** A past client gone quiet: the time since contact, not a prospect's silence, and no warning colour (all are old). */
  dormant: boolean;
  data: Dataset;
  settings: Settings;
  navigate: (route: Route) => void;
  contacted: (client: Client) => Promise<unknown>;
  t: TFunction;
}) {
  const today = useToday();
  const draft = useMemo(() => {
    try {
      const d = draftLetter({ kind, clientId: item.clientId, ...(item.projectId ? { projectId: item.projectId } : {}), data, settings, today });
      // The preview is a glimpse: blank lines between paragraphs would only eat its few lines.
      return { subject: d.subject, body: d.body.replace(/\n{2,}/g, '\n') };
    } catch {
      // A letter that cannot be drafted (a project just removed) is simply not previewed.
      return null;
    }
  }, [kind, item.clientId, item.projectId, data, settings, today]);
  return (
    <li className="contact-item" aria-label={client.name} ref={measure} data-index={index} aria-setsize={total} aria-posinset={index + 1}>
      <div className="contact-head">
        <div className="contact-who">
          <button className="link-inline strong" onClick={() => navigate({ name: 'client', id: client.id })}>{client.name}</button>
          {project && <span className="muted small"> · {project.title}</span>}
          {project?.status === 'quoted' && project.quote && (
            <span className="small muted">
              {' · '}
              <QuoteLine quote={project.quote} />
            </span>
          )}
        </div>
        <span className={`pill ${!dormant && item.days > 2 * (kind === 'check-in' ? settings.checkInDays : settings.followUpDays) ? 'caution' : ''}`}>
          {t(kind === 'check-in' && !dormant ? 'pipeline.contacted.silent' : 'pipeline.contacted.since', { count: item.days })}
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
          onClick={() => navigate({ name: 'letter', kind, clientId: client.id, ...(item.projectId ? { projectId: item.projectId } : {}) })}
          aria-label={t('pipeline.contacted.writeFor', { name: client.name })}
        >
          {t('pipeline.contacted.write')}
        </button>
        <button className="btn small" onClick={() => void contacted(client)} aria-label={t('pipeline.contacted.markFor', { name: client.name })}>
          ✓ {t('pipeline.contacted.mark')}
        </button>
      </div>
    </li>
  );
});
