import { describe, expect, it } from 'vitest';
import { entryKey, fileFingerprint, splitDuplicates } from '#shared/csv/dedupe';

const e = (date: string, minutes: number, note?: string, projectId: string | undefined = 'p1') => ({ projectId, date, minutes, ...(note ? { note } : {}) });

describe('splitDuplicates', () => {
  it('leaves out what is already there, one for one', () => {
    const existing = [{ projectId: 'p1', date: '2026-11-23', minutes: 60, note: 'Bocetos' }];
    const incoming = [e('2026-11-23', 60, 'Bocetos'), e('2026-11-23', 60, 'Bocetos'), e('2026-11-24', 60, 'Bocetos')];
    const { fresh, duplicates } = splitDuplicates(incoming, existing);
    expect(duplicates).toHaveLength(1);
    expect(fresh.map((x) => x.date)).toEqual(['2026-11-23', '2026-11-24']);
  });

  it('compares project, date, minutes and the trimmed note; an entry for a project still to create is new', () => {
    const existing = [{ projectId: 'p1', date: '2026-11-23', minutes: 60, note: ' Bocetos ' }];
    expect(splitDuplicates([e('2026-11-23', 60, 'Bocetos')], existing).duplicates).toHaveLength(1);
    expect(splitDuplicates([e('2026-11-23', 61, 'Bocetos')], existing).duplicates).toHaveLength(0);
    expect(splitDuplicates([e('2026-11-23', 60, 'bocetos')], existing).duplicates).toHaveLength(0);
    expect(splitDuplicates([e('2026-11-23', 60, 'Bocetos', 'p2')], existing).duplicates).toHaveLength(0);
    expect(splitDuplicates([{ date: '2026-11-23', minutes: 60, note: 'Bocetos' }], existing).fresh).toHaveLength(1);
    expect(entryKey({ projectId: 'p', date: 'd', minutes: 1 })).toBe(entryKey({ projectId: 'p', date: 'd', minutes: 1, note: '' }));
  });
});

describe('fileFingerprint', () => {
  it('is the same for the same text and differs for a changed one', () => {
    const text = 'Project,Client\nWeb,Lumen\n';
    expect(fileFingerprint(text)).toMatch(/^[0-9a-f]{16}$/);
    expect(fileFingerprint(text)).toBe(fileFingerprint(`${text}`));
    expect(fileFingerprint(text)).not.toBe(fileFingerprint(text.replace('Web', 'Wab')));
  });
});
