import { describe, expect, it } from 'vitest';
import { createImportHandler, type ImportChoices, type ImportReply } from '../../renderer/src/screens/import/importAnalysis';

/** A ClientFit CSV of `rows` entries over 20 clients. */
function bigTimeCsv(rows: number): string {
  const lines = ['date,client,project,minutes,billable,note'];
  for (let i = 0; i < rows; i++) lines.push(`2024-03-${String(1 + (i % 28)).padStart(2, '0')},Cliente ${i % 20},Proyecto ${i % 60},${15 + (i % 400)},yes,Bocetos y revisión (${i})`);
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const choices: ImportChoices = { dateOrder: null, clientForBlank: '', projectForBlank: '', internalName: 'Estudio' };
const empty = { clients: [], projects: [], timeEntries: [] };

describe('the import preview work', () => {
  it('reports its progress from 0 to 1, only forwards, then the preview of every row, and the payload', async () => {
    const replies: ImportReply[] = [];
    const handle = createImportHandler((r) => replies.push(r));
    const text = bigTimeCsv(20_000);
    void handle({ kind: 'open', file: new Blob([text]) });
    void handle({ kind: 'data', data: empty });
    await handle({ kind: 'analyse', id: 1, choices });
    const shares = replies.flatMap((r) => (r.kind === 'progress' ? [r.share] : []));
    expect(shares.length).toBeGreaterThan(5);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.at(-1)).toBe(1);
    // Parsing reported its own steps, between reading (up to 0.3) and planning.
    expect(shares.some((s) => s > 0.3 && s < 0.9)).toBe(true);
    const analysis = replies.find((r) => r.kind === 'analysis');
    expect(analysis?.kind === 'analysis' && analysis.analysis.plan.entryCount).toBe(20_000);
    expect(analysis?.kind === 'analysis' && analysis.analysis.groups).toHaveLength(20);
    expect(analysis?.kind === 'analysis' && analysis.analysis.groups[0]?.projects).toHaveLength(3);

    await handle({ kind: 'payload', id: 2, choices: { kind: 'branding', includeDuplicates: false, fileName: 'big.csv' } });
    const payload = replies.find((r) => r.kind === 'payload');
    expect(payload?.kind === 'payload' && payload.payload.entries).toHaveLength(20_000);
    expect(payload?.kind === 'payload' && payload.payload.clients).toHaveLength(20);
  });

  it('says the file could not be read, once, and answers nothing more', async () => {
    const replies: ImportReply[] = [];
    const handle = createImportHandler((r) => replies.push(r));
    const broken = { size: 10, slice: () => ({ arrayBuffer: () => Promise.reject(new Error('gone')) }), arrayBuffer: () => Promise.reject(new Error('gone')) } as unknown as Blob;
    await handle({ kind: 'open', file: broken });
    await handle({ kind: 'analyse', id: 1, choices });
    expect(replies.filter((r) => r.kind !== 'progress')).toEqual([{ kind: 'failed' }]);
  });

});
