import { memo, useCallback, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { cleanHouse, indexDataset, trailingRevenue, type CleanHouseRank, type CleanHouseSuggestion } from '#shared/rules';
import type { Client } from '../../lib/model';
import { Dialog } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { attempt, useApp, type Route } from '../../store';
import { useToday } from '../../lib/useToday';
import { rateTone, useFormat } from '../../lib/useFormat';
import { SpacerRow, useVirtualRows } from '../../lib/virtualRows';

/** How much is missing before a client can be let go without putting survival at risk. */
function shortfalls(suggestions: CleanHouseSuggestion[], floor: number, revenueWithout: (ids: string[]) => number): Map<string, number> {
  const out = new Map<string, number>();
  const lettingGo: string[] = [];
  for (const s of suggestions) {
    if (s.action === 'let-go') lettingGo.push(s.clientId);
    else out.set(s.clientId, Math.max(0, floor - revenueWithout([...lettingGo, s.clientId])));
  }
  return out;
}

/** Clean house: clients ranked by what they cost, and the few to part with, kindly and never at the cost of survival. */
export function CleanHouse() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const navigate = useApp((s) => s.navigate);
  const updateClient = useApp((s) => s.updateClient);
  const toast = useApp((s) => s.toast);
  const f = useFormat();
  const [confirming, setConfirming] = useState<Client | null>(null);
  // Which "why" panels are open: kept here, as a row that scrolls out of view is not drawn.
  const [openWhy, setOpenWhy] = useState<ReadonlySet<string>>(new Set());
  const toggleWhy = useCallback(
    (clientId: string, open: boolean) =>
      setOpenWhy((was) => {
        if (was.has(clientId) === open) return was;
        const next = new Set(was);
        if (open) next.add(clientId);
        else next.delete(clientId);
        return next;
      }),
    [],
  );

  const today = useToday();
  const review = useMemo(() => cleanHouse(data, settings, today), [data, settings, today]);
  const floor = 12 * settings.monthlyFixedCosts;
  const income12 = useMemo(() => trailingRevenue(data, today), [data, today]);
  const missing = useMemo(
    () => shortfalls(review.suggestions, floor, (ids) => trailingRevenue(data, today, ids)),
    [review, floor, data, today],
  );
  const ix = indexDataset(data);
  const client = (id: string) => ix.clientsById.get(id);
  const suggestedById = useMemo(() => new Map(review.suggestions.map((s) => [s.clientId, s])), [review]);
  // Ten years of clients: the ranking draws the rows in view (the page scrolls).
  const { setList, indexes, before, after, measure } = useVirtualRows<HTMLTableSectionElement>({ count: review.ranking.length, estimateSize: 56, scroller: 'main' });
  const cap = Math.max(1, Math.floor(settings.cleanHouseShare * review.ranking.length));
  const leftOut = useMemo(() => review.ranking.reduce((sum, r) => sum + r.leftOut, 0), [review]);

  const letGo = (c: Client) =>
    void attempt(async () => {
      const before = c.status;
      await updateClient({ id: c.id, status: 'let-go' });
      setConfirming(null);
      toast(t('review.clean.done', { name: c.name }), {
        action: { label: t('common.undo'), run: () => void attempt(() => updateClient({ id: c.id, status: before })) },
      });
    });

  return (
    <section className="card" id="clean-house" aria-labelledby="clean-title">
      <div className="card-head">
        <div>
          <h2 id="clean-title">{t('review.clean.title')}</h2>
          <p className="meta">{t('review.clean.idea')}</p>
        </div>
      </div>

      {review.ranking.length === 0 ? (
        <EmptyState
          title={t('review.clean.emptyTitle')}
          body={t('review.clean.emptyBody')}
          action={<button className="btn" onClick={() => navigate({ name: 'time' })}>{t('review.clean.emptyAction')}</button>}
        />
      ) : (
        <>
          <p className="guard small">
            {t('review.clean.guard', { income: f.money(income12, true), floor: f.money(floor, true) })}{' '}
            <span className="muted">{t('review.clean.cap', { count: cap, share: Math.round(settings.cleanHouseShare * 100) })}</span>
          </p>

          <h3 className="section-sub">{t('review.clean.suggestionsTitle')}</h3>
          {review.suggestions.length === 0 ? (
            <p className="muted" data-testid="no-suggestions">{t('review.clean.noSuggestions')}</p>
          ) : (
            <ul className="suggestion-list" aria-label={t('review.clean.suggestionsTitle')}>
              {review.suggestions.map((s) => {
                const c = client(s.clientId);
                if (!c) return null;
                const short = missing.get(s.clientId);
                return (
                  <li key={s.clientId} className={`suggestion ${s.action}`} aria-label={c.name}>
                    <div className="contact-head">
                      <button className="link-inline strong" onClick={() => navigate({ name: 'client', id: c.id })}>{c.name}</button>
                      {s.action === 'let-go' ? (
                        <span className="pill bad">{t('review.clean.action.let-go')}</span>
                      ) : (
                        <span className="pill caution">{t('review.clean.action.wait', { amount: f.money(short ?? 0, true) })}</span>
                      )}
                    </div>
                    {s.action === 'wait' && <p className="small"><strong>{t('review.clean.waitLine', { amount: f.money(short ?? 0, true) })}</strong></p>}
                    <ul className="reasons">
                      {s.reasons.map((r) => (
                        <li key={r.code} className="small">{r.text}</li>
                      ))}
                    </ul>
                    <div className="row contact-actions">
                      <button
                        className={`btn small ${s.action === 'let-go' ? 'primary' : ''}`}
                        onClick={() => navigate({ name: 'letter', kind: 'farewell', clientId: c.id })}
                      >
                        {t('review.clean.farewell')}
                      </button>
                      <button className="btn small danger" onClick={() => setConfirming(c)}>
                        {t('review.clean.markLetGo')}
                      </button>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}

          <h3 className="section-sub">{t('review.clean.rankingTitle')}</h3>
          <table className="table ranking" aria-rowcount={review.ranking.length + 1}>
            <caption className="visually-hidden">{t('review.clean.rankingTitle')}</caption>
            <thead>
              <tr aria-rowindex={1}>
                <th>{t('review.clean.col.client')}</th>
                <th className="num">{t('review.clean.col.rate')}</th>
                <th className="num">{t('review.clean.col.hours')}</th>
                <th className="num">{t('review.clean.col.revenue')}</th>
                <th className="num">{t('review.clean.col.revenue12')}</th>
                <th className="num">{t('review.clean.col.red')}</th>
                <th>{t('review.clean.col.why')}</th>
              </tr>
            </thead>
            <tbody ref={setList}>
              <SpacerRow height={before} columns={7} />
              {indexes.map((i) => {
                const r = review.ranking[i]!;
                return (
                  <RankingRow
                    key={r.clientId}
                    index={i}
                    measure={measure}
                    row={r}
                    name={ix.clientsById.get(r.clientId)?.name ?? ''}
                    suggested={suggestedById.get(r.clientId)?.action}
                    whyOpen={openWhy.has(r.clientId)}
                    onWhy={toggleWhy}
                    target={settings.targetHourlyRate}
                    minimum={settings.minimumHourlyRate}
                    navigate={navigate}
                    f={f}
                    t={t}
                  />
                );
              })}
              <SpacerRow height={after} columns={7} />
            </tbody>
          </table>
          <p className="small muted" style={{ marginTop: 8 }}>
            {t('review.clean.legend', { target: f.rate(settings.targetHourlyRate), minimum: f.rate(settings.minimumHourlyRate) })}
            {leftOut > 0 && (
              <span data-testid="review-left-out" title={t('numbers.leftOutHelp')}> {t('numbers.leftOut', { count: leftOut })}</span>
            )}
          </p>
        </>
      )}

      {confirming && (
        <Dialog title={t('review.clean.confirmTitle', { name: confirming.name })} onClose={() => setConfirming(null)}>
          <div className="stack">
            <p>{t('review.clean.confirmBody', { name: confirming.name })}</p>
            <p className="small muted">{t('review.clean.confirmKept')}</p>
          </div>
          <div className="form-actions">
            <button className="btn" onClick={() => setConfirming(null)}>{t('common.cancel')}</button>
            <button className="btn primary" onClick={() => letGo(confirming)}>{t('review.clean.confirm')}</button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

/** One client of the ranking; drawn again only when its figures or the settings change. */
const RankingRow = memo(function RankingRow({
  index,
  measure,
  row: r,
  name,
  suggested,
  whyOpen,
  onWhy,
  target,
  minimum,
  navigate,
  f,
  t,
}: {
  index: number;
  measure: ((el: Element | null) => void) | undefined;
  row: CleanHouseRank;
  name: string;
  suggested: CleanHouseSuggestion['action'] | undefined;
  whyOpen: boolean;
  onWhy: (clientId: string, open: boolean) => void;
  target: number;
  minimum: number;
  navigate: (route: Route) => void;
  f: ReturnType<typeof useFormat>;
  t: TFunction;
}) {
  const tone = rateTone(r.effectiveHourlyRate, target, minimum);
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2}>
      <td>
        <button className="link" onClick={() => navigate({ name: 'client', id: r.clientId })}>{name}</button>
        {suggested && (
          <span className={`pill ${suggested === 'let-go' ? 'bad' : 'caution'}`} style={{ marginLeft: 8 }}>
            {suggested === 'let-go' ? t('review.clean.suggested') : t('review.clean.waitShort')}
          </span>
        )}
      </td>
      <td className="num">
        <span className={`pill ${tone === 'neutral' ? '' : tone}`}>{f.rate(r.effectiveHourlyRate)}</span>
      </td>
      <td className="num">{f.hours(r.hours)}</td>
      <td className="num">{f.money(r.revenue, true)}</td>
      <td className="num">{f.money(r.revenueLast12Months, true)}</td>
      <td className={`num ${r.redSignals > 0 ? 'tone-bad' : 'muted'}`}>{r.redSignals}</td>
      <td>
        <details className="why" open={whyOpen} onToggle={(e) => onWhy(r.clientId, e.currentTarget.open)}>
          <summary>{t('review.clean.why')}</summary>
          <ul className="reasons">
            {r.reasons.map((reason) => (
              <li key={reason.code} className="small">{reason.text}</li>
            ))}
          </ul>
        </details>
      </td>
    </tr>
  );
});
