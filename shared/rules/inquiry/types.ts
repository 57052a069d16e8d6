/** The shapes an inquiry's evaluation speaks in: verdicts, reasons and their codes (DESIGN.md, Rules API). */
import type { DeclineReason } from '../../model';

export type { DeclineReason } from '../../model';
export type Verdict = 'accept' | 'negotiate' | 'decline';
export type ReasonSeverity = 'good' | 'info' | 'warn' | 'bad';

/** Stable identifiers of the reasons, for the UI and the letters. */
export type InquiryReasonCode =
  | 'projected-hours'
  | 'no-estimate'
  | 'rate-below-minimum'
  | 'rate-below-target'
  | 'rate-at-target'
  | 'hourly-pricing'
  | 'capacity-ok'
  | 'capacity-short'
  | 'no-deadline'
  | 'outside-specialty'
  | 'in-specialty'
  | 'late-payer'
  | 'pays-on-time'
  | 'unpaid-invoices'
  | 'red-signal'
  | 'green-signal'
  | 'promise'
  | 'non-client'
  | 'starred-referral'
  | 'referral'
  | 'star-client'
  | 'suggest-price'
  | 'suggest-scope'
  | 'suggest-deadline'
  | 'suggest-deposit'
  | 'suggest-settle';

export interface InquiryReason {
  code: InquiryReasonCode;
  severity: ReasonSeverity;
  text: string;
}

export interface InquiryEvaluation {
  verdict: Verdict;
  /** 0-100, for sorting only: every accept scores above every negotiate, above every decline. */
  score: number;
  /** Estimate corrected by past overruns; 0 when there is nothing to project from. */
  projectedHours: number;
  /** Money (minor units) per projected hour; 0 for a fixed price with no hours to divide by. */
  projectedHourlyRate: number;
  /** Projected hours x target rate, when the offer yields less than the target and it is not an accept. */
  suggestedPrice?: number;
  declineReason?: DeclineReason;
  reasons: InquiryReason[];
}
