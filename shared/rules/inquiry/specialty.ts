/** Step 4 of an inquiry's evaluation: whether its kind is one of your specialties (none configured: no opinion). */
import { normKind, reasonList, type InquiryContext } from './context';
import type { InquiryReason } from './types';

export interface SpecialtyFinding {
  outsideSpecialty: boolean;
  reasons: InquiryReason[];
}

/** Compares the inquiry's kind with `settings.specialties`. */
export function fitSpecialty(ctx: InquiryContext): SpecialtyFinding {
  const { project, settings, words } = ctx;
  const { reasons, add } = reasonList();
  const specialties = settings.specialties.map(normKind);
  const outsideSpecialty = specialties.length > 0 && !specialties.includes(normKind(project.kind));
  if (specialties.length > 0) {
    if (outsideSpecialty) {
      add('outside-specialty', 'bad', words.t('outsideSpecialty', { kind: project.kind, specialties: settings.specialties.join(', ') }));
    } else {
      add('in-specialty', 'good', words.t('inSpecialty', { kind: project.kind }));
    }
  }
  return { outsideSpecialty, reasons };
}
