/** Why a SQL Server suite did not run: the one wording, which the runner accepts as the machine's. */
export const MSSQL_SKIP = 'MSSQL_URL is not set';
/** Why the SQL Server backup and restore suite did not run with MSSQL_URL set. */
export const MSSQL_BACKUP_DIR_SKIP = 'MSSQL_BACKUP_DIR is not set (a directory the SQL Server can write)';
/** A case for some engines only (engineTest's itOn): `postgres only: why`. */
export const engineOnlySkip = (kinds: readonly string[], why: string) => `${kinds.join(', ')} only: ${why}`;

/**
 * The reasons a test may be skipped for: what this machine lacks or the run was asked to leave
 * out, never what the test lacks. The SQL Server suites need MSSQL_URL (and the backup suite
 * MSSQL_BACKUP_DIR); the backup and restore tests need PostgreSQL's dump tools (worded in
 * libs/testing/src/system-postgres.ts); the cockpit test needs Chromium, the image test Docker,
 * the Windows agent test wine64, the mode-700 checkout test root; FUZZ_ONLY narrows the fuzz; a
 * case for one engine does not apply to the other. A new reason for a skip is added here, in review.
 */
const ENVIRONMENT_SKIPS: readonly RegExp[] = [
  /^no Chromium at /,
  /^no docker CLI \(/,
  /^no Docker daemon answers: /,
  /^wine64 is not installed here: /,
  /^needs root: /,
  /^FUZZ_ONLY=.* leaves it out$/,
  /^(postgres|mssql)(, (postgres|mssql))* only: /,
  /^no pg_dump on PATH: /,
  /^no pg_restore beside .* or on PATH: /,
  /^pg_restore \d+ at .* is older than pg_dump \d+ at /,
  /^pg_dump \d+ \(.*\) cannot dump the test server, which is newer, /,
];

export const isEnvironmentSkip = (reason: string): boolean =>
  reason === MSSQL_SKIP || reason === MSSQL_BACKUP_DIR_SKIP || ENVIRONMENT_SKIPS.some((re) => re.test(reason));
