/**
 * Schema versions of the data files, and pure functions that bring an older file
 * up to date. Every file carries `schemaVersion`; a file from an older version is
 * migrated in memory at load and written back in the current shape on its next save.
 */

/** The data version this build writes. Bump it together with a new entry in MIGRATIONS. */
export const SCHEMA_VERSION = 1;

/** What a data file holds, which decides how it is migrated and checked. */
export type DocKind = 'settings' | 'timer' | 'collection' | 'timeShard';

export type Doc = Record<string, unknown>;
export type Migration = (doc: Doc, kind: DocKind) => Doc;

/** `MIGRATIONS[n]` turns a version-n file into a version-(n+1) file. Version 1 is the first. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export class MigrationError extends Error {}

/** Brings a parsed file to the current version; throws MigrationError when it cannot. */
export function migrateDoc(
  raw: unknown,
  kind: DocKind,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = SCHEMA_VERSION,
): Doc {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new MigrationError('the file does not hold an object');
  let doc = raw as Doc;
  const first = doc.schemaVersion;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1) {
    throw new MigrationError('the file has no valid schemaVersion');
  }
  let version: number = first;
  if (version > current) {
    throw new MigrationError(`the file was written by a newer version of ClientFit (data version ${version})`);
  }
  while (version < current) {
    const step = migrations[version];
    if (!step) throw new MigrationError(`no migration from data version ${version}`);
    doc = step(doc, kind);
    if (doc.schemaVersion !== version + 1) throw new MigrationError(`the migration from version ${version} did not advance`);
    version = version + 1;
  }
  return doc;
}
