/**
 * The import preview of a large export (150,000 rows, about 15 MB): reading its bytes as text,
 * parsing it, and planning it against an empty app, as the preview's worker does. Part of
 * `npm run bench`; the page itself is not held by any of it (the e2e test checks that).
 */
import { decodeTimeCsv, parseTimeCsv, planImport } from '#shared/csv';
import { EMPTY_DATASET } from '#shared/model';
import { bigTimeCsv } from '../test/support/bigExport';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median of three runs: decode + parse, and plan, of the 150,000-row export. */
export function measureImportParse(): { megabytes: number; rows: number; parseMs: number; planMs: number } {
  const bytes = new TextEncoder().encode(bigTimeCsv(150_000));
  const parses: number[] = [];
  const plans: number[] = [];
  let rows = 0;
  for (let run = 0; run < 3; run++) {
    let t = performance.now();
    const parsed = parseTimeCsv(decodeTimeCsv(bytes));
    parses.push(performance.now() - t);
    rows = parsed.rows.length;
    t = performance.now();
    planImport(parsed.rows, EMPTY_DATASET, { internalName: 'Estudio' });
    plans.push(performance.now() - t);
  }
  return { megabytes: Math.round((bytes.byteLength / 1024 / 1024) * 10) / 10, rows, parseMs: Math.round(median(parses)), planMs: Math.round(median(plans)) };
}
