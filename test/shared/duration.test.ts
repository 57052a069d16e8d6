import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatDurationInput, parseDuration } from '../../shared/duration';

describe('parseDuration', () => {
  it.each([
    ['1:30', 90],
    ['0:45', 45],
    ['1.5', 90],
    ['1,5', 90],
    ['1,5 h', 90],
    ['1.5h', 90],
    ['90m', 90],
    ['90 min', 90],
    ['2h15', 135],
    ['2h 15m', 135],
    ['2 h 15 min', 135],
    ['45min', 45],
    ['3', 180],
    ['1h', 60],
    ['  1H 30M ', 90],
    ['2 horas', 120],
    ['30 minutos', 30],
    ['1 hr', 60],
    ['.5', 30],
    ['24', 1440],
    ['24:00', 1440],
    ['0.01', 1],
    ['10 min.', 10],
  ])('reads %j as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['', '   ', '0', '0:00', '0 min', '-1', '-1:30', '- 2h', 'abc', 'h', '1:75', '1:5', '1..5', '1,5,5', '25', '24:01', '1441 min', '0.001', 'NaN', 'Infinity', '1e3', '2h 15x'])(
    'gives null for %j',
    (text) => {
      expect(parseDuration(text)).toBeNull();
    },
  );
});

describe('formatDurationInput', () => {
  it('writes hours and two-digit minutes', () => {
    expect(formatDurationInput(90)).toBe('1:30');
    expect(formatDurationInput(45)).toBe('0:45');
    expect(formatDurationInput(60)).toBe('1:00');
    expect(formatDurationInput(1440)).toBe('24:00');
    expect(formatDurationInput(89.6)).toBe('1:30');
    expect(formatDurationInput(Number.NaN)).toBe('');
  });

  it('reads back what it writes, for every minute of a day', () => {
    for (let m = 1; m <= 1440; m++) expect(parseDuration(formatDurationInput(m))).toBe(m);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        const m = parseDuration(s);
        expect(m === null || (Number.isInteger(m) && m >= 1 && m <= 1440)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
