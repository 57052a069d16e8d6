import { describe, expect, it } from 'vitest';
import { formatMinutes } from '#shared/format';

describe('formatMinutes', () => {
  it('writes hours and minutes the same way in both languages below a thousand hours', () => {
    for (const language of ['es', 'en'] as const) {
      expect(formatMinutes(0, language)).toBe('0 min');
      expect(formatMinutes(45, language)).toBe('45 min');
      expect(formatMinutes(60, language)).toBe('1 h');
      expect(formatMinutes(90, language)).toBe('1 h 30 min');
      expect(formatMinutes(-90, language)).toBe('-1 h 30 min');
      expect(formatMinutes(89.6, language)).toBe('1 h 30 min');
    }
  });

  it("groups a large import's hours as the language does: 617.483 in Spanish, 617,483 in English", () => {
    const minutes = 617_483 * 60 + 30;
    expect(formatMinutes(minutes, 'es')).toBe('617.483 h 30 min');
    expect(formatMinutes(minutes, 'en')).toBe('617,483 h 30 min');
    expect(formatMinutes(12_000 * 60, 'es')).toBe('12.000 h');
    expect(formatMinutes(12_000 * 60, 'en')).toBe('12,000 h');
    expect(formatMinutes(-(2_500_000 * 60 + 5), 'en')).toBe('-2,500,000 h 5 min');
  });

  it('leaves four-digit hours ungrouped in Spanish, as Spanish style (and Intl) writes them', () => {
    expect(formatMinutes(1234 * 60, 'es')).toBe('1234 h');
    expect(formatMinutes(1234 * 60, 'en')).toBe('1,234 h');
  });
});
