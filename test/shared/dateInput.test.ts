import { describe, expect, it } from 'vitest';
import { dateInputOrder, dateInputPattern, formatDateInput, formatDateTimeInput, parseDateInput, parseDateTimeInput } from '#shared/dateInput';

describe('dates typed in the app language', () => {
  it('writes a date day first in Spanish and in the app’s (British) English, and never the system’s order', () => {
    expect(dateInputOrder('es').parts).toEqual(['day', 'month', 'year']);
    expect(formatDateInput('2026-12-04', 'es')).toBe('04/12/2026');
    expect(formatDateInput('2026-12-04', 'en')).toBe('04/12/2026');
    expect(formatDateInput('', 'es')).toBe('');
    expect(dateInputPattern('es', { day: 'dd', month: 'mm', year: 'aaaa' })).toBe('dd/mm/aaaa');
  });

  it('reads what a Spanish person types as that day', () => {
    for (const typed of ['04/12/2026', '4/12/2026', '4-12-2026', '4.12.26', '04122026', '041226', ' 04 / 12 / 2026 ', '2026-12-04']) {
      expect(parseDateInput(typed, 'es'), typed).toEqual({ ok: true, value: '2026-12-04' });
    }
    // 12/04 is the 12th of April, not the 4th of December.
    expect(parseDateInput('12/04/2026', 'es')).toEqual({ ok: true, value: '2026-04-12' });
    expect(parseDateInput('12/04/2026', 'en')).toEqual({ ok: true, value: '2026-04-12' });
  });

  it('takes the year of today when only day and month are typed', () => {
    expect(parseDateInput('4/12', 'es', '2027-03-01')).toEqual({ ok: true, value: '2027-12-04' });
    expect(parseDateInput('4/12', 'es')).toEqual({ ok: false, problem: 'incomplete' });
  });

  it('says a date is impossible or incomplete instead of guessing, and empty is no date', () => {
    expect(parseDateInput('', 'es')).toEqual({ ok: true, value: '' });
    expect(parseDateInput('31/02/2026', 'es')).toEqual({ ok: false, problem: 'impossible' });
    expect(parseDateInput('29/02/2027', 'es')).toEqual({ ok: false, problem: 'impossible' });
    expect(parseDateInput('29/02/2028', 'es')).toEqual({ ok: true, value: '2028-02-29' });
    expect(parseDateInput('12/13/2026', 'es')).toEqual({ ok: false, problem: 'impossible' });
    expect(parseDateInput('00/12/2026', 'es')).toEqual({ ok: false, problem: 'impossible' });
    expect(parseDateInput('2026-13-45', 'es')).toEqual({ ok: false, problem: 'impossible' });
    expect(parseDateInput('04/12/1850', 'es')).toEqual({ ok: false, problem: 'impossible' });
    for (const typed of ['04/12', '04/12/202', '04/12/20266', 'mañana', '04/122/2026', '4']) {
      expect(parseDateInput(typed, 'es'), typed).toEqual({ ok: false, problem: 'incomplete' });
    }
  });

  it('reads back every date it writes, in both languages', () => {
    for (const language of ['es', 'en'] as const) {
      for (const date of ['2026-01-01', '2026-12-31', '2028-02-29', '2031-07-09']) {
        expect(parseDateInput(formatDateInput(date, language), language)).toEqual({ ok: true, value: date });
      }
    }
  });
});

describe('a date and a time typed in the app language', () => {
  it('reads a day, month, year and a 24-hour time as YYYY-MM-DDTHH:mm', () => {
    for (const typed of ['06/12/2026 18:30', '6/12/2026 18:30', '6/12/26 18.30', '6-12-2026, 18:30', '2026-12-06T18:30', '6/12 18:30']) {
      expect(parseDateTimeInput(typed, 'es', '2026-11-23'), typed).toEqual({ ok: true, value: '2026-12-06T18:30' });
    }
    expect(parseDateTimeInput('6/12/2026 9', 'es')).toEqual({ ok: true, value: '2026-12-06T09:00' });
    expect(parseDateTimeInput('6/12/2026 9h', 'es')).toEqual({ ok: true, value: '2026-12-06T09:00' });
    expect(formatDateTimeInput('2026-12-06T18:30', 'es')).toBe('06/12/2026 18:30');
    expect(formatDateTimeInput('2026-12-06T18:30', 'en')).toBe('06/12/2026 18:30');
  });

  it('tells a missing time, an impossible day and an impossible hour apart', () => {
    expect(parseDateTimeInput('', 'es')).toEqual({ ok: true, value: '' });
    expect(parseDateTimeInput('06/12/2026', 'es')).toEqual({ ok: false, problem: 'incomplete' });
    expect(parseDateTimeInput('31/11/2026 18:30', 'es')).toEqual({ ok: false, problem: 'impossible' });
    expect(parseDateTimeInput('06/12/2026 24:00', 'es')).toEqual({ ok: false, problem: 'impossible-time' });
    expect(parseDateTimeInput('06/12/2026 18:75', 'es')).toEqual({ ok: false, problem: 'impossible-time' });
    expect(parseDateTimeInput('18:30', 'es')).toEqual({ ok: false, problem: 'incomplete' });
  });
});
