import { open, readFile, rename, writeFile } from 'node:fs/promises';
import { EngineKind } from '@cutover/contracts';
import { BACKUP_MANIFEST_FORMAT, EngineInputError, type BackupManifest } from '../engine';

/**
 * What a PostgreSQL backup says about itself: the header of a pg_dump custom-format archive, and
 * the manifest the agent writes beside each dump it makes (`<dump>.manifest.json`).
 */

export interface ArchiveHeader {
  /** Archive format version, e.g. "1.14" (pg_dump 12–15), "1.15" (16), "1.16" (17+). */
  formatVersion: string;
  database: string | null;
  /** Server the dump was taken from, as it reported itself. */
  serverVersion: string | null;
  /** The pg_dump that wrote it. */
  dumpVersion: string | null;
  /** Local time of the dumping host (the archive records no time zone). */
  createdAt: string | null;
}

const MAGIC = 'PGDMP';

/**
 * Reads the header of a custom-format archive (pg_dump -Fc), as pg_backup_archiver.c writes it:
 * magic, version bytes, int and offset sizes, format, compression, creation time (7 ints), then
 * the database name, the server's version and pg_dump's version as length-prefixed strings.
 */
export function parseArchiveHeader(buf: Buffer): ArchiveHeader {
  if (buf.length < 11 || buf.toString('latin1', 0, 5) !== MAGIC)
    throw new EngineInputError('the file is not a pg_dump custom-format archive (made with pg_dump -Fc): it does not start with PGDMP');
  const [major, minor, rev, intSize, , format] = [buf[5], buf[6], buf[7], buf[8], buf[9], buf[10]];
  const formatVersion = `${major}.${minor}${rev ? `.${rev}` : ''}`;
  if (format !== 1)
    throw new EngineInputError(`the archive has format ${format}, not the custom format (pg_dump -Fc) that restore-database reads`);
  let at = 11;
  const need = (n: number) => {
    if (at + n > buf.length) throw new RangeError('truncated header');
  };
  const int = (): number => {
    need(1 + intSize);
    const negative = buf[at] !== 0;
    let value = 0;
    for (let i = 0; i < intSize; i++) value += buf[at + 1 + i] * 2 ** (8 * i);
    at += 1 + intSize;
    return negative ? -value : value;
  };
  const str = (): string | null => {
    const length = int();
    if (length < 0) return null;
    need(length);
    const text = buf.toString('utf8', at, at + length);
    at += length;
    return text;
  };
  const base: ArchiveHeader = { formatVersion, database: null, serverVersion: null, dumpVersion: null, createdAt: null };
  try {
    // Up to 1.14 the compression level is an int; from 1.15 (pg_dump 16) it is one byte naming the algorithm.
    if (major > 1 || minor >= 15) at += 1;
    else int();
    const [sec, min, hour, mday, mon, year] = [int(), int(), int(), int(), int(), int()];
    int(); // isdst
    const pad = (n: number) => String(n).padStart(2, '0');
    const createdAt = `${1900 + year}-${pad(mon + 1)}-${pad(mday)}T${pad(hour)}:${pad(min)}:${pad(sec)}`;
    return { formatVersion, createdAt, database: str(), serverVersion: str(), dumpVersion: str() };
  } catch {
    return base; // An archive format this code does not know: its version is still reported.
  }
}

export async function readArchiveHeader(file: string): Promise<ArchiveHeader> {
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return parseArchiveHeader(buf.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

export const manifestPath = (dump: string): string => `${dump}.manifest.json`;

/** Written next to the dump under a temporary name, then renamed: a manifest is never seen half-written. */
export async function writeManifest(dump: string, manifest: BackupManifest): Promise<void> {
  const path = manifestPath(dump);
  await writeFile(`${path}.partial`, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o644 });
  await rename(`${path}.partial`, path);
}

/**
 * The manifest beside a dump; null when there is none (a dump made by hand). One that is not this
 * agent's format, or describes a dump of another size, is refused: it cannot be trusted as provenance.
 */
export async function readManifest(dump: string, dumpBytes: number): Promise<BackupManifest | null> {
  let text: string;
  try {
    text = await readFile(manifestPath(dump), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const name = manifestPath(dump).split('/').pop();
  let m: Partial<BackupManifest>;
  try {
    m = JSON.parse(text) as Partial<BackupManifest>;
  } catch {
    throw new EngineInputError(
      `the manifest ${name} is not valid JSON: remove it (the restore then has no provenance) or restore another backup`,
    );
  }
  const valid =
    m?.format === BACKUP_MANIFEST_FORMAT &&
    m.engine === EngineKind.Postgres &&
    typeof m.sourceDatabase === 'string' &&
    typeof m.takenAt === 'string' &&
    (m.watermark === null || typeof m.watermark === 'string') &&
    typeof m.bytes === 'number';
  if (!valid) throw new EngineInputError(`the manifest ${name} is not a ${BACKUP_MANIFEST_FORMAT} manifest of a PostgreSQL backup`);
  if (m.bytes !== dumpBytes)
    throw new EngineInputError(
      `the manifest ${name} describes a dump of ${m.bytes} bytes, but the dump beside it has ${dumpBytes}: it belongs to another backup`,
    );
  return m as BackupManifest;
}
