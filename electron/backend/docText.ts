/**
 * The text of a data file, as JSON.stringify writes it, without serialising a whole month
 * again for each logged hour: the text of each time entry is kept from the write that first
 * wrote it, and the month is joined from those.
 */

/** Each time entry's JSON, kept while the entry is alive. */
const entryTexts = new WeakMap<object, string>();

/** Whether every value of `x` is a string, number or boolean: its JSON cannot change once it is frozen. */
function isFlat(x: object): boolean {
  for (const k in x) {
    const v = (x as Record<string, unknown>)[k];
    if (v !== null && typeof v === 'object') return false;
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') return false;
  }
  return true;
}

/** The JSON of one entry: kept from before, or made now and kept. */
function itemText(item: unknown): string {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return JSON.stringify(item) ?? 'null';
  const known = entryTexts.get(item);
  if (known !== undefined) return known;
  const text = JSON.stringify(item);
  // Frozen, so the kept text can never go stale: changing a written entry in place throws instead.
  if (isFlat(item) && Object.getPrototypeOf(item) === Object.prototype) {
    Object.freeze(item);
    entryTexts.set(item, text);
  }
  return text;
}

/** The items last written and their text (a copy of the list: a list changed in place later cannot fool it). */
let lastItems: { items: unknown[]; text: string } | undefined;

/** The JSON of a list of entries; the list last written plus one entry at its end (an hour logged) adds that entry's text. */
function itemsText(items: unknown[]): string {
  const prev = lastItems;
  let text: string | undefined;
  if (prev && prev.items.length > 0 && items.length === prev.items.length + 1) {
    let same = true;
    for (let i = 0; i < prev.items.length && same; i++) same = items[i] === prev.items[i];
    if (same) text = `${prev.text.slice(0, -1)},${itemText(items[items.length - 1])}]`;
  }
  if (text === undefined) {
    const list = new Array<string>(items.length);
    for (let i = 0; i < items.length; i++) list[i] = itemText(items[i]);
    text = `[${list.join(',')}]`;
  }
  lastItems = { items: items.slice(), text };
  return text;
}

/**
 * `JSON.stringify(doc)`, the same text, for any data file; a month file (`month` and `items`)
 * reuses the text of the entries it wrote before, so logging an hour serialises one entry.
 */
export function docText(doc: Record<string, unknown>): string {
  const items = doc.items;
  if (typeof doc.month !== 'string' || !Array.isArray(items)) return JSON.stringify(doc);
  const parts: string[] = [];
  for (const key of Object.keys(doc)) {
    const value = doc[key];
    let text: string | undefined;
    if (key === 'items') {
      text = itemsText(items);
    } else {
      text = JSON.stringify(value);
    }
    // JSON.stringify leaves out a key whose value has no JSON (undefined, a function).
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}
