import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluateInquiry, type InquiryEvaluation } from '#shared/rules';
import type { Project } from '../../lib/model';
import { useFormat } from '../../lib/useFormat';
import { useApp } from '../../store';
import { useToday } from '../../lib/useToday';
import { VerdictPill } from './VerdictPanel';
import { QuoteLine } from './QuoteLine';
import { formatAmount } from '#shared/money';

const OPEN = new Set(['inquiry', 'quoted']);

/** Open inquiries (status inquiry or quoted), newest first, with their verdict. */
export function InquiryList({ selectedId, onSelect }: { selectedId?: string | undefined; onSelect: (p: Project) => void }) {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const f = useFormat();
  const today = useToday();
  const rows = useMemo(() => {
    return data.projects
      .filter((p) => OPEN.has(p.status))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.title.localeCompare(b.title))
      .map((p) => {
        let evaluation: InquiryEvaluation | null = null;
        try {
          evaluation = evaluateInquiry(p.id, data, settings, today);
        } catch {
          // A project whose client is gone still lists, without a verdict.
        }
        return { project: p, client: data.clients.find((c) => c.id === p.clientId), evaluation };
      });
  }, [data, settings, today]);

  return (
    <section className="card tight inquiry-list" aria-labelledby="open-inquiries">
      <div className="card-head">
        <h2 id="open-inquiries">{t('inquiries.list.title')}</h2>
        {rows.length > 0 && <span className="meta">{t('inquiries.list.count', { count: rows.length })}</span>}
      </div>
      {rows.length === 0 ? (
        <p className="muted small">{t('inquiries.list.empty')}</p>
      ) : (
        <div className="inquiry-list-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('inquiries.list.title')}</caption>
            <thead>
              <tr>
                <th>{t('inquiries.list.project')}</th>
                <th>{t('inquiries.list.client')}</th>
                <th className="num">{t('inquiries.list.offer')}</th>
                <th>{t('inquiries.list.deadline')}</th>
                <th>{t('inquiries.list.verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ project, client, evaluation }) => (
                <tr key={project.id} aria-current={project.id === selectedId ? 'true' : undefined} className={project.id === selectedId ? 'selected' : undefined}>
                  <td>
                    <button type="button" className="link" onClick={() => onSelect(project)}>{project.title}</button>
                    {project.status === 'quoted' && <span className="small muted"> · {t('projectStatus.quoted')}</span>}
                  </td>
                  <td>
                    {client?.name ?? '—'}
                    {client?.status === 'prospect' && <span className="small muted"> · {t('clientStatus.prospect')}</span>}
                  </td>
                  <td className="num">
                    {project.pricing.mode === 'fixed' ? formatAmount(project.pricing.amount, f.currency, f.language) : f.rate(project.pricing.rate)}
                    {project.quote && (
                      <div>
                        <QuoteLine quote={project.quote} className="small quote-line" />
                      </div>
                    )}
                  </td>
                  <td>{f.date(project.deadline)}</td>
                  <td>{evaluation ? <VerdictPill verdict={evaluation.verdict} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
