/**
 * Inquiry evaluation (DESIGN.md): project the real hours, the real hourly rate, the load on
 * the calendar and the client's history, and turn them into accept / negotiate / decline with
 * the reasons behind it, each a sentence with its numbers. Each step lives in `./inquiry/`.
 */
import type { Dataset, Settings } from '../model';
import { fitCapacity } from './inquiry/capacity';
import { clientHistory } from './inquiry/clientHistory';
import { inquiryContext } from './inquiry/context';
import { projectHours } from './inquiry/projectedHours';
import { projectRate } from './inquiry/rate';
import { fitSpecialty } from './inquiry/specialty';
import type { InquiryEvaluation } from './inquiry/types';
import { decideVerdict, scoreOf, suggestedPrice, suggestions, type InquiryFindings } from './inquiry/verdict';

export type {
  DeclineReason,
  InquiryEvaluation,
  InquiryReason,
  InquiryReasonCode,
  ReasonSeverity,
  Verdict,
} from './inquiry/types';

/** Evaluates an inquiry (any existing project) against rates, capacity and the client's history. */
export function evaluateInquiry(projectId: string, data: Dataset, settings: Settings, today: string): InquiryEvaluation {
  const ctx = inquiryContext(projectId, data, settings, today);
  const hours = projectHours(ctx);
  const findings: InquiryFindings = {
    hours,
    rate: projectRate(ctx, hours),
    capacity: fitCapacity(ctx, hours),
    specialty: fitSpecialty(ctx),
    history: clientHistory(ctx),
  };
  const decision = decideVerdict(findings);
  const suggested = suggestedPrice(decision, hours, settings.targetHourlyRate);

  const result: InquiryEvaluation = {
    verdict: decision.verdict,
    score: scoreOf(decision.verdict, findings, settings.targetHourlyRate),
    projectedHours: hours.projectedHours,
    projectedHourlyRate: findings.rate.projectedHourlyRate,
    reasons: [
      ...hours.reasons,
      ...findings.rate.reasons,
      ...findings.capacity.reasons,
      ...findings.specialty.reasons,
      ...findings.history.reasons,
      ...suggestions(ctx, findings, decision, suggested),
    ],
  };
  if (suggested !== undefined) result.suggestedPrice = suggested;
  if (decision.declineReason) result.declineReason = decision.declineReason;
  return result;
}
