/**
 * The import's public surface where DESIGN.md's Rules API names it (`decodeTimeCsv`,
 * `parseTimeCsv`...). The code lives in shared/csv/ (parse, plan, export, mapping).
 */
export * from '../csv';
