import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LETTER_KINDS, type Letter, type LetterKind } from '../lib/model';
import { EmptyState } from '../components/EmptyState';
import { useFormat } from '../lib/useFormat';
import { useVirtualRows } from '../lib/virtualRows';
import { attempt, useApp } from '../store';
import { newRequestId } from '../lib/useSubmission';
import { byNewest } from './letters/letterKinds';

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** What did I send: every letter copied from ClientFit, newest first, to read and copy again. */
export function Letters({ letterId }: { letterId?: string }) {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const navigate = useApp((s) => s.navigate);
  const toast = useApp((s) => s.toast);
  const f = useFormat();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [kind, setKind] = useState<LetterKind | 'all'>('all');
  const [chosen, setChosen] = useState<string | undefined>(letterId);

  const clientName = useMemo(() => {
    const names = new Map(data.clients.map((c) => [c.id, c.name]));
    return (id: string) => names.get(id) ?? '—';
  }, [data.clients]);
  const projectTitle = (id: string | undefined) => (id ? data.projects.find((p) => p.id === id)?.title : undefined);

  const shown = useMemo(() => {
    const q = fold(deferredQuery.trim());
    return byNewest(data.letters).filter((l) => (kind === 'all' || l.kind === kind) && (!q || fold(clientName(l.clientId)).includes(q)));
  }, [data.letters, deferredQuery, kind, clientName]);
  const selected = shown.find((l) => l.id === chosen) ?? shown[0];
  // Years of letters render only those in view; the list scrolls in its own card.
  const { setList, indexes, before, after, measure } = useVirtualRows<HTMLUListElement>({ count: shown.length, estimateSize: 58, scroller: 'parent', gap: 2 });

  const copyAgain = async (letter: Letter) => {
    const ok = await attempt(async () => {
      await useApp.getState().copyText(`${letter.subject}\n\n${letter.body}`);
      return true;
    });
    if (ok) toast(t('letters.history.copied'));
  };

  const remove = async (letter: Letter) => {
    const s = useApp.getState();
    const index = shown.findIndex((l) => l.id === letter.id);
    const next = shown[index + 1] ?? shown[index - 1];
    const ok = await attempt(async () => {
      await s.deleteLetter(letter.id);
      return true;
    });
    if (!ok) return;
    setChosen(next?.id);
    const requestId = newRequestId(); // one undo, one letter back
    toast(t('letters.history.deleted'), {
      action: {
        label: t('common.undo'),
        run: () =>
          void attempt(async () => {
            const { id: _id, ...fields } = letter;
            const back = await useApp.getState().createLetter({ ...fields, requestId });
            setChosen(back.id);
          }),
      },
    });
  };

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t('letters.title')}</h1>
          <p className="sub">{t('letters.subtitle')}</p>
        </div>
        {data.letters.length > 0 && (
          <div className="row">
            <input
              className="input search"
              type="search"
              placeholder={t('letters.history.search')}
              aria-label={t('letters.history.search')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              data-find
            />
            <select className="select kind-filter" aria-label={t('letters.history.kind')} value={kind} onChange={(e) => setKind(e.target.value as LetterKind | 'all')}>
              <option value="all">{t('letters.history.allKinds')}</option>
              {LETTER_KINDS.map((k) => (
                <option key={k} value={k}>{t(`letters.kinds.${k}`)}</option>
              ))}
            </select>
          </div>
        )}
      </div>

      {data.letters.length === 0 ? (
        <div className="card">
          <EmptyState
            title={t('letters.history.emptyTitle')}
            body={t('letters.history.emptyBody')}
            action={<button className="btn primary" onClick={() => navigate({ name: 'inquiries', fresh: true })}>{t('letters.history.emptyAction')}</button>}
          />
        </div>
      ) : (
        <div className="letters-layout">
          <nav className="card tight letters-list" aria-label={t('letters.history.listLabel')}>
            {shown.length === 0 ? (
              <p className="muted small" style={{ padding: 8 }}>{t('letters.history.noMatch')}</p>
            ) : (
              <ul ref={setList}>
                {before > 0 && <li aria-hidden="true" style={{ height: before }} />}
                {indexes.map((i) => {
                  const l = shown[i]!;
                  return (
                    <li key={l.id} ref={measure} data-index={i}>
                      <button type="button" className="letter-item" aria-current={selected?.id === l.id ? 'true' : undefined} onClick={() => setChosen(l.id)}>
                        <span className="letter-item-subject">{l.subject || t('letters.history.noSubject')}</span>
                        <span className="letter-item-meta">
                          <span>{clientName(l.clientId)}</span>
                          <span aria-hidden>·</span>
                          <span>{t(`letters.kinds.${l.kind}`)}</span>
                          <span className="spacer" />
                          <span className="num">{f.date(l.createdAt)}</span>
                        </span>
                      </button>
                    </li>
                  );
                })}
                {after > 0 && <li aria-hidden="true" style={{ height: after }} />}
              </ul>
            )}
          </nav>

          {selected && (
            <article className="card letter-detail" aria-labelledby="letter-subject">
              <div className="letter-detail-head">
                <div className="stack" style={{ gap: 6, minWidth: 0 }}>
                  <h2 id="letter-subject">{selected.subject || t('letters.history.noSubject')}</h2>
                  <div className="row small muted" style={{ gap: 8 }}>
                    <span className={`pill kind-${selected.kind}`}>{t(`letters.kinds.${selected.kind}`)}</span>
                    <button type="button" className="btn small ghost" onClick={() => navigate({ name: 'client', id: selected.clientId })}>
                      {clientName(selected.clientId)}
                    </button>
                    {projectTitle(selected.projectId) && <span>{projectTitle(selected.projectId)}</span>}
                    <span aria-hidden>·</span>
                    <span>{t(`letters.language.${selected.language}`)}</span>
                    <span aria-hidden>·</span>
                    <span>{f.date(selected.createdAt)}</span>
                  </div>
                </div>
                <div className="letter-detail-actions">
                  <button type="button" className="btn primary" onClick={() => void copyAgain(selected)}>
                    {t('letters.history.copyAgain')}
                  </button>
                  <button type="button" className="btn danger ghost" onClick={() => void remove(selected)}>
                    {t('common.delete')}
                  </button>
                </div>
              </div>
              <div className="letter-paper" data-testid="letter-body">{selected.body}</div>
            </article>
          )}
        </div>
      )}
    </div>
  );
}
