/** Reading money and numbers typed by people: `1.234,50`, `1234.5`, `45`. */

/** Parses a decimal typed in either style into a number, or null. */
export function parseDecimal(text: string): number | null {
  const s = text.trim().replace(/\s|€|\$|£/g, '');
  if (!s) return null;
  let normalised = s;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma > -1 && lastDot > -1) {
    // The later separator is the decimal one; the other groups thousands.
    normalised = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma > -1) {
    normalised = /^\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    normalised = s.replace(/\./g, '');
  }
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

/** Money typed in major units (`1.200,50`) -> integer minor units, or null. */
export function parseMoney(text: string): number | null {
  const n = parseDecimal(text);
  if (n === null || n < 0) return null;
  return Math.round(n * 100);
}

/** Minor units -> what a money input shows when editing (`1200.5` -> `1200,50` in es). */
export function moneyInput(cents: number | undefined, language: 'es' | 'en'): string {
  if (cents === undefined) return '';
  const s = (cents / 100).toFixed(cents % 100 === 0 ? 0 : 2);
  return language === 'es' ? s.replace('.', ',') : s;
}
