/**
 * Column types cannot be parameters: creating a table on one system from another's catalog writes
 * them into DDL. Only texts that look like a type name pass (the agent enforces it; the state
 * transfer's validation uses it to refuse early).
 */
/** Type names as the catalogs print them: `numeric(32,16)`, `character varying(20)`, `timestamp(3) with time zone`, `text[]`, `"char"`, `nvarchar(max)`. */
const TYPE_NAME = /^(?:"char"|[A-Za-z_][A-Za-z0-9_ .]*(?:\(\s*(?:\d+|max)(?:\s*,\s*\d+)?\s*\))?[A-Za-z ]*(?:\[\])*)$/i;

/** Why a column's type cannot be written into DDL (types cannot be parameters), or null when it can. */
export function unsafeType(dataType: string): string | null {
  return dataType.length <= 100 && TYPE_NAME.test(dataType) && !/--|\/\*/.test(dataType) ? null : `type ${JSON.stringify(dataType)}`;
}
