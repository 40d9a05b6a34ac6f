import type { TableRef } from '@cutover/contracts';
import { chooseCopyKey } from '../copy-key';
import type { ColumnInfo, ConstraintInfo, TableDefinition, TableFingerprint, TableSummary } from '../engine';
import { definitionHash } from '../postgres/catalog';
import { query } from './connection';
import { buildIndexes, type IndexColumnRow, type IndexRow } from './indexes';
import { catalogType, columnList, countSql, quoteTable } from './tsql';
import type { TediousPool } from './connection';

export { buildIndexes };

/** Rows and reserved bytes per table from sys.dm_db_partition_stats (heap or clustered index rows). */
export const LIST_TABLES_SQL = `SELECT s.name, t.name,
       CONVERT(varchar(20), COALESCE(SUM(CASE WHEN ps.index_id IN (0, 1) THEN ps.row_count END), 0)),
       CONVERT(varchar(20), COALESCE(SUM(ps.reserved_page_count), 0) * 8192)
  FROM sys.tables t
  JOIN sys.schemas s ON s.schema_id = t.schema_id
  LEFT JOIN sys.dm_db_partition_stats ps ON ps.object_id = t.object_id
 WHERE t.is_ms_shipped = 0
 GROUP BY s.name, t.name
 ORDER BY s.name, t.name`;

export const TABLE_HEAD_SQL = `SELECT t.object_id,
       CONVERT(varchar(20), COALESCE((SELECT SUM(ps.row_count) FROM sys.dm_db_partition_stats ps
                                       WHERE ps.object_id = t.object_id AND ps.index_id IN (0, 1)), 0)),
       CONVERT(varchar(20), COALESCE((SELECT SUM(ps.reserved_page_count) FROM sys.dm_db_partition_stats ps
                                       WHERE ps.object_id = t.object_id), 0) * 8192)
  FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id
 WHERE s.name = @schema AND t.name = @name`;

/** TYPE_NAME(system_type_id): alias types report their base type, which is what bulk load and casts need. */
export const COLUMNS_SQL = `SELECT c.name, TYPE_NAME(c.system_type_id), c.max_length, c.precision, c.scale, c.is_nullable, c.column_id, c.collation_name,
       c.is_computed, c.is_identity
  FROM sys.columns c WHERE c.object_id = CONVERT(int, @id) ORDER BY c.column_id`;

/**
 * Every index but the heap (type 0), with what a faithful rebuild needs: its kind (XML, spatial,
 * columnstore and hash indexes are reported, then kept in place), fill factor, padding, lock options,
 * the data space (a partition scheme: kept in place) and its partitions' data compression.
 */
export const INDEXES_SQL = `SELECT i.index_id, i.name, i.is_unique, i.is_primary_key, i.is_unique_constraint, i.type_desc, i.filter_definition, i.is_disabled,
       CONVERT(int, i.type), CONVERT(int, i.fill_factor), i.is_padded, i.ignore_dup_key, i.allow_row_locks, i.allow_page_locks, ds.type,
       CASE WHEN (SELECT MIN(p.data_compression_desc) FROM sys.partitions p WHERE p.object_id = i.object_id AND p.index_id = i.index_id)
               = (SELECT MAX(p.data_compression_desc) FROM sys.partitions p WHERE p.object_id = i.object_id AND p.index_id = i.index_id)
            THEN (SELECT MIN(p.data_compression_desc) FROM sys.partitions p WHERE p.object_id = i.object_id AND p.index_id = i.index_id)
            ELSE N'MIXED' END
  FROM sys.indexes i LEFT JOIN sys.data_spaces ds ON ds.data_space_id = i.data_space_id
 WHERE i.object_id = CONVERT(int, @id) AND i.type > 0 AND i.is_hypothetical = 0 ORDER BY i.name`;

export const INDEX_COLUMNS_SQL = `SELECT ic.index_id, c.name, ic.is_descending_key, ic.is_included_column, ic.key_ordinal
  FROM sys.index_columns ic
  JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
 WHERE ic.object_id = CONVERT(int, @id)
 ORDER BY ic.index_id, ic.key_ordinal, ic.index_column_id`;

export const CHECKS_SQL = `SELECT cc.name, cc.definition FROM sys.check_constraints cc WHERE cc.parent_object_id = CONVERT(int, @id) ORDER BY cc.name`;

