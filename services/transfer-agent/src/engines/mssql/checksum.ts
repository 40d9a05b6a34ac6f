import type { RangeRequest } from '../engine';
import { columnType, quoteIdent, quoteTable, rangePredicate, type SqlParam, type SqlType } from './tsql';

/**
 * One column's canonical text inside the row rendering: `<length>:<text>` for a value and `-` for
 * NULL, so that concatenated fields can never be confused (`'a','bc'` vs `'ab','c'`, NULL vs '').
 * Exact types are rendered exactly (float with style 3 = 17 significant digits, binary as 0x hex,
 * datetime/datetime2 with style 121's full fraction).
 */
export function canonicalText(column: string, type: SqlType): string {
  const c = quoteIdent(column);
  let text: string;
  switch (type.name) {
    case 'float':
    case 'real':
      text = `CONVERT(nvarchar(max), ${c}, 3)`;
      break;
    case 'binary':
    case 'varbinary':
    case 'timestamp':
    case 'rowversion':
      text = `CONVERT(nvarchar(max), ${c}, 1)`;
      break;
    case 'image':
      text = `CONVERT(nvarchar(max), CONVERT(varbinary(max), ${c}), 1)`;
      break;
    case 'text':
    case 'ntext':
    case 'xml':
      text = `CONVERT(nvarchar(max), ${c})`;
      break;
    case 'datetime':
    case 'datetime2':
    case 'datetimeoffset':
      text = `CONVERT(nvarchar(max), ${c}, 121)`;
      break;
    case 'money':
    case 'smallmoney':
      text = `CONVERT(nvarchar(max), ${c}, 2)`;
      break;
    default:
      text = `CONVERT(nvarchar(max), ${c})`;
  }
  return `COALESCE(CONVERT(nvarchar(max), DATALENGTH(${text})) + N':' + ${text}, N'-')`;
}

/**
 * Row count and an order-independent hash of a key range: the sum, as decimal(38,0), of the first
 * 8 bytes (a signed bigint) of each row's MD5 over its canonical rendering — the same aggregate the
 * Postgres engine uses. Not CHECKSUM_AGG(BINARY_CHECKSUM(*)): CHECKSUM_AGG combines by XOR, so two
 * identical rows cancel each other out (a duplicated row goes unseen), and BINARY_CHECKSUM skips
 * text, ntext, image and xml columns entirely and is a 32-bit hash. HASHBYTES takes input over
 * 8000 bytes from SQL Server 2016 on; float style 3 also needs 2016+.
 */
export function checksumSql(request: RangeRequest): { sql: string; params: SqlParam[] } {
  const where = rangePredicate(request.table, request.range);
  const row = request.columns.map((c) => canonicalText(c, columnType(request.table, c))).join(` + N'|' + `);
  const hash = `CONVERT(decimal(38,0), CONVERT(bigint, SUBSTRING(HASHBYTES('MD5', ${row || "N''"}), 1, 8)))`;
  const sql = `SELECT CONVERT(varchar(20), COUNT_BIG(*)), CONVERT(varchar(40), COALESCE(SUM(${hash}), 0)) FROM ${quoteTable(request.table)} WHERE ${where.sql}`;
  return { sql, params: where.params };
}
