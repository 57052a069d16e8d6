import { memo, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { clientStats, isInternal } from '#shared/rules';
import type { Client } from '#shared/model';
import { EmptyState } from '../components/EmptyState';
import { Dialog } from '../components/Dialog';
import { useApp } from '../store';
import { useToday } from '../lib/useToday';
import { rateTone, useFormat } from '../lib/useFormat';
import { SpacerRow, useVirtualRows } from '../lib/virtualRows';
import { ClientForm } from './ClientForm';
import { ClientsOverview } from './ClientsOverview';

type SortKey = 'name' | 'status' | 'hours' | 'revenue' | 'rate' | 'lastContact';

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
const names = new Intl.Collator();

/** Who pays what for my hours: every client with hours, revenue and effective rate. */
export function Clients() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const navigate = useApp((s) => s.navigate);
  const f = useFormat();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'revenue', dir: -1 });
  const [adding, setAdding] = useState(false);
  const [showArchived, setShowArchived] = useState(false);

  const today = useToday();
  const rows = useMemo(
    () => data.clients.map((c) => ({ client: c, stats: clientStats(c.id, data, today), name: fold(c.name), text: fold(`${c.name} ${c.company ?? ''} ${c.email ?? ''}`) })),
    [data, today],
  );

  const shown = useMemo(() => {
    const q = fold(deferredQuery.trim());
    const filtered = rows.filter(
      ({ client, text }) =>
        (showArchived || (client.status !== 'past' && client.status !== 'let-go' && client.status !== 'declined')) && (!q || text.includes(q)),
    );
    const value = (r: (typeof rows)[number]): string | number => {
      switch (sort.key) {
        case 'name': return r.name;
        case 'status': return r.client.status;
        case 'hours': return r.stats.hours;
        case 'revenue': return r.stats.revenue;
        case 'rate': return r.stats.effectiveHourlyRate ?? -1;
        case 'lastContact': return r.client.lastContactAt ?? '';
      }
    };
    return filtered.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      return (va < vb ? -1 : va > vb ? 1 : 0) * sort.dir || names.compare(a.client.name, b.client.name);
    });
  }, [rows, deferredQuery, sort, showArchived]);
  // Unfinished fixed work without an estimate is out of the rates shown: the list says how much.
  const leftOut = useMemo(() => shown.reduce((sum, r) => sum + r.stats.leftOut, 0), [shown]);
  // Three hundred clients render only the rows in view; the page (<main>) is what scrolls.
  const { setList, indexes, before, after, measure } = useVirtualRows<HTMLTableSectionElement>({ count: shown.length, estimateSize: 60, scroller: 'main' });
  // The charts below depend on the data only: typing in the search does not draw them again.
  const overview = useMemo(() => <ClientsOverview />, []);
  // The list first; the charts follow in a render of their own that does not hold the rows back.
  const chartsNow = useDeferredValue(true, false);

  const header = (key: SortKey, label: string, numeric = false) => (
    <th className={numeric ? 'num' : undefined} aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : numeric ? -1 : 1 }))}>
        {label}
        <span aria-hidden>{sort.key === key ? (sort.dir === 1 ? '↑' : '↓') : ''}</span>
      </button>
    </th>
  );

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t('clients.title')}</h1>
          <p className="sub">{t('clients.subtitle')}</p>
        </div>
        <div className="row">
          {data.clients.length > 0 && (
            <input
              className="input search"
              type="search"
              placeholder={t('clients.search')}
              aria-label={t('clients.search')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              data-find
            />
          )}
          <button className="btn primary" onClick={() => setAdding(true)}>{t('clients.add')}</button>
        </div>
      </div>

      {data.clients.length === 0 ? (
        <div className="card">
          <EmptyState
            title={t('clients.emptyTitle')}
            body={t('clients.emptyBody')}
            action={<button className="btn primary" onClick={() => setAdding(true)}>{t('clients.add')}</button>}
          />
        </div>
      ) : (
        <div className="card tight">
          <table className="table" aria-rowcount={shown.length + 1}>
            <caption className="visually-hidden">{t('clients.title')}</caption>
            <thead>
              <tr aria-rowindex={1}>
                {header('name', t('clients.col.name'))}
                {header('status', t('clients.col.status'))}
                {header('hours', t('clients.col.hours'), true)}
                {header('revenue', t('clients.col.revenue'), true)}
                {header('rate', t('clients.col.rate'), true)}
                <th>{t('numbers.signalsCol')}</th>
                {header('lastContact', t('clients.col.lastContact'))}
              </tr>
            </thead>
            <tbody ref={setList}>
              <SpacerRow height={before} columns={7} />
              {indexes.map((i) => {
                const { client, stats } = shown[i]!;
                return (
                  <ClientRow
                    key={client.id}
                    index={i}
                    measure={measure}
                    client={client}
                    stats={stats}
                    navigate={navigate}
                    target={settings.targetHourlyRate}
                    minimum={settings.minimumHourlyRate}
                    f={f}
                    t={t}
                  />
                );
              })}
              <SpacerRow height={after} columns={7} />
            </tbody>
          </table>
          {shown.length === 0 && <p className="muted" style={{ padding: 16 }}>{t('clients.noMatch', { query })}</p>}
          {leftOut > 0 && (
            <p className="small muted" style={{ padding: '12px 10px 0' }} data-testid="clients-left-out" title={t('numbers.leftOutHelp')}>
              {t('numbers.leftOut', { count: leftOut })}
            </p>
          )}
          <div className="row" style={{ padding: '12px 10px 0' }}>
            <label className="checkbox small muted">
              <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
              {t('clients.showArchived')}
            </label>
          </div>
        </div>
      )}

      {data.clients.length > 0 && chartsNow && overview}

      {adding && (
        <Dialog title={t('clients.add')} onClose={() => setAdding(false)}>
          <ClientForm
            onDone={(c) => {
              setAdding(false);
              if (c) navigate({ name: 'client', id: c.id });
            }}
          />
        </Dialog>
      )}
    </div>
  );
}

