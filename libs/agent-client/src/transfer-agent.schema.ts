// Generated from openapi/transfer-agent.json by `npm run openapi`. Do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness of the process and reachability of the database. No token needed. */
        get: operations["health_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process answers (a liveness probe: restart me when this fails). Touches nothing else. No token needed. */
        get: operations["health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ready for traffic: the database this agent serves answers. 503 otherwise. No token needed. */
        get: operations["health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/fingerprint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A stable hash of the named tables' definitions, to compare two databases' schemas (a read: POST only to carry the list). */
        post: operations["catalog_fingerprint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** User tables with estimated rows and size. */
        get: operations["catalog_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/tables/{schema}/{table}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Columns, keys, indexes, constraints, rows and size of one table (schema and name each one path segment, URL-encoded). */
        get: operations["catalog_describe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/tables/{schema}/{table}/ranges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Key-range bounds that split a table into parts of about equal rows (quantiles of the key, by default its copy key; row values when composite). */
        get: operations["catalog_ranges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export/{schema}/{table}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The row stream another agent pulls for copy-range. Authorized by the `grant` (an HMAC keyed
         *     with this agent's token over table, key columns, bounds (row values: one `from` and one `to`
         *     per key column), columns, format, the pulling operation's id and a short expiry), not by the
         *     bearer token: forged, expired or mismatched grants get 403. A format this engine does not export is a 400 naming the ones it does.
         */
        get: operations["export_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Engine, server version, database, agent version, capabilities, what the server's version supports, and the agent's host (name, cores). */
        get: operations["info_info"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/info/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the agent's login may do in its database (readiness and the state transfer check it). */
        get: operations["info_permissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Operations this agent knows (since it started), optionally by status. */
        get: operations["operations_list"];
        put?: never;
        /**
         * Start an operation. 202 when it is new; 200 with the existing operation when this id was
         *     started before with the same request (idempotent); 409 when the id was used for another request.
         *     `waitSeconds` waits for it to finish before answering (long-poll).
         */
        post: operations["operations_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status, progress, result or error of one operation; `waitSeconds` long-polls until it finishes. */
        get: operations["operations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the running statement. A canceled copy leaves its range as it was before (empty on a first attempt). */
        post: operations["operations_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operations/{id}/grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the export grant of a queued copy-range (the orchestrator renews grants of copies that
         *     wait longer than half a grant's life). 409 once the copy started: its export already used its grant.
         */
        put: operations["operations_renewGrant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sessions connected to this agent's database. */
        get: operations["sessions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/single-user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Single-user mode as it holds: whether the watchdog is on, the sessions of other logins it
         *     ended (attempts), and the writes of other logins the write guard recorded since entry.
         */
        get: operations["sessions_singleUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        BackupDatabaseParamsDto: {
            /**
             * @description Subdirectory of AGENT_BACKUP_DIR to write into (plain names separated by `/`).
             * @example prod
             */
            directory?: string;
        };
        BackupHeaderDto: {
            /**
             * @description PostgreSQL: local time of the dumping host (no time zone); SQL Server: the backup's start.
             * @example 2026-12-01T20:15:00.000Z
             */
            createdAt: string | null;
            /** @example 16.0.4135.4 */
            serverVersion: string | null;
            /** @example MicrosoftDynamicsAX */
            sourceDatabase: string | null;
            /**
             * @description pg_dump's version; null for SQL Server.
             * @example pg_dump (PostgreSQL) 18.4
             */
            tool: string | null;
        };
        BackupManifestDto: {
            /** @example 734003200 */
            bytes: number;
            /** @enum {string} */
            engine: "postgres" | "mssql";
            /** @example 2026-12-01T21:40:12.000Z */
            finishedAt: string;
            /**
             * @description `cutover-backup/1`.
             * @example cutover-backup/1
             */
            format: string;
            /** @example 16.0.4135.4 */
            serverVersion: string;
            /** @example MicrosoftDynamicsAX */
            sourceDatabase: string;
            /**
             * @description When that watermark was read (ISO 8601).
             * @example 2026-12-01T20:15:00.000Z
             */
            takenAt: string;
            /**
             * @description The dump tool's version (`pg_dump --version`); null for SQL Server.
             * @example pg_dump (PostgreSQL) 18.4
             */
            tool: string | null;
            /**
             * @description Change watermark read right before the backup started; null when change tracking was not enabled.
             * @example 184467
             */
            watermark: string | null;
        };
        BackupResultDto: {
            /** @example 734003200 */
            bytes: number;
            /**
             * @description Where the backup is, as the agent (PostgreSQL) or the database server (SQL Server) sees it.
             * @example /var/opt/mssql/backup/prod/MicrosoftDynamicsAX-20261201.bak
             */
            file: string;
            manifest: components["schemas"]["BackupManifestDto"];
            /**
             * @description The backup's path relative to AGENT_BACKUP_DIR: what restore-database takes as `file`.
             * @example prod/MicrosoftDynamicsAX-20261201.bak
             */
            name: string;
        };
        BatchResultDto: {
            /**
             * @description First line of the batch in the script.
             * @example 12
             */
            line: number;
            /** @example 1250 */
            rowsAffected: number;
        };
        CapabilitiesDto: {
            /** @description Row-stream formats this agent serves at /v1/export. */
            exportFormats: ("pg-binary" | "pg-text" | "mssql-rows-v1")[];
            /** @description Row-stream formats copy-range can load. */
            importFormats: ("pg-binary" | "pg-text" | "mssql-rows-v1")[];
            operations: ("execute-script" | "prepare-table" | "finish-table" | "copy-range" | "checksum-range" | "enable-change-tracking" | "disable-change-tracking" | "current-watermark" | "check-watermark" | "run-delta-script" | "enter-single-user" | "exit-single-user" | "backup-database" | "restore-database" | "set-recovery-simple" | "restore-recovery-model" | "create-table" | "ensure-script-status" | "read-script-status" | "read-number-sequences" | "set-number-sequence" | "read-table-sequences" | "set-table-sequences")[];
        };
        ChangeTrackingTablesParamsDto: {
            tables: components["schemas"]["TableRefDto"][];
        };
        ChecksumParamsDto: {
            /**
             * @description Absent: the engine's fastest algorithm for these columns. Ask for one to compare with a checksum taken elsewhere.
             * @enum {string}
             */
            algorithm?: "pg-hash-record-v1" | "pg-md5-text-v1" | "mssql-hashbytes-v1";
            /**
             * @description Columns to transfer or hash, in order; default: all columns of the (destination) table that the
             *     database does not compute (computed and generated columns are recomputed by the target).
             * @example [
             *       "ACCOUNTNUM",
             *       "CREDITMAX",
             *       "DATAAREAID",
             *       "RECID"
             *     ]
             */
            columns?: string[];
            /** @description Absent: the whole table. */
            range?: components["schemas"]["KeyRangeDto"];
            /**
             * @description How many ranges the table is loaded in, this one included (a locking hint for the importer;
             *     absent: unknown). SQL Server takes a table lock (TABLOCK, minimal logging) only when one range
             *     loads a heap; with several ranges each loads under row locks, so they run side by side.
             * @example 13
             */
            rangesInTable?: number;
            table: components["schemas"]["TableRefDto"];
        };
        ChecksumResultDto: {
            /** @enum {string} */
            algorithm: "pg-hash-record-v1" | "pg-md5-text-v1" | "mssql-hashbytes-v1";
            /**
             * @description Order-independent content hash; equal on both sides when the rows are equal (under the same algorithm).
             * @example a3f5c9e1d2b4
             */
            checksum: string;
            /** @example 1250000 */
            rows: number;
        };
        CheckWatermarkParamsDto: {
            /**
             * @description A watermark this agent returned earlier (the `since` of a delta, a backup point).
             * @example 184467
             */
            since: string;
            /** @description Tables whose changes after `since` must all still be held. */
            tables: components["schemas"]["TableRefDto"][];
        };
        CheckWatermarkResultDto: {
            problems: components["schemas"]["WatermarkProblemDto"][];
            /** @example 7 days */
            retention: string;
            /** @description Every change to the tables after `since` is still held: a delta from it misses nothing. */
            valid: boolean;
        };
        ColumnDto: {
            /**
             * @description The collation text values sort by (PostgreSQL: the database's for `default`); null for types without one.
             * @example SQL_Latin1_General_CP1_CI_AS
             */
            collation: string | null;
            /**
             * @description Engine-native type, e.g. `numeric(32,16)`.
             * @example nvarchar(20)
             */
            dataType: string;
            /** @description PostgreSQL: binary COPY of the column embeds type OIDs another database does not share (array or composite of a user-defined type). */
            embedsTypeOids?: boolean;
            /** @description Computed by the database (SQL Server computed, PostgreSQL generated column): left out of copies, the target recomputes it. */
            generated?: boolean;
            /** @description An identity column: its values are copied exactly. */
            identity?: boolean;
            /** @example ACCOUNTNUM */
            name: string;
            nullable: boolean;
            /** @example 3 */
            ordinal: number;
        };
        ColumnShapeDto: {
            /**
             * @description The type as the other system's catalog printed it (e.g. `numeric(32,16)`); refused unless it looks like a type name.
             * @example nvarchar(20)
             */
            dataType: string;
            /** @example ACCOUNTNUM */
            name: string;
            nullable: boolean;
            /** @example 3 */
            ordinal: number;
        };
        ColumnValueDto: {
            /**
             * @description One of the sequence's key columns.
             * @example DATAAREAID
             */
            column: string;
            /** @example dat */
            value: string;
        };
        ConstraintDto: {
            /** @example CHECK (CREDITMAX >= 0) */
            definition: string;
            /** @description Inherited from a partitioned parent: it cannot be dropped on its own. */
            inherited?: boolean;
            /** @enum {string} */
            kind: "check" | "unique" | "foreign-key" | "exclusion";
            /** @example CK_CUSTTABLE_CREDITMAX */
            name: string;
            /** @description A foreign key's referenced table. */
            references?: components["schemas"]["TableRefDto"] | null;
        };
        CopyKeyDto: {
            /**
             * @example [
             *       "RECID"
             *     ]
             */
            columns: string[];
            /**
             * @description The primary key or unique index the columns come from; null when there is none.
             * @example I_077RECID
             */
            index: string | null;
            /**
             * @description Why these columns (`primary key PK_X`, `unique index I_X (clustered)`), or why there are none.
             * @example unique index I_077RECID (clustered)
             */
            reason: string;
        };
        CopyRangeParamsDto: {
            /**
             * @description Columns to transfer or hash, in order; default: all columns of the (destination) table that the
             *     database does not compute (computed and generated columns are recomputed by the target).
             * @example [
             *       "ACCOUNTNUM",
             *       "CREDITMAX",
             *       "DATAAREAID",
             *       "RECID"
             *     ]
             */
            columns?: string[];
            /**
             * @description Wire format; default: the best format both engines share.
             * @enum {string}
             */
            format?: "pg-binary" | "pg-text" | "mssql-rows-v1";
            /** @description Absent: the whole table. */
            range?: components["schemas"]["KeyRangeDto"];
            /**
             * @description How many ranges the table is loaded in, this one included (a locking hint for the importer;
             *     absent: unknown). SQL Server takes a table lock (TABLOCK, minimal logging) only when one range
             *     loads a heap; with several ranges each loads under row locks, so they run side by side.
             * @example 13
             */
            rangesInTable?: number;
            source: components["schemas"]["CopySourceDto"];
            table: components["schemas"]["TableRefDto"];
        };
        CopyRangeResultDto: {
            /** @example 58720256 */
            bytes: number;
            /**
             * @description Rows the range held before, deleted in the same transaction (non-zero on a retry).
             * @example 0
             */
            deletedFirst: number;
            /** @enum {string} */
            format: "pg-binary" | "pg-text" | "mssql-rows-v1";
            /** @example 100000 */
            rows: number;
        };
        CopySourceDto: {
            /**
             * @description Export grant minted with the source agent's token for this table, range, columns, format and
             *     operation id. Short-lived: while the operation waits in the queue the orchestrator replaces it
             *     through `PUT /v1/operations/{id}/grant`.
             * @example eyJhbGciOiJFZERTQSJ9.eyJ0YWJsZSI6ImRiby5DVVNUVEFCTEUifQ.c2lnbmF0dXJl
             */
            grant: string;
            /** @description Source table; defaults to the destination table's schema and name. */
            table?: components["schemas"]["TableRefDto"];
            /**
             * Format: uri
             * @description Base URL of the source agent.
             * @example https://ax-sql-01.contoso.local:8443
             */
            url: string;
        };
        CreateTableParamsDto: {
            columns: components["schemas"]["ColumnShapeDto"][];
            /** @example CUSTTABLE */
            name: string;
            primaryKey?: components["schemas"]["PrimaryKeyShapeDto"] | null;
            /** @example dbo */
            schema: string;
        };
        CreateTableResultDto: {
            /** @description False when the table existed already: nothing was done. */
            created: boolean;
        };
        DeferredObjectDto: {
            /**
             * @description Engine DDL as returned by prepare-table.
             * @example CREATE TRIGGER CUSTTABLE_UPDATE_TRG ON dbo.CUSTTABLE AFTER UPDATE AS SET NOCOUNT ON
             */
            definition: string;
            /** @enum {string} */
            kind: "index" | "check" | "unique" | "foreign-key" | "exclusion" | "trigger";
            /** @example CUSTTABLE_UPDATE_TRG */
            name: string;
        };
        DeltaKeyCountDto: {
            /** @example 12 */
            deleted: number;
            /** @example 40 */
            inserted: number;
            /**
             * @description The temporary table the script read the keys from.
             * @example #delta_CUSTTABLE
             */
            stagingTable: string;
            table: components["schemas"]["TableRefDto"];
            /** @example 3 */
            updated: number;
        };
        DeltaScriptParamsDto: {
            /**
             * @description Rows of the first result set to return (default 100).
             * @example 1000
             */
            maxRows?: number;
            /**
             * @description Named parameters. PostgreSQL scripts use `:name`, SQL Server scripts `@name`.
             * @example {
             *       "company": "dat"
             *     }
             */
            parameters?: {
                [key: string]: (string | null) | number | boolean;
            };
            /**
             * @description The watermark of the previous delta (or of enable-change-tracking): changes after it are processed.
             * @example 184467
             */
            since: string;
            /**
             * @description SQL text (GO batches). Each table's changed keys are in a temporary table named
             *     `delta_<table name>` (PostgreSQL `pg_temp."delta_<table>"`, SQL Server `#delta_<table>`): the key
             *     columns and `op` (I, U or D: the last operation on that key in the interval).
             * @example UPDATE n SET n.CREDITMAX = c.CREDITMAX FROM dbo.CUSTTABLE_NEW n JOIN #delta_CUSTTABLE d ON d.RECID = n.RECID JOIN dbo.CUSTTABLE c ON c.RECID = n.RECID
             */
            sql: string;
            /** @description Tables whose changed keys the script reads. */
            tables: components["schemas"]["TrackedTableDto"][];
            /**
             * @description Cancel the script after this many seconds.
             * @example 3600
             */
            timeoutSeconds?: number;
        };
        DeltaScriptResultDto: {
            batches: components["schemas"]["BatchResultDto"][];
            keys: components["schemas"]["DeltaKeyCountDto"][];
            messages: components["schemas"]["ServerMessageDto"][];
            /** @description No key changed in the interval. */
            noChanges: boolean;
            resultSet: components["schemas"]["ResultSetDto"] | null;
            /** @example 184467 */
            since: string;
            /**
             * @description The new watermark: store it as the next `since` (the script's work is committed with it).
             * @example 184912
             */
            watermark: string;
        };
        DisableChangeTrackingResultDto: {
            tables: components["schemas"]["UntrackedTableResultDto"][];
        };
        EnableChangeTrackingParamsDto: {
            /**
             * @description How long SQL Server keeps changes (Change Tracking retention), in days: at least the longest
             *     gap expected between two deltas (live preprocessing on a test system before a state transfer
             *     can take weeks). Raised when the database keeps less; never lowered. Default 30 when tracking
             *     is turned on here. PostgreSQL keeps every change until tracking is disabled.
             * @example 7
             */
            retentionDays?: number;
            /** @description Tables to track, each with its key columns (default: its primary key). */
            tables: components["schemas"]["TrackedTableDto"][];
        };
        EnableChangeTrackingResultDto: {
            /**
             * @description Other changes made to the database (SQL Server: ALLOW_SNAPSHOT_ISOLATION turned on, for consistent delta reads).
             * @example [
             *       "ALLOW_SNAPSHOT_ISOLATION turned on"
             *     ]
             */
            notes: string[];
            /**
             * @description How long the database keeps changes ("for 30 DAYS"; PostgreSQL: "until change tracking is disabled …").
             * @example 7 days
             */
            retention: string;
            tables: components["schemas"]["TrackedTableResultDto"][];
            /**
             * @description Changes after this watermark are tracked: the `since` of the first delta.
             * @example 184467
             */
            watermark: string;
        };
        EngineSupportDto: {
            features: components["schemas"]["FeatureSupportDto"][];
            /**
             * @description The lowest release Cutover supports for this engine, e.g. "SQL Server 2008".
             * @example SQL Server 2016
             */
            floor: string;
            /** @example CREATE OR ALTER and per-table change tracking */
            floorReason: string;
            /** @description At or above the floor: every essential part (catalog, copy, change capture, single-user mode) runs. */
            supported: boolean;
        };
        EnsureScriptStatusResultDto: {
            /** @description cutover.script_status exists. */
            ready: boolean;
        };
        EnterSingleUserParamsDto: {
            /** @description End the sessions of other logins. Without it, any such session refuses the request (409, listing them). */
            force: boolean;
        };
        EnterSingleUserResultDto: {
            /**
             * @description Tables the write guard was installed on: from now on a write by another login to any of them is recorded.
             * @example 412
             */
            guardedTables: number;
            /** @description Tables the write guard could not be installed on (schema lock not granted in time): writes there go unrecorded. */
            notGuarded: components["schemas"]["NotGuardedTableDto"][];
            /**
             * @description Opaque: store it and pass it to exit-single-user untouched; access is restored exactly as it was from it.
             * @example eyJyZWNvdmVyeSI6IkZVTEwifQ
             */
            restoreState: string;
            /**
             * @description Sessions of other logins that were ended.
             * @example 2
             */
            terminated: number;
            /**
             * @description Change watermark at entry (null when change tracking is not enabled), for the record: writes by other logins from here on are caught by the write guard.
             * @example 184467
             */
            watermark: string | null;
        };
        ExecuteScriptParamsDto: {
            /**
             * @description Rows of the first result set to return (default 100).
             * @example 1000
             */
            maxRows?: number;
            /**
             * @description Named parameters. PostgreSQL scripts use `:name`, SQL Server scripts `@name`.
             * @example {
             *       "company": "dat"
             *     }
             */
            parameters?: {
                [key: string]: (string | null) | number | boolean;
            };
            /**
             * @description Record the script as ended in cutover.script_status, in the script's own transaction (live and
             *     single-user preprocessing): the state of preprocessing lives with the data it describes.
             */
            recordStatus?: components["schemas"]["ScriptStatusRecordDto"];
            /**
             * @description SQL text; lines holding only `GO` (or `GO n`) separate batches.
             * @example UPDATE dbo.CUSTTABLE SET CREDITMAX = 0 WHERE CREDITMAX IS NULL
             */
            sql: string;
            /**
             * @description Cancel the script after this many seconds.
             * @example 3600
             */
            timeoutSeconds?: number;
            /** @description Run all batches in one transaction (default true). Set false for statements that cannot run in one. */
            transaction?: boolean;
        };
        ExitSingleUserParamsDto: {
            /**
             * @description What enter-single-user returned as `restoreState`, untouched: the engine restores access exactly
             *     as it was from it. Null only for a state stored before restore states existed (SQL Server: the
             *     database is set back to MULTI_USER).
             * @example eyJyZWNvdmVyeSI6IkZVTEwifQ
             */
            restoreState: string | null;
        };
        ExitSingleUserResultDto: {
            /**
             * @description What was put back as it was before entry, in words.
             * @example [
             *       "MULTI_USER access",
             *       "recovery model FULL"
             *     ]
             */
            restored: string[];
            /**
             * @description Tables the write guard was removed from.
             * @example 412
             */
            unguardedTables: number;
        };
        FeatureSupportDto: {
            /** @description The server's version is new enough for it. */
            available: boolean;
            /** @example change-tracking */
            feature: string;
            /**
             * @description The lowest release it needs, e.g. "SQL Server 2016".
             * @example SQL Server 2016
             */
            requires: string;
            /** @example per-table change tracking needs SQL Server 2016 or later */
            why: string;
        };
        FingerprintDto: {
            /**
             * @description sha256 over all tables' hashes in the order asked.
             * @example c41f7a92e0b3
             */
            hash: string;
            tables: components["schemas"]["TableFingerprintDto"][];
        };
        FingerprintRequestDto: {
            /** @description The tables, in the order their hashes are combined. */
            tables: components["schemas"]["TableRefDto"][];
        };
        FinishTableParamsDto: {
            /** @description The objects prepare-table returned. */
            objects: components["schemas"]["DeferredObjectDto"][];
            table: components["schemas"]["TableRefDto"];
        };
        FinishTableResultDto: {
            /**
             * @example [
             *       "I_077ACCOUNTIDX",
             *       "FK_CUSTTRANS_CUSTTABLE"
             *     ]
             */
            created: string[];
            /**
             * @description Already present, left as they were.
             * @example [
             *       "I_077RECID"
             *     ]
             */
            skipped: string[];
        };
        HostDto: {
            /**
             * @description Cores this process may use (os.availableParallelism(), which respects CPU affinity).
             * @example 8
             */
            cpus: number;
            /**
             * @description os.hostname(): agents on one machine report the same name.
             * @example ax-sql-01
             */
            name: string;
        };
        IndexDto: {
            /** @description SQL Server: the clustered index. */
            clustered?: boolean;
            /**
             * @example [
             *       "RECID"
             *     ]
             */
            columns: string[];
            /** @description Backs a primary-key, unique or exclusion constraint. */
            constraintBacked: boolean;
            /** @example CREATE UNIQUE CLUSTERED INDEX I_077RECID ON dbo.CUSTTABLE (RECID) */
            definition: string;
            /** @description A partition's copy of its partitioned parent's index (dropped and recreated with the parent's). */
            inherited?: boolean;
            /** @example I_077RECID */
            name: string;
            primaryKey: boolean;
            unique: boolean;
            /**
             * @description Why the engine cannot drop and recreate it faithfully (XML, spatial, columnstore, partitioned): prepare-table keeps it. Null: it can.
             * @example filtered index
             */
            unsupported?: string | null;
        };
        InfoDto: {
            /** @example ax-prod-agent */
            agentName: string;
            /** @example 0.1.0 */
            agentVersion: string;
            capabilities: components["schemas"]["CapabilitiesDto"];
            /** @example MicrosoftDynamicsAX */
            database: string;
            /** @enum {string} */
            engine: "postgres" | "mssql";
            host: components["schemas"]["HostDto"];
            /**
             * @description The login the agent connects as.
             * @example ax_upgrade
             */
            login: string;
            /** @example 16.0.4135.4 */
            serverVersion: string;
            support: components["schemas"]["EngineSupportDto"];
            /**
             * @description Seconds since this agent process started: tells an operation the agent never received from
             *     one it forgot because it restarted.
             * @example 86400
             */
            uptimeSeconds: number;
        };
        KeyRangeDto: {
            /**
             * @description Inclusive lower bound, one value per key column; null or absent for an open start.
             * @example [
             *       "dat",
             *       "5637144576"
             *     ]
             */
            from?: string[] | null;
            /**
             * @description Columns the range is taken on, in order: the table's copy key (a primary key or unique index over NOT NULL columns).
             * @example [
             *       "DATAAREAID",
             *       "RECID"
             *     ]
             */
            keyColumns: string[];
            /**
             * @description Exclusive upper bound, one value per key column; null or absent for an open end.
             * @example [
             *       "dat",
             *       "5637244576"
             *     ]
             */
            to?: string[] | null;
        };
        NamedSequenceDto: {
            /** @description False when the database read has no such sequence. */
            found: boolean;
            /**
             * @description The last value handed out on the source; null when none was (the sequence starts afresh).
             * @example 5637144576
             */
            lastValue: string | null;
            sequence: components["schemas"]["TableRefDto"];
        };
        NamedSequenceResultDto: {
            /**
             * @description Why nothing was set.
             * @example already at or above the value
             */
            reason?: string;
            sequence: components["schemas"]["TableRefDto"];
            set: boolean;
            /**
             * @description The value set; null when nothing was set.
             * @example 5637144576
             */
            value: string | null;
        };
        NamedSequenceValueDto: {
            /**
             * @description The last value handed out on the source; null when none was (the sequence starts afresh).
             * @example 5637144576
             */
            lastValue: string | null;
            sequence: components["schemas"]["TableRefDto"];
        };
        NotGuardedTableDto: {
            /** @example no write guard: the table has no trigger */
            problem: string;
            table: components["schemas"]["TableRefDto"];
        };
        OperationDto: {
            /** @example 2026-12-01T20:15:00.000Z */
            createdAt: string;
            error: components["schemas"]["OperationErrorDto"] | null;
            /** @example 2026-12-01T21:40:12.000Z */
            finishedAt: string | null;
            /** @example 8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190 */
            id: string;
            progress: components["schemas"]["ProgressDto"];
            result: components["schemas"]["OperationResultDto"] | null;
            /** @example 2026-12-01T20:15:00.000Z */
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "canceled";
            /** @enum {string} */
            type: "execute-script" | "prepare-table" | "finish-table" | "copy-range" | "checksum-range" | "enable-change-tracking" | "disable-change-tracking" | "current-watermark" | "check-watermark" | "run-delta-script" | "enter-single-user" | "exit-single-user" | "backup-database" | "restore-database" | "set-recovery-simple" | "restore-recovery-model" | "create-table" | "ensure-script-status" | "read-script-status" | "read-number-sequences" | "set-number-sequence" | "read-table-sequences" | "set-table-sequences";
        };
        OperationErrorDto: {
            /**
             * @description What went wrong, in words an operator can act on.
             * @example Cannot insert duplicate key row in object dbo.CUSTTABLE
             */
            message: string;
            /**
             * @description A connection or a component went away (by error code, not text): the work itself may be fine
             *     and another attempt may succeed. Absent when the agent could not tell.
             */
            transient?: boolean;
        };
        OperationResultDto: {
            backupDatabase?: components["schemas"]["BackupResultDto"];
            checksumRange?: components["schemas"]["ChecksumResultDto"];
            checkWatermark?: components["schemas"]["CheckWatermarkResultDto"];
            copyRange?: components["schemas"]["CopyRangeResultDto"];
            createTable?: components["schemas"]["CreateTableResultDto"];
            currentWatermark?: components["schemas"]["WatermarkResultDto"];
            disableChangeTracking?: components["schemas"]["DisableChangeTrackingResultDto"];
            enableChangeTracking?: components["schemas"]["EnableChangeTrackingResultDto"];
            ensureScriptStatus?: components["schemas"]["EnsureScriptStatusResultDto"];
            enterSingleUser?: components["schemas"]["EnterSingleUserResultDto"];
            executeScript?: components["schemas"]["ScriptResultDto"];
            exitSingleUser?: components["schemas"]["ExitSingleUserResultDto"];
            finishTable?: components["schemas"]["FinishTableResultDto"];
            prepareTable?: components["schemas"]["PrepareTableResultDto"];
            readNumberSequences?: components["schemas"]["ReadNumberSequencesResultDto"];
            readScriptStatus?: components["schemas"]["ReadScriptStatusResultDto"];
            readTableSequences?: components["schemas"]["ReadTableSequencesResultDto"];
            restoreDatabase?: components["schemas"]["RestoreResultDto"];
            restoreRecoveryModel?: components["schemas"]["RecoveryModelResultDto"];
            runDeltaScript?: components["schemas"]["DeltaScriptResultDto"];
            setNumberSequence?: components["schemas"]["SetNumberSequenceResultDto"];
            setRecoverySimple?: components["schemas"]["RecoveryModelResultDto"];
            setTableSequences?: components["schemas"]["SetTableSequencesResultDto"];
        };
        PartitionInfoDto: {
            /** @description The partitioned table this one is a partition of. */
            parent: components["schemas"]["TableRefDto"] | null;
            /** @description A partitioned table holds no rows itself: its leaf partitions do. */
            partitioned: boolean;
        };
        PermissionsDto: {
            /** @description Create tables (shadow and staging tables, change capture). */
            createTables: boolean;
            /** @description End other sessions (forced single-user mode, the watchdog). */
            endSessions: boolean;
            /** @description Own or fully control the database: restrict it for single-user mode, alter and truncate its tables. */
            ownDatabase: boolean;
            /** @description See every session on the database. */
            readSessions: boolean;
            /** @description PostgreSQL superuser, SQL Server sysadmin. */
            superuser: boolean;
        };
        PrepareTableResultDto: {
            /** @description What was dropped; pass it to finish-table. */
            objects: components["schemas"]["DeferredObjectDto"][];
            /** @example 0 */
            rowsBefore: number;
        };
        PrimaryKeyDto: {
            /**
             * @example [
             *       "DATAAREAID",
             *       "ACCOUNTNUM"
             *     ]
             */
            columns: string[];
            /** @example PK_CUSTTABLE */
            name: string;
        };
        PrimaryKeyShapeDto: {
            /**
             * @example [
             *       "DATAAREAID",
             *       "ACCOUNTNUM"
             *     ]
             */
            columns: string[];
            /** @example PK_CUSTTABLE */
            name: string;
        };
        /** @description RFC 9457 problem details: every 4xx/5xx answer of this service, as `application/problem+json`. Members not listed here may be added; ignore the ones you do not know. */
        Problem: {
            /**
             * @description Advice that does not block (with `problems`).
             * @example [
             *       "dbo.CUSTTABLE has no clustered index"
             *     ]
             */
            advisories?: string[];
            /**
             * @description Number sequences that changed on production since the preview (409).
             * @example [
             *       "CRM_1"
             *     ]
             */
            conflicts?: string[];
            /**
             * @description The database a restore would overwrite (409).
             * @example MicrosoftDynamicsAX_Test
             */
            database?: string;
            /**
             * @description What is wrong and, where it helps, what to do about it (one sentence a person can act on).
             * @example run 3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d does not exist
             */
            detail: string;
            /**
             * @description Field problems, one per invalid value (validation failures, unknown names).
             * @example [
             *       {
             *         "field": "threads",
             *         "message": "threads must not be greater than 64"
             *       }
             *     ]
             */
            errors?: {
                /**
                 * @description Dotted path of the field in the body or query.
                 * @example threads
                 */
                field: string;
                /** @example threads must not be greater than 64 */
                message: string;
            }[];
            /**
             * @description Tables left out of a state transfer (with `problems`).
             * @example [
             *       {
             *         "reason": "not in the copy rules",
             *         "table": {
             *           "name": "SYSCLIENTSESSIONS",
             *           "schema": "dbo"
             *         }
             *       }
             *     ]
             */
            excluded?: {
                [key: string]: unknown;
            }[];
            /**
             * @description The request path and query (credentials redacted).
             * @example /v1/runs/0b5e…
             */
            instance?: string;
            /**
             * @description Checklist steps still open, each with its key and title (409 on a run start).
             * @example [
             *       {
             *         "key": "stop-aos",
             *         "title": "Stop the AOS services"
             *       }
             *     ]
             */
            openPrerequisites?: {
                [key: string]: unknown;
            }[];
            /**
             * @description Why a state transfer cannot start (409).
             * @example [
             *       "the test system has no agent"
             *     ]
             */
            problems?: string[];
            /**
             * @description Database sessions that block single-user mode or a restore (409).
             * @example [
             *       {
             *         "application": "Microsoft Dynamics AX",
             *         "host": "AXSRV01",
             *         "login": "ax_aos",
             *         "sessionId": "57"
             *       }
             *     ]
             */
            sessions?: {
                [key: string]: unknown;
            }[];
            /**
             * @description The HTTP status, repeated.
             * @example 404
             */
            status: number;
            /**
             * @description Tables that block the step, with their status and problems (409).
             * @example [
             *       {
             *         "problems": [
             *           "no primary key on production"
             *         ],
             *         "status": "not-ok",
             *         "table": {
             *           "name": "CUSTTABLE",
             *           "schema": "dbo"
             *         }
             *       }
             *     ]
             */
            tables?: {
                [key: string]: unknown;
            }[];
            /**
             * @description The HTTP status's reason phrase.
             * @example Not Found
             */
            title: string;
            /**
             * @description Always `about:blank`: the status and title say what kind of problem it is.
             * @example about:blank
             */
            type: string;
            /**
             * @description Why the delta cannot start from its watermarks (409).
             * @example [
             *       "delta.custtable-creditmax: the watermark is older than the change retention"
             *     ]
             */
            watermarks?: string[];
        } & {
            [key: string]: unknown;
        };
        ProgressDto: {
            /** @example 734003200 */
            bytes: number;
            /** @example 52428800 */
            bytesPerSecond: number;
            /** @example 754.2 */
            elapsedSeconds: number;
            /** @example 1250000 */
            rows: number;
            /**
             * @description Average since the operation started running.
             * @example 48000
             */
            rowsPerSecond: number;
        };
        RangesDto: {
            /**
             * @description Sorted inner bounds, each a row value (one text per key column): n bounds make n + 1 ranges (−∞, b1), [b1, b2), …, [bn, +∞), compared lexicographically over the key columns.
             * @example [
             *       [
             *         "dat",
             *         "5637144576"
             *       ],
             *       [
             *         "dat",
             *         "5637244576"
             *       ]
             *     ]
             */
            bounds: string[][];
            /**
             * @example [
             *       "DATAAREAID",
             *       "RECID"
             *     ]
             */
            keyColumns: string[];
            /** @description The quantiles came from a sample of the table (large tables). */
            sampled: boolean;
        };
        ReadNumberSequencesParamsDto: {
            /** @description Key columns and the values they must equal, e.g. [{ column: "NUMBERSEQUENCE", value: "CRM_1" }]. */
            match: components["schemas"]["ColumnValueDto"][];
            sequence: components["schemas"]["SequenceColumnsDto"];
        };
        ReadNumberSequencesResultDto: {
            rows: components["schemas"]["SequenceRowDto"][];
        };
        ReadScriptStatusResultDto: {
            rows: components["schemas"]["ScriptStatusRowDto"][];
        };
        ReadTableSequencesParamsDto: {
            /** @description Sequence objects by schema and name (SQL Server 2012 or later), read whether or not a column owns them. */
            named?: components["schemas"]["TableRefDto"][];
            /** @description Tables whose columns' own sequences (PostgreSQL identity/serial, SQL Server IDENTITY) to read. */
            tables: components["schemas"]["TableRefDto"][];
        };
        ReadTableSequencesResultDto: {
            named: components["schemas"]["NamedSequenceDto"][];
            sequences: components["schemas"]["TableSequenceDto"][];
        };
        RecoveryModelResultDto: {
            /** @description False on PostgreSQL, which has no recovery model. */
            applicable: boolean;
            /**
             * @description The model after it.
             * @example SIMPLE
             */
            current: string | null;
            /** @example full recovery is restored when single-user ends */
            note: string;
            /**
             * @description The model before this operation (SQL Server: FULL, BULK_LOGGED or SIMPLE).
             * @example FULL
             */
            previous: string | null;
            /**
             * @description Opaque: pass to restore-recovery-model to go back to `previous`; null when not applicable.
             * @example eyJyZWNvdmVyeSI6IkZVTEwifQ
             */
            restoreState: string | null;
        };
        RenewGrantDto: {
            /**
             * @description A fresh grant for exactly what the queued copy-range will export (same table, range, columns, format, operation).
             * @example eyJhbGciOiJFZERTQSJ9.eyJ0YWJsZSI6ImRiby5DVVNUVEFCTEUifQ.c2lnbmF0dXJl
             */
            grant: string;
        };
        RestoreDatabaseParamsDto: {
            /**
             * @description Database to restore into; default: the one this agent serves. The engine checks the name (400).
             * @example MicrosoftDynamicsAX_Test
             */
            database?: string;
            /**
             * @description The backup to restore: its path relative to AGENT_BACKUP_DIR, as backup-database returned it in `name`.
             * @example prod/MicrosoftDynamicsAX-20261201.bak
             */
            file: string;
            /**
             * @description Replace the database when it exists (PostgreSQL: dropped WITH (FORCE) first; SQL Server:
             *     RESTORE … WITH REPLACE). Without it an existing database is refused (409).
             */
            replace?: boolean;
        };
        RestoreRecoveryModelParamsDto: {
            /**
             * @description What set-recovery-simple returned as `restoreState`, untouched.
             * @example eyJyZWNvdmVyeSI6IkZVTEwifQ
             */
            restoreState: string;
        };
        RestoreResultDto: {
            backup: components["schemas"]["BackupHeaderDto"];
            /** @example MicrosoftDynamicsAX_Test */
            database: string;
            /**
             * @description The backup, relative to AGENT_BACKUP_DIR.
             * @example prod/MicrosoftDynamicsAX-20261201.bak
             */
            file: string;
            /** @description The backup's manifest; null for a backup made without this agent (its provenance is then unknown). */
            manifest: components["schemas"]["BackupManifestDto"] | null;
            /** @description The database existed and was replaced. */
            replaced: boolean;
            /** @example 2026-12-01T21:40:12.000Z */
            restoredAt: string;
            /**
             * @description `pg_restore --version`; null for SQL Server.
             * @example pg_restore (PostgreSQL) 18.4
             */
            tool: string | null;
        };
        ResultSetDto: {
            /**
             * @example [
             *       "ACCOUNTNUM",
             *       "NAME"
             *     ]
             */
            columns: string[];
            /**
             * @example [
             *       [
             *         "C-000123",
             *         "Contoso Retail"
             *       ]
             *     ]
             */
            rows: unknown[][];
            truncated: boolean;
        };
        ScriptResultDto: {
            batches: components["schemas"]["BatchResultDto"][];
            messages: components["schemas"]["ServerMessageDto"][];
            resultSet: components["schemas"]["ResultSetDto"] | null;
        };
        ScriptStatusRecordDto: {
            /** @example 9f2c4e1a7b3d5f6e8a0c2b4d6f8e1a3c5b7d9f0e2a4c6b8d0f1e3a5c7b9d2f4e */
            packageSha256: string;
            /** @example delta */
            phase: string;
            /**
             * Format: uuid
             * @example 3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d
             */
            runId: string;
            /** @example delta.custtable-creditmax */
            scriptKey: string;
        };
        ScriptStatusRowDto: {
            /** @example 9f2c4e1a7b3d5f6e8a0c2b4d6f8e1a3c5b7d9f0e2a4c6b8d0f1e3a5c7b9d2f4e */
            packageSha256: string;
            /**
             * Format: uuid
             * @description The run whose script wrote the row: tells a script that committed before its agent restarted from one that did not.
             * @example 3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d
             */
            runId: string | null;
            /** @example delta.custtable-creditmax */
            scriptKey: string;
        };
        SequenceColumnsDto: {
            /**
             * @description Columns that identify one sequence row, e.g. ["DATAAREAID", "NUMBERSEQUENCE"] (one row per company).
             * @example [
             *       "DATAAREAID",
             *       "NUMBERSEQUENCE"
             *     ]
             */
            keyColumns: string[];
            /** @example HIGHEST */
            maxColumn: string;
            /** @example NEXTREC */
            nextColumn: string;
            table: components["schemas"]["TableRefDto"];
        };
        SequenceRowDto: {
            /**
             * @description Key values as text, in keyColumns order.
             * @example [
             *       "dat",
             *       "CRM_1"
             *     ]
             */
            key: string[];
            /** @example 99999999 */
            max: string | null;
            /** @example 1250 */
            next: string | null;
        };
        ServerMessageDto: {
            /** @example Changed database context to MicrosoftDynamicsAX. */
            message: string;
            /** @example info */
            severity: string;
        };
        SessionDto: {
            /** @description One of this agent's own connections. */
            agentConnection: boolean;
            /** @example Microsoft Dynamics AX */
            application: string | null;
            /** @example AXSRV01 */
            host: string | null;
            /** @example ax_upgrade */
            login: string;
            /** @description Uses the agent's own login: the one admin single-user mode admits. */
            ownLogin: boolean;
            /**
             * @description Engine session id (PostgreSQL backend pid, SQL Server session_id).
             * @example 57
             */
            sessionId: string;
            /**
             * @description When the session connected.
             * @example 2026-12-01T20:15:00.000Z
             */
            since: string | null;
            /** @example sleeping */
            state: string | null;
        };
        SetNumberSequenceParamsDto: {
            /** @example 99999999 */
            expectedMax: string;
            /**
             * @description The row is written only if it still holds these (what the operator confirmed).
             * @example 1250
             */
            expectedNext: string;
            /**
             * @description The row's key values as text, in keyColumns order.
             * @example [
             *       "dat",
             *       "CRM_1"
             *     ]
             */
            key: string[];
            /** @example 99999999 */
            max: string;
            /** @example 1250 */
            next: string;
            sequence: components["schemas"]["SequenceColumnsDto"];
        };
        SetNumberSequenceResultDto: {
            /**
             * @description 1 when written; 0 when the row no longer held the expected values (or does not exist).
             * @example 1
             */
            updated: number;
        };
        SetTableSequencesParamsDto: {
            named?: components["schemas"]["NamedSequenceValueDto"][];
            values: components["schemas"]["TableSequenceValueDto"][];
        };
        SetTableSequencesResultDto: {
            named: components["schemas"]["NamedSequenceResultDto"][];
            results: components["schemas"]["TableSequenceResultDto"][];
        };
        SingleUserAttemptDto: {
            /** @example Microsoft Dynamics AX */
            application: string | null;
            /** @example 2026-12-01T20:15:00.000Z */
            connectedAt: string | null;
            /** @example 2026-12-01T21:40:12.000Z */
            endedAt: string;
            /** @example AXSRV01 */
            host: string | null;
            /** @example ax_upgrade */
            login: string;
        };
        SingleUserStatusDto: {
            /** @description The watchdog is ending other logins' sessions (the database is in single-user mode). */
            active: boolean;
            /** @description Sessions of other logins it ended since then, oldest first (at most the last 1,000). */
            attempts: components["schemas"]["SingleUserAttemptDto"][];
            /**
             * @description Tables carrying the write guard (0 outside single-user mode).
             * @example 412
             */
            guardedTables: number;
            /**
             * @description When this agent started watching (entry, or its own restart).
             * @example 2026-12-01T20:15:00.000Z
             */
            since: string | null;
            /** @description Writes by other logins since single-user mode was entered (kept after exit until the next entry); empty is good. */
            writes: components["schemas"]["SingleUserWriteDto"][];
        };
        SingleUserWriteDto: {
            /**
             * @description Client addresses or host names the writes came from.
             * @example [
             *       "AXSRV01",
             *       "AXBATCH02"
             *     ]
             */
            clients: string[];
            /** @example 2026-12-01T20:15:00.000Z */
            firstAt: string;
            /** @example 2026-12-01T21:40:12.000Z */
            lastAt: string;
            /** @example ax_upgrade */
            login: string;
            /**
             * @description Rows inserted, updated or deleted.
             * @example 3
             */
            rows: number;
            /**
             * @description Write statements (PostgreSQL) or trigger firings (SQL Server).
             * @example 2
             */
            statements: number;
            table: components["schemas"]["TableRefDto"];
            /** @description A TRUNCATE was among them (PostgreSQL; its rows are not counted). */
            truncated: boolean;
        };
        StartOperationDto: {
            /** @description Optional: without it the backup goes straight into AGENT_BACKUP_DIR. */
            backupDatabase?: components["schemas"]["BackupDatabaseParamsDto"];
            checksumRange?: components["schemas"]["ChecksumParamsDto"];
            checkWatermark?: components["schemas"]["CheckWatermarkParamsDto"];
            copyRange?: components["schemas"]["CopyRangeParamsDto"];
            createTable?: components["schemas"]["CreateTableParamsDto"];
            disableChangeTracking?: components["schemas"]["ChangeTrackingTablesParamsDto"];
            enableChangeTracking?: components["schemas"]["EnableChangeTrackingParamsDto"];
            enterSingleUser?: components["schemas"]["EnterSingleUserParamsDto"];
            executeScript?: components["schemas"]["ExecuteScriptParamsDto"];
            exitSingleUser?: components["schemas"]["ExitSingleUserParamsDto"];
            finishTable?: components["schemas"]["FinishTableParamsDto"];
            /**
             * @description Client-chosen id (the orchestrator uses the task attempt id). Starting the same id again returns the existing operation.
             * @example 8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190
             */
            id: string;
            prepareTable?: components["schemas"]["TableParamsDto"];
            readNumberSequences?: components["schemas"]["ReadNumberSequencesParamsDto"];
            readTableSequences?: components["schemas"]["ReadTableSequencesParamsDto"];
            restoreDatabase?: components["schemas"]["RestoreDatabaseParamsDto"];
            restoreRecoveryModel?: components["schemas"]["RestoreRecoveryModelParamsDto"];
            runDeltaScript?: components["schemas"]["DeltaScriptParamsDto"];
            setNumberSequence?: components["schemas"]["SetNumberSequenceParamsDto"];
            setTableSequences?: components["schemas"]["SetTableSequencesParamsDto"];
            /** @enum {string} */
            type: "execute-script" | "prepare-table" | "finish-table" | "copy-range" | "checksum-range" | "enable-change-tracking" | "disable-change-tracking" | "current-watermark" | "check-watermark" | "run-delta-script" | "enter-single-user" | "exit-single-user" | "backup-database" | "restore-database" | "set-recovery-simple" | "restore-recovery-model" | "create-table" | "ensure-script-status" | "read-script-status" | "read-number-sequences" | "set-number-sequence" | "read-table-sequences" | "set-table-sequences";
        };
        TableDefinitionDto: {
            /** @example 734003200 */
            bytes: number;
            columns: components["schemas"]["ColumnDto"][];
            constraints: components["schemas"]["ConstraintDto"][];
            copyKey: components["schemas"]["CopyKeyDto"];
            indexes: components["schemas"]["IndexDto"][];
            /** @example CUSTTABLE */
            name: string;
            /** @description Absent on engines without declarative partitioning. */
            partition?: components["schemas"]["PartitionInfoDto"];
            primaryKey: components["schemas"]["PrimaryKeyDto"] | null;
            /** @example 1250000 */
            rowCount: number;
            /** @description True when rowCount was counted, false when it is the statistics' estimate. */
            rowCountExact: boolean;
            /** @example dbo */
            schema: string;
            /** @description Enabled user triggers, which prepare-table disables for the load and finish-table enables again. */
            triggers?: components["schemas"]["TriggerInfoDto"][];
        };
        TableFingerprintDto: {
            exists: boolean;
            /**
             * @description sha256 of columns, types, nullability, keys, indexes and constraints; null when the table does not exist.
             * @example 5e8a1c0f9b2d
             */
            hash: string | null;
            /** @example CUSTTABLE */
            name: string;
            /** @example dbo */
            schema: string;
        };
        TableParamsDto: {
            table: components["schemas"]["TableRefDto"];
        };
        TableRefDto: {
            /** @example CUSTTABLE */
            name: string;
            /** @example dbo */
            schema: string;
        };
        TableSequenceDto: {
            /** @example RECID */
            column: string;
            /**
             * @description The last value handed out on the source; null when none was (the sequence starts afresh).
             * @example 5637144576
             */
            lastValue: string | null;
            /**
             * @description The sequence's name on the database read (SQL Server: the table's identity).
             * @example dbo.SEQ_CUSTTABLE_RECID
             */
            sequence: string;
            table: components["schemas"]["TableRefDto"];
        };
        TableSequenceResultDto: {
            /** @example RECID */
            column: string;
            /**
             * @description Why nothing was set.
             * @example already at or above the value
             */
            reason?: string;
            /**
             * @description The target's sequence; null when the column has none there.
             * @example dbo.SEQ_CUSTTABLE_RECID
             */
            sequence: string | null;
            set: boolean;
            table: components["schemas"]["TableRefDto"];
            /**
             * @description The value set; null when nothing was set.
             * @example 5637144576
             */
            value: string | null;
        };
        TableSequenceValueDto: {
            /** @example RECID */
            column: string;
            /**
             * @description The last value handed out on the source; null when none was (the sequence starts afresh).
             * @example 5637144576
             */
            lastValue: string | null;
            table: components["schemas"]["TableRefDto"];
        };
        TableSummaryDto: {
            /**
             * @description Table, indexes and TOAST together.
             * @example 734003200
             */
            bytes: number;
            /**
             * @description From the statistics; may lag behind.
             * @example 1250000
             */
            estimatedRows: number;
            /** @example CUSTTABLE */
            name: string;
            /** @example dbo */
            schema: string;
        };
        TrackedTableDto: {
            /**
             * @description Columns that identify a row (the primary key, or a unique index over NOT NULL columns); default: the primary key, else such an index (one holding RECID first, then the narrowest).
             * @example [
             *       "DATAAREAID",
             *       "RECID"
             *     ]
             */
            keyColumns?: string[];
            table: components["schemas"]["TableRefDto"];
        };
        TrackedTableResultDto: {
            /** @description Tracking was already on with these key columns: nothing changed. */
            alreadyEnabled: boolean;
            enabled: boolean;
            /**
             * @example [
             *       "DATAAREAID",
             *       "RECID"
             *     ]
             */
            keyColumns: string[];
            /**
             * @description How changes are captured: SQL Server Change Tracking (SQL Server tables whose key is the
             *     primary key) or a capture trigger keyed by the key columns (PostgreSQL; SQL Server tables
             *     without a primary key, keyed by a unique index).
             * @enum {string}
             */
            mechanism: "change-tracking" | "trigger";
            /**
             * @description Why the table is not tracked (enabled: false), e.g. its schema lock was not granted in time; try again later.
             * @example no primary key: change tracking needs one
             */
            problem?: string;
            table: components["schemas"]["TableRefDto"];
        };
        TriggerInfoDto: {
            /**
             * @description How the trigger is enabled: `origin`, `always` or `replica`.
             * @enum {string}
             */
            enabled: "origin" | "always" | "replica";
            /** @example CUSTTABLE_UPDATE_TRG */
            name: string;
        };
        UntrackedTableResultDto: {
            disabled: boolean;
            table: components["schemas"]["TableRefDto"];
            wasEnabled: boolean;
        };
        WatermarkProblemDto: {
            /** @example the watermark is older than the change retention */
            problem: string;
            table: components["schemas"]["TableRefDto"];
        };
        WatermarkResultDto: {
            /**
             * @description Null when change tracking was never enabled in this database.
             * @example 184467
             */
            watermark: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description Not Modified: the `If-None-Match` ETag still matches (no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "message": "Could not connect",
                         *         "responseTime": 3005,
                         *         "status": "down"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "message": "Could not connect",
                         *         "responseTime": 3005,
                         *         "status": "down"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
                };
            };
        };
    };
    health_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description Not Modified: the `If-None-Match` ETag still matches (no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "message": "Could not connect",
                         *         "responseTime": 3005,
                         *         "status": "down"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "message": "Could not connect",
                         *         "responseTime": 3005,
                         *         "status": "down"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
                };
            };
        };
    };
    health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description Not Modified: the `If-None-Match` ETag still matches (no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "message": "Could not connect",
                         *         "responseTime": 3005,
                         *         "status": "down"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "message": "Could not connect",
                         *         "responseTime": 3005,
                         *         "status": "down"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "responseTime": 12,
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
                };
            };
        };
    };
    catalog_fingerprint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FingerprintRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FingerprintDto"];
                };
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or credentials that are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "missing credentials",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    catalog_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TableSummaryDto"][];
                };
            };
            /** @description Not Modified: the `If-None-Match` ETag still matches (no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or credentials that are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "missing credentials",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    catalog_describe: {
        parameters: {
            query?: {
                /** @description Count the rows exactly (a full scan) instead of using the estimate. */
                exactCount?: boolean;
            };
            header?: never;
            path: {
                schema: string;
                table: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TableDefinitionDto"];
                };
            };
            /** @description Not Modified: the `If-None-Match` ETag still matches (no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or credentials that are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "missing credentials",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource, or one the request names, does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "run 0b5e2f7c-2f36-4a7e-9a57-5d1f0e9c7a11 not found",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    catalog_ranges: {
        parameters: {
            query: {
                /**
                 * @description Columns to split on, in order (repeat the parameter): NOT NULL, and unique together for ranges
                 *     of equal rows. Default: the table's copy key.
                 */
                keyColumns?: string[];
                /** @description How many ranges of about equal rows. */
                parts: number;
            };
            header?: never;
            path: {
                schema: string;
                table: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RangesDto"];
                };
            };
            /** @description Not Modified: the `If-None-Match` ETag still matches (no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or credentials that are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "missing credentials",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource, or one the request names, does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "run 0b5e2f7c-2f36-4a7e-9a57-5d1f0e9c7a11 not found",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    export_export: {
        parameters: {
            query: {
                /** @description Columns in the order the destination loads them; repeat the parameter. */
                columns: string[];
                format: "pg-binary" | "pg-text" | "mssql-rows-v1";
                /** @description Inclusive lower bound: one value per key column, in their order (repeat the parameter); absent for an open start. */
                from?: string[];
                /** @description Grant minted by the orchestrator for exactly this table, range, columns, format and operation. */
                grant: string;
                /** @description Key columns of the range, in order (repeat the parameter); absent exports the whole table. */
                keyColumns?: string[];
                /** @description Id of the pulling agent's copy-range operation; the grant names it. */
                operation: string;
                /** @description Exclusive upper bound, like `from`; absent for an open end. */
                to?: string[];
            };
            header?: never;
            path: {
                schema: string;
                table: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows of the granted range, in the requested `format`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or credentials that are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "missing credentials",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The grant is forged, expired, or for another table, range, columns, format or operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "this needs the operator role; the key ci-viewer has viewer",
                     *       "status": 403,
                     *       "title": "Forbidden",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource, or one the request names, does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "run 0b5e2f7c-2f36-4a7e-9a57-5d1f0e9c7a11 not found",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    info_info: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InfoDto"];
                };
            };
            /** @description Not Modified: the `If-None-Match` ETag still matches (no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or credentials that are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "missing credentials",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    info_permissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionsDto"];
                };
            };
            /** @description Not Modified: the `If-None-Match` ETag still matches (no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or credentials that are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "missing credentials",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    operations_list: {
        parameters: {
            query?: {
                status?: "queued" | "running" | "succeeded" | "failed" | "canceled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationDto"][];
                };
            };
            /** @description Not Modified: the `If-None-Match` ETag still matches (no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or credentials that are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "missing credentials",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    operations_start: {
        parameters: {
            query?: {
                /** @description Long-poll: wait up to this many seconds for the operation to finish before answering. */
                waitSeconds?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartOperationDto"];
            };
        };
        responses: {
            /** @description this id already exists: the existing operation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationDto"];
                };
            };
            /** @description accepted and queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationDto"];
                };
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or credentials that are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "missing credentials",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This id is taken by an operation with a different request, or the work conflicts with the database state (the detail says which). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the run is succeeded; only a running or paused run can be paused",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    operations_get: {
        parameters: {
            query?: {
                /** @description Long-poll: wait up to this many seconds for the operation to finish before answering. */
                waitSeconds?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationDto"];
                };
            };
            /** @description Not Modified: the `If-None-Match` ETag still matches (no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or credentials that are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "missing credentials",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource, or one the request names, does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "run 0b5e2f7c-2f36-4a7e-9a57-5d1f0e9c7a11 not found",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    operations_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationDto"];
                };
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or credentials that are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "missing credentials",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource, or one the request names, does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "run 0b5e2f7c-2f36-4a7e-9a57-5d1f0e9c7a11 not found",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The operation has already finished: nothing to cancel. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the run is succeeded; only a running or paused run can be paused",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    operations_renewGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenewGrantDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationDto"];
                };
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or credentials that are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "missing credentials",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource, or one the request names, does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "run 0b5e2f7c-2f36-4a7e-9a57-5d1f0e9c7a11 not found",
                     *       "status": 404,
                     *       "title": "Not Found",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The operation takes no grant, or no longer waits for one (its export started). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "the run is succeeded; only a running or paused run can be paused",
                     *       "status": 409,
                     *       "title": "Conflict",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sessions_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"][];
                };
            };
            /** @description Not Modified: the `If-None-Match` ETag still matches (no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or credentials that are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "missing credentials",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sessions_singleUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleUserStatusDto"];
                };
            };
            /** @description Not Modified: the `If-None-Match` ETag still matches (no body). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a parameter or body field is invalid (see `errors[]`), the URL is not valid percent-encoded UTF-8, or a route that takes no body got one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "threads: threads must not be greater than 64",
                     *       "errors": [
                     *         {
                     *           "field": "threads",
                     *           "message": "threads must not be greater than 64"
                     *         }
                     *       ],
                     *       "status": 400,
                     *       "title": "Bad Request",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credentials, or credentials that are not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "missing credentials",
                     *       "status": 401,
                     *       "title": "Unauthorized",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the limit of this route (routes that take no body refuse any). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request body is larger than 1mb, the limit of this route",
                     *       "status": 413,
                     *       "title": "Payload Too Large",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "request bodies must be JSON (Content-Type: application/json), not \"text/plain\"",
                     *       "status": 415,
                     *       "title": "Unsupported Media Type",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
