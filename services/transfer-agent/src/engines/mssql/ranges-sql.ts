import type { TableDefinition } from '../engine';
import { columnType, formatType, keyTextOf } from './tsql';

/**
 * The statistics histogram of a one-column copy key's index (sys.dm_db_stats_histogram, SQL Server
 * 2016 SP1 CU2 and later): per step its upper bound as key text (keyTextOf: what rangePredicate
 * reads back), the rows strictly below it since the previous step, and the rows equal to it. Up to
 * 200 steps, read from the statistics object: no table scan. Only an ascending key (the histogram
 * follows the index order). `@table` is the quoted two-part name, `@index` the key's index (its
 * statistics carry its name).
 */
export function statsHistogramSql(table: TableDefinition, keyColumn: string): string {
  const type = columnType(table, keyColumn);
  const text = keyTextOf(`CONVERT(${formatType(type)}, h.range_high_key)`, type);
  return `SELECT ${text}, CONVERT(varchar(40), CONVERT(decimal(38,0), h.range_rows)), CONVERT(varchar(40), CONVERT(decimal(38,0), h.equal_rows))
  FROM sys.stats s
 CROSS APPLY sys.dm_db_stats_histogram(s.object_id, s.stats_id) h
 WHERE s.object_id = OBJECT_ID(@table) AND s.name = @index
   AND INDEXKEY_PROPERTY(s.object_id, s.stats_id, 1, N'IsDescending') = 0
 ORDER BY h.step_number`;
}