/** One client's row; drawn again only when its client, numbers or the settings change. */
const ClientRow = memo(function ClientRow({
  index,
  measure,
  client,
  stats,
  navigate,
  target,
  minimum,
  f,
  t,
}: {
  index: number;
  measure: ((el: Element | null) => void) | undefined;
  client: Client;
  stats: ReturnType<typeof clientStats>;
  navigate: (route: { name: 'client'; id: string }) => void;
  target: number;
  minimum: number;
  f: ReturnType<typeof useFormat>;
  t: TFunction;
}) {
  const tone = rateTone(stats.effectiveHourlyRate, target, minimum);
  // The studio's own time: hours only, never a rate or signals.
  const internal = isInternal(client);
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
      <td>
        <button className="link" onClick={() => navigate({ name: 'client', id: client.id })}>
          {client.star && <span aria-label={t('clients.starred')} title={t('clients.starred')}>★ </span>}
          {client.name}
        </button>
        {client.company && <div className="small muted">{client.company}</div>}
      </td>
      <td><span className="pill">{internal ? t('numbers.internal') : t(`clientStatus.${client.status}`)}</span></td>
      <td className="num">{f.hours(stats.hours)}</td>
      <td className="num">{internal ? '—' : f.money(stats.revenue, true)}</td>
      <td className={`num tone-${tone}`} title={stats.leftOut > 0 ? t('numbers.leftOut', { count: stats.leftOut }) : undefined}>
        {f.rate(stats.effectiveHourlyRate)}
        {stats.leftOut > 0 && <span aria-hidden> *</span>}
      </td>
      <td className="small" data-testid="client-row-signals">
        {internal ? '' : stats.redSignals + stats.greenSignals === 0 ? (
          <span className="muted">{t('numbers.noSignals')}</span>
        ) : (
          <>
            {stats.redSignals > 0 && <span className="tone-bad">{t('signals.count.red', { count: stats.redSignals })}</span>}
            {stats.redSignals > 0 && stats.greenSignals > 0 && ' · '}
            {stats.greenSignals > 0 && <span className="tone-good">{t('signals.count.green', { count: stats.greenSignals })}</span>}
          </>
        )}
      </td>
      <td>{f.date(client.lastContactAt)}</td>
    </tr>
  );
});
