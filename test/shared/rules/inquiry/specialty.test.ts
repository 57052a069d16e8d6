import { describe, expect, it } from 'vitest';
import { inquiryContext } from '#shared/rules/inquiry/context';
import { fitSpecialty } from '#shared/rules/inquiry/specialty';
import { TODAY, client, dataset, inquiry, settings } from '../../../support/builders';

const fit = (kind: string, specialties: string[]) =>
  fitSpecialty(
    inquiryContext('q1', dataset({ clients: [client('c1')], projects: [inquiry('q1', 'c1', 100000, 10, 60, { kind })] }), settings({ specialties }), TODAY),
  );

describe('fitSpecialty', () => {
  it('finds a kind outside the specialties, naming them as written', () => {
    const f = fit('web', ['Branding', 'packaging']);
    expect(f.outsideSpecialty).toBe(true);
    expect(f.reasons).toEqual([
      { code: 'outside-specialty', severity: 'bad', text: 'This web project is outside your specialties (Branding, packaging): someone who specialises in it will serve them better.' },
    ]);
  });

  it('matches without regard to case or spaces', () => {
    const f = fit(' PACKAGING', ['Branding', 'packaging']);
    expect(f.outsideSpecialty).toBe(false);
    expect(f.reasons.map((r) => [r.code, r.severity])).toEqual([['in-specialty', 'good']]);
  });

  it('has no opinion when no specialties are set', () => {
    expect(fit('web', [])).toEqual({ outsideSpecialty: false, reasons: [] });
  });
});
