/**
 * How a backup is named in requests to agents and the orchestrator: a path relative to the agent's
 * AGENT_BACKUP_DIR made of plain names (letters, digits, `_`, `-` and `.`, not first, so no `.` or
 * `..` segment and no hidden file) separated by `/`; never absolute.
 */
export const BACKUP_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*$/;

export const BACKUP_NAME_MESSAGE =
  '$property must be a path relative to AGENT_BACKUP_DIR of plain names (letters, digits, _, - and ., not starting with .) separated by /';

/** The subdirectory of AGENT_BACKUP_DIR the state transfer's backups of production go to. */
export const STATE_TRANSFER_BACKUP_DIRECTORY = 'state-transfer';
