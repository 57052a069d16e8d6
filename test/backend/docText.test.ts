import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docText } from '../../electron/backend/docText';

describe('docText', () => {
  const entry = fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 6 }),
      projectId: fc.string({ maxLength: 4 }),
      date: fc.constantFrom('2026-03-01', '2026-03-31'),
      minutes: fc.integer({ min: 1, max: 1440 }),
      billable: fc.boolean(),
      note: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 8 }), fc.constant('"\\\n\u2028é')),
    },
    { requiredKeys: ['id', 'date'] },
  );
  const monthDoc = fc.record({
    schemaVersion: fc.constant(1),
    month: fc.constant('2026-03'),
    items: fc.array(fc.oneof({ weight: 6, arbitrary: entry }, { weight: 1, arbitrary: fc.jsonValue() }), { maxLength: 6 }),
    __internal__: fc.constant({}),
  });

  it('writes the same text as JSON.stringify, for month files and any other document', () => {
    fc.assert(
      fc.property(fc.oneof(monthDoc, fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue())), (doc) => {
        expect(docText(doc)).toBe(JSON.stringify(doc));
        // The second time reads the kept text of each entry: still the same.
        expect(docText(doc)).toBe(JSON.stringify(doc));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a month again with one more entry, and a replaced entry with its new values', () => {
    const a = { id: 'a', projectId: 'p', date: '2026-03-01', minutes: 60, billable: true };
    const b = { id: 'b', projectId: 'p', date: '2026-03-02', minutes: 30, billable: false };
    const first = { schemaVersion: 1, month: '2026-03', items: [a] };
    expect(docText(first)).toBe(JSON.stringify(first));
    const more = { ...first, items: [a, b] };
    expect(JSON.parse(docText(more)).items).toEqual([a, b]);
    const edited = { ...a, minutes: 90 };
    expect(JSON.parse(docText({ ...first, items: [edited, b] })).items[0].minutes).toBe(90);
  });

  it('writes a month grown one entry at a time, or changed in place in between, as JSON.stringify does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(entry, fc.constantFrom('append', 'append', 'append', 'append-two', 'replace', 'push-in-place', 'drop')), { minLength: 1, maxLength: 12 }), (steps) => {
        let items: Record<string, unknown>[] = [];
        for (const [e, how] of steps) {
          if (how === 'push-in-place') {
            // The list last written, changed in place and not written: its kept text must not be trusted.
            items.push(e);
            continue;
          }
          if (how === 'append' || items.length === 0) items = [...items, e];
          else if (how === 'append-two') items = [...items, e, { ...e, id: `${String(e.id)}2` }];
          else if (how === 'replace') items = [e, ...items.slice(1)];
          else items = items.slice(0, -1);
          const doc = { schemaVersion: 1, month: '2026-03', items, __internal__: {} };
          expect(docText(doc)).toBe(JSON.stringify(doc));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('freezes an entry once written, so its kept text cannot go stale', () => {
    const a = { id: 'a', projectId: 'p', date: '2026-03-01', minutes: 60, billable: true };
    docText({ schemaVersion: 1, month: '2026-03', items: [a] });
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => {
      (a as { minutes: number }).minutes = 5;
    }).toThrow(TypeError);
    expect(docText({ schemaVersion: 1, month: '2026-03', items: [a] })).toContain('"minutes":60');
  });
});
