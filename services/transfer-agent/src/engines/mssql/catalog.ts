import type { TableRef } from '@cutover/contracts';
import { chooseCopyKey, type KeyCandidate } from '../copy-key';
import type { ColumnInfo, ConstraintInfo, IndexInfo, TableDefinition, TableFingerprint, TableSummary } from '../engine';
import { definitionHash } from '../postgres/catalog';
import { query } from './connection';
import { catalogType, columnList, countSql, createIndexSql, quoteIdent, quoteTable } from './tsql';
import type { TediousPool } from './connection';

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
export const COLUMNS_SQL = `SELECT c.name, TYPE_NAME(c.system_type_id), c.max_length, c.precision, c.scale, c.is_nullable, c.column_id, c.collation_name
  FROM sys.columns c WHERE c.object_id = CONVERT(int, @id) ORDER BY c.column_id`;

export const INDEXES_SQL = `SELECT i.index_id, i.name, i.is_unique, i.is_primary_key, i.is_unique_constraint, i.type_desc, i.filter_definition, i.is_disabled
  FROM sys.indexes i WHERE i.object_id = CONVERT(int, @id) AND i.type > 0 AND i.is_hypothetical = 0 ORDER BY i.name`;

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

type IndexRow = [number, string, boolean, boolean, boolean, string, string | null, boolean?];
type IndexColumnRow = [number, string, boolean, boolean, number];

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
      const columns = (await query<[string, string, number, number, number, boolean, number, string | null]>(conn, COLUMNS_SQL, id)).map(
        ([name, type, maxLength, precision, scale, nullable, ordinal, collation]): ColumnInfo => ({
          name,
          dataType: catalogType(type, maxLength, precision, scale),
          nullable,
          ordinal,
          collation,
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

/** Indexes with their re-creatable definitions; PK and unique constraints also become constraints. */
export function buildIndexes(
  ref: TableRef,
  indexRows: IndexRow[],
  indexColumns: IndexColumnRow[],
): { indexes: IndexInfo[]; constraints: ConstraintInfo[]; primaryKey: TableDefinition['primaryKey']; candidates: KeyCandidate[] } {
  const indexes: IndexInfo[] = [];
  const constraints: ConstraintInfo[] = [];
  const candidates: KeyCandidate[] = [];
  let primaryKey: TableDefinition['primaryKey'] = null;
  for (const [indexId, name, unique, primary, uniqueConstraint, typeDesc, filter, disabled] of indexRows) {
    const cols = indexColumns.filter((c) => c[0] === indexId);
    const keys = cols.filter((c) => !c[3]).map((c) => ({ column: c[1], descending: c[2] }));
    const included = cols.filter((c) => c[3]).map((c) => c[1]);
    const clustered = typeDesc === 'CLUSTERED';
    const keyText = keys.map((k) => `${quoteIdent(k.column)} ${k.descending ? 'DESC' : 'ASC'}`).join(', ');
    let definition: string;
    if (primary || uniqueConstraint) {
      definition = `${primary ? 'PRIMARY KEY' : 'UNIQUE'} ${clustered ? 'CLUSTERED' : 'NONCLUSTERED'} (${keyText})`;
      if (uniqueConstraint) constraints.push({ name, kind: 'unique', definition });
      if (primary) primaryKey = { name, columns: keys.map((k) => k.column) };
    } else {
      definition = createIndexSql(ref, { name, unique, clustered, keys, included, filter });
    }
    indexes.push({
      name,
      columns: keys.map((k) => k.column),
      unique,
      primaryKey: primary,
      constraintBacked: primary || uniqueConstraint,
      definition,
    });
    const unusable = filter ? `filtered (WHERE ${filter})` : disabled ? 'disabled' : null;
    candidates.push({ name, columns: keys.map((k) => k.column), primaryKey: primary, unique, clustered, unusable });
  }
  return { indexes, constraints, primaryKey, candidates };
}

/** Foreign-key constraints from FOREIGN_KEYS_SQL rows (one per column): their re-creatable definitions. */
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