export const FOREIGN_KEYS_SQL = `SELECT fk.name, pc.name, rs.name, rt.name, rc.name, fk.delete_referential_action_desc, fk.update_referential_action_desc
  FROM sys.foreign_keys fk
  JOIN sys.foreign_key_columns fkc ON fkc.constraint_object_id = fk.object_id
  JOIN sys.columns pc ON pc.object_id = fkc.parent_object_id AND pc.column_id = fkc.parent_column_id
  JOIN sys.tables rt ON rt.object_id = fkc.referenced_object_id
  JOIN sys.schemas rs ON rs.schema_id = rt.schema_id
  JOIN sys.columns rc ON rc.object_id = fkc.referenced_object_id AND rc.column_id = fkc.referenced_column_id
 WHERE fk.parent_object_id = CONVERT(int, @id)
 ORDER BY fk.name, fkc.constraint_column_id`;

/** Catalog reads for SQL Server: names only ever travel as parameters here. */
export class MssqlCatalog {
  constructor(private readonly pool: TediousPool) {}

  private async with<T>(work: (conn: Parameters<typeof query>[0]) => Promise<T>): Promise<T> {
    const c = await this.pool.acquire();
    let broken: unknown;
    try {
      return await work(c.conn);
    } catch (error) {
      broken = error;
      throw error;
    } finally {
      this.pool.release(c, broken);
    }
  }

  listTables(): Promise<TableSummary[]> {
    return this.with(async (conn) => {
      const rows = await query<[string, string, string, string]>(conn, LIST_TABLES_SQL);
      return rows.map(([schema, name, n, bytes]) => ({ schema, name, estimatedRows: Number(n), bytes: Number(bytes) }));
    });
  }

  describeTable(ref: TableRef, exactCount: boolean): Promise<TableDefinition | undefined> {
    return this.with(async (conn) => {
      const head = await query<[number, string, string]>(conn, TABLE_HEAD_SQL, [
        { name: 'schema', value: ref.schema },
        { name: 'name', value: ref.name },
      ]);
      if (head.length === 0) return undefined;
      const [objectId, estimated, bytes] = head[0];
      const id = [{ name: 'id', value: String(objectId) }];
      type ColumnRow = [string, string, number, number, number, boolean, number, string | null, boolean, boolean];
      const columns = (await query<ColumnRow>(conn, COLUMNS_SQL, id)).map(
        ([name, type, maxLength, precision, scale, nullable, ordinal, collation, computed, identity]): ColumnInfo => ({
          name,
          dataType: catalogType(type, maxLength, precision, scale),
          nullable,
          ordinal,
          collation,
          generated: computed,
          identity,
        }),
      );
      const indexRows = await query<IndexRow>(conn, INDEXES_SQL, id);
      const indexColumns = await query<IndexColumnRow>(conn, INDEX_COLUMNS_SQL, id);
      const checks = await query<[string, string]>(conn, CHECKS_SQL, id);
      const fks = await query<[string, string, string, string, string, string, string]>(conn, FOREIGN_KEYS_SQL, id);
      const rowCount = exactCount ? Number((await query<[string]>(conn, countSql(ref)))[0][0]) : Number(estimated);
      const { indexes, constraints, primaryKey, candidates } = buildIndexes(ref, indexRows, indexColumns);
      constraints.push(...checks.map(([name, definition]): ConstraintInfo => ({ name, kind: 'check', definition: `CHECK ${definition}` })));
      constraints.push(...foreignKeys(fks));
      constraints.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return {
        schema: ref.schema,
        name: ref.name,
        columns,
        primaryKey,
        copyKey: chooseCopyKey(columns, candidates),
        indexes,
        constraints,
        rowCount,
        rowCountExact: exactCount,
        bytes: Number(bytes),
      };
    });
  }

  async fingerprint(refs: TableRef[]): Promise<TableFingerprint[]> {
    const out: TableFingerprint[] = [];
    for (const ref of refs) {
      const def = await this.describeTable(ref, false);
      out.push(def ? { ...ref, exists: true, hash: definitionHash(def) } : { ...ref, exists: false, hash: null });
    }
    return out;
  }
}

export function foreignKeys(rows: [string, string, string, string, string, string, string][]): ConstraintInfo[] {
  const byName = new Map<string, [string, string, string, string, string, string, string][]>();
  for (const r of rows) byName.set(r[0], [...(byName.get(r[0]) ?? []), r]);
  return [...byName.entries()].map(([name, cols]) => {
    const [, , refSchema, refTable, , onDelete, onUpdate] = cols[0];
    const action = (what: string, desc: string) => (desc === 'NO_ACTION' ? '' : ` ON ${what} ${desc.replace(/_/g, ' ')}`);
    return {
      name,
      kind: 'foreign-key' as const,
      definition: `FOREIGN KEY (${columnList(cols.map((c) => c[1]))}) REFERENCES ${quoteTable({ schema: refSchema, name: refTable })} (${columnList(cols.map((c) => c[4]))})${action('DELETE', onDelete)}${action('UPDATE', onUpdate)}`,
    };
  });
}
