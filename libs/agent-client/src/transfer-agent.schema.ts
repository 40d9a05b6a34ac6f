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
        /** Engine, server version, database, agent version, capabilities, and what the server's version supports. */
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
            /** @description Subdirectory of AGENT_BACKUP_DIR to write into (plain names separated by `/`). */
            directory?: string;
        };
        BackupHeaderDto: {
            /** @description PostgreSQL: local time of the dumping host (no time zone); SQL Server: the backup's start. */
            createdAt: string | null;
            serverVersion: string | null;
            sourceDatabase: string | null;
            /** @description pg_dump's version; null for SQL Server. */
            tool: string | null;
        };
        BackupManifestDto: {
            bytes: number;
            /** @enum {string} */
            engine: "postgres" | "mssql";
            finishedAt: string;
            /** @description `cutover-backup/1`. */
            format: string;
            serverVersion: string;
            sourceDatabase: string;
            /** @description When that watermark was read (ISO 8601). */
            takenAt: string;
            /** @description The dump tool's version (`pg_dump --version`); null for SQL Server. */
            tool: string | null;
            /** @description Change watermark read right before the backup started; null when change tracking was not enabled. */
            watermark: string | null;
        };
        BackupResultDto: {
            bytes: number;
            /** @description Where the backup is, as the agent (PostgreSQL) or the database server (SQL Server) sees it. */
            file: string;
            manifest: components["schemas"]["BackupManifestDto"];
            /** @description The backup's path relative to AGENT_BACKUP_DIR: what restore-database takes as `file`. */
            name: string;
        };
        BatchResultDto: {
            /** @description First line of the batch in the script. */
            line: number;
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
             */
            columns?: string[];
            /** @description Absent: the whole table. */
            range?: components["schemas"]["KeyRangeDto"];
            /**
             * @description How many ranges the table is loaded in, this one included (a locking hint for the importer;
             *     absent: unknown). SQL Server takes a table lock (TABLOCK, minimal logging) only when one range
             *     loads a heap; with several ranges each loads under row locks, so they run side by side.
             */
            rangesInTable?: number;
            table: components["schemas"]["TableRefDto"];
        };
        ChecksumResultDto: {
            /** @enum {string} */
            algorithm: "pg-hash-record-v1" | "pg-md5-text-v1" | "mssql-hashbytes-v1";
            /** @description Order-independent content hash; equal on both sides when the rows are equal (under the same algorithm). */
            checksum: string;
            rows: number;
        };
        CheckWatermarkParamsDto: {
            /** @description A watermark this agent returned earlier (the `since` of a delta, a backup point). */
            since: string;
            /** @description Tables whose changes after `since` must all still be held. */
            tables: components["schemas"]["TableRefDto"][];
        };
        CheckWatermarkResultDto: {
            problems: components["schemas"]["WatermarkProblemDto"][];
            retention: string;
            /** @description Every change to the tables after `since` is still held: a delta from it misses nothing. */
            valid: boolean;
        };
        ColumnDto: {
            /** @description The collation text values sort by (PostgreSQL: the database's for `default`); null for types without one. */
            collation: string | null;
            /** @description Engine-native type, e.g. `numeric(32,16)`. */
            dataType: string;
            /** @description PostgreSQL: binary COPY of the column embeds type OIDs another database does not share (array or composite of a user-defined type). */
            embedsTypeOids?: boolean;
            /** @description Computed by the database (SQL Server computed, PostgreSQL generated column): left out of copies, the target recomputes it. */
            generated?: boolean;
            /** @description An identity column: its values are copied exactly. */
            identity?: boolean;
            name: string;
            nullable: boolean;
            ordinal: number;
        };
        ColumnShapeDto: {
            /** @description The type as the other system's catalog printed it (e.g. `numeric(32,16)`); refused unless it looks like a type name. */
            dataType: string;
            name: string;
            nullable: boolean;
            ordinal: number;
        };
        ColumnValueDto: {
            /** @description One of the sequence's key columns. */
            column: string;
            value: string;
        };
        ConstraintDto: {
            definition: string;
            /** @description Inherited from a partitioned parent: it cannot be dropped on its own. */
            inherited?: boolean;
            /** @enum {string} */
            kind: "check" | "unique" | "foreign-key" | "exclusion";
            name: string;
            /** @description A foreign key's referenced table. */
            references?: components["schemas"]["TableRefDto"] | null;
        };
        CopyKeyDto: {
            columns: string[];
            /** @description The primary key or unique index the columns come from; null when there is none. */
            index: string | null;
            /** @description Why these columns (`primary key PK_X`, `unique index I_X (clustered)`), or why there are none. */
            reason: string;
        };
        CopyRangeParamsDto: {
            /**
             * @description Columns to transfer or hash, in order; default: all columns of the (destination) table that the
             *     database does not compute (computed and generated columns are recomputed by the target).
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
             */
            rangesInTable?: number;
            source: components["schemas"]["CopySourceDto"];
            table: components["schemas"]["TableRefDto"];
        };
        CopyRangeResultDto: {
            bytes: number;
            /** @description Rows the range held before, deleted in the same transaction (non-zero on a retry). */
            deletedFirst: number;
            /** @enum {string} */
            format: "pg-binary" | "pg-text" | "mssql-rows-v1";
            rows: number;
        };
        CopySourceDto: {
            /**
             * @description Export grant minted with the source agent's token for this table, range, columns, format and
             *     operation id. Short-lived: while the operation waits in the queue the orchestrator replaces it
             *     through `PUT /v1/operations/{id}/grant`.
             */
            grant: string;
            /** @description Source table; defaults to the destination table's schema and name. */
            table?: components["schemas"]["TableRefDto"];
            /**
             * Format: uri
             * @description Base URL of the source agent.
             */
            url: string;
        };
        CreateTableParamsDto: {
            columns: components["schemas"]["ColumnShapeDto"][];
            name: string;
            primaryKey?: components["schemas"]["PrimaryKeyShapeDto"] | null;
            schema: string;
        };
        CreateTableResultDto: {
            /** @description False when the table existed already: nothing was done. */
            created: boolean;
        };
        DeferredObjectDto: {
            /** @description Engine DDL as returned by prepare-table. */
            definition: string;
            /** @enum {string} */
            kind: "index" | "check" | "unique" | "foreign-key" | "exclusion" | "trigger";
            name: string;
        };
        DeltaKeyCountDto: {
            deleted: number;
            inserted: number;
            /** @description The temporary table the script read the keys from. */
            stagingTable: string;
            table: components["schemas"]["TableRefDto"];
            updated: number;
        };
        DeltaScriptParamsDto: {
            /** @description Rows of the first result set to return (default 100). */
            maxRows?: number;
            /** @description Named parameters. PostgreSQL scripts use `:name`, SQL Server scripts `@name`. */
            parameters?: {
                [key: string]: (string | null) | number | boolean;
            };
            /** @description The watermark of the previous delta (or of enable-change-tracking): changes after it are processed. */
            since: string;
            /**
             * @description SQL text (GO batches). Each table's changed keys are in a temporary table named
             *     `delta_<table name>` (PostgreSQL `pg_temp."delta_<table>"`, SQL Server `#delta_<table>`): the key
             *     columns and `op` (I, U or D: the last operation on that key in the interval).
             */
            sql: string;
            /** @description Tables whose changed keys the script reads. */
            tables: components["schemas"]["TrackedTableDto"][];
            /** @description Cancel the script after this many seconds. */
            timeoutSeconds?: number;
        };
        DeltaScriptResultDto: {
            batches: components["schemas"]["BatchResultDto"][];
            keys: components["schemas"]["DeltaKeyCountDto"][];
            messages: components["schemas"]["ServerMessageDto"][];
            /** @description No key changed in the interval. */
            noChanges: boolean;
            resultSet: components["schemas"]["ResultSetDto"] | null;
            since: string;
            /** @description The new watermark: store it as the next `since` (the script's work is committed with it). */
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
             */
            retentionDays?: number;
            /** @description Tables to track, each with its key columns (default: its primary key). */
            tables: components["schemas"]["TrackedTableDto"][];
        };
        EnableChangeTrackingResultDto: {
            /** @description Other changes made to the database (SQL Server: ALLOW_SNAPSHOT_ISOLATION turned on, for consistent delta reads). */
            notes: string[];
            /** @description How long the database keeps changes ("for 30 DAYS"; PostgreSQL: "until change tracking is disabled …"). */
            retention: string;
            tables: components["schemas"]["TrackedTableResultDto"][];
            /** @description Changes after this watermark are tracked: the `since` of the first delta. */
            watermark: string;
        };
        EngineSupportDto: {
            features: components["schemas"]["FeatureSupportDto"][];
            /** @description The lowest release Cutover supports for this engine, e.g. "SQL Server 2008". */
            floor: string;
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
            /** @description Tables the write guard was installed on: from now on a write by another login to any of them is recorded. */
            guardedTables: number;
            /** @description Tables the write guard could not be installed on (schema lock not granted in time): writes there go unrecorded. */
            notGuarded: components["schemas"]["NotGuardedTableDto"][];
            /** @description Opaque: store it and pass it to exit-single-user untouched; access is restored exactly as it was from it. */
            restoreState: string;
            /** @description Sessions of other logins that were ended. */
            terminated: number;
            /** @description Change watermark at entry (null when change tracking is not enabled), for the record: writes by other logins from here on are caught by the write guard. */
            watermark: string | null;
        };
        ExecuteScriptParamsDto: {
            /** @description Rows of the first result set to return (default 100). */
            maxRows?: number;
            /** @description Named parameters. PostgreSQL scripts use `:name`, SQL Server scripts `@name`. */
            parameters?: {
                [key: string]: (string | null) | number | boolean;
            };
            /**
             * @description Record the script as ended in cutover.script_status, in the script's own transaction (live and
             *     single-user preprocessing): the state of preprocessing lives with the data it describes.
             */
            recordStatus?: components["schemas"]["ScriptStatusRecordDto"];
            /** @description SQL text; lines holding only `GO` (or `GO n`) separate batches. */
            sql: string;
            /** @description Cancel the script after this many seconds. */
            timeoutSeconds?: number;
            /** @description Run all batches in one transaction (default true). Set false for statements that cannot run in one. */
            transaction?: boolean;
        };
        ExitSingleUserParamsDto: {
            /**
             * @description What enter-single-user returned as `restoreState`, untouched: the engine restores access exactly
             *     as it was from it. Null only for a state stored before restore states existed (SQL Server: the
             *     database is set back to MULTI_USER).
             */
            restoreState: string | null;
        };
        ExitSingleUserResultDto: {
            /** @description What was put back as it was before entry, in words. */
            restored: string[];
            /** @description Tables the write guard was removed from. */
            unguardedTables: number;
        };
        FeatureSupportDto: {
            /** @description The server's version is new enough for it. */
            available: boolean;
            feature: string;
            /** @description The lowest release it needs, e.g. "SQL Server 2016". */
            requires: string;
            why: string;
        };
        FingerprintDto: {
            /** @description sha256 over all tables' hashes in the order asked. */
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
            created: string[];
            /** @description Already present, left as they were. */
            skipped: string[];
        };
        IndexDto: {
            /** @description SQL Server: the clustered index. */
            clustered?: boolean;
            columns: string[];
            /** @description Backs a primary-key, unique or exclusion constraint. */
            constraintBacked: boolean;
            definition: string;
            /** @description A partition's copy of its partitioned parent's index (dropped and recreated with the parent's). */
            inherited?: boolean;
            name: string;
            primaryKey: boolean;
            unique: boolean;
            /** @description Why the engine cannot drop and recreate it faithfully (XML, spatial, columnstore, partitioned): prepare-table keeps it. Null: it can. */
            unsupported?: string | null;
        };
        InfoDto: {
            agentName: string;
            agentVersion: string;
            capabilities: components["schemas"]["CapabilitiesDto"];
            database: string;
            /** @enum {string} */
            engine: "postgres" | "mssql";
            /** @description The login the agent connects as. */
            login: string;
            serverVersion: string;
            support: components["schemas"]["EngineSupportDto"];
            /**
             * @description Seconds since this agent process started: tells an operation the agent never received from
             *     one it forgot because it restarted.
             */
            uptimeSeconds: number;
        };
        KeyRangeDto: {
            /** @description Inclusive lower bound, one value per key column; null or absent for an open start. */
            from?: string[] | null;
            /** @description Columns the range is taken on, in order: the table's copy key (a primary key or unique index over NOT NULL columns). */
            keyColumns: string[];
            /** @description Exclusive upper bound, one value per key column; null or absent for an open end. */
            to?: string[] | null;
        };
        NamedSequenceDto: {
            /** @description False when the database read has no such sequence. */
            found: boolean;
            /** @description The last value handed out on the source; null when none was (the sequence starts afresh). */
            lastValue: string | null;
            sequence: components["schemas"]["TableRefDto"];
        };
        NamedSequenceResultDto: {
            /** @description Why nothing was set. */
            reason?: string;
            sequence: components["schemas"]["TableRefDto"];
            set: boolean;
            /** @description The value set; null when nothing was set. */
            value: string | null;
        };
        NamedSequenceValueDto: {
            /** @description The last value handed out on the source; null when none was (the sequence starts afresh). */
            lastValue: string | null;
            sequence: components["schemas"]["TableRefDto"];
        };
        NotGuardedTableDto: {
            problem: string;
            table: components["schemas"]["TableRefDto"];
        };
        OperationDto: {
            createdAt: string;
            error: components["schemas"]["OperationErrorDto"] | null;
            finishedAt: string | null;
            id: string;
            progress: components["schemas"]["ProgressDto"];
            result: components["schemas"]["OperationResultDto"] | null;
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "canceled";
            /** @enum {string} */
            type: "execute-script" | "prepare-table" | "finish-table" | "copy-range" | "checksum-range" | "enable-change-tracking" | "disable-change-tracking" | "current-watermark" | "check-watermark" | "run-delta-script" | "enter-single-user" | "exit-single-user" | "backup-database" | "restore-database" | "set-recovery-simple" | "restore-recovery-model" | "create-table" | "ensure-script-status" | "read-script-status" | "read-number-sequences" | "set-number-sequence" | "read-table-sequences" | "set-table-sequences";
        };
        OperationErrorDto: {
            /** @description What went wrong, in words an operator can act on. */
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
            rowsBefore: number;
        };
        PrimaryKeyDto: {
            columns: string[];
            name: string;
        };
        PrimaryKeyShapeDto: {
            columns: string[];
            name: string;
        };
        /** @description RFC 9457 problem details: every 4xx/5xx answer of this service, as `application/problem+json`. Members not listed here may be added; ignore the ones you do not know. */
        Problem: {
            /** @description Advice that does not block (with `problems`). */
            advisories?: string[];
            /** @description Number sequences that changed on production since the preview (409). */
            conflicts?: string[];
            /** @description The database a restore would overwrite (409). */
            database?: string;
            /** @description What is wrong and, where it helps, what to do about it (one sentence a person can act on). */
            detail: string;
            /** @description Field problems, one per invalid value (validation failures, unknown names). */
            errors?: {
                /**
                 * @description Dotted path of the field in the body or query.
                 * @example threads
                 */
                field: string;
                /** @example threads must not be greater than 64 */
                message: string;
            }[];
            /** @description Tables left out of a state transfer (with `problems`). */
            excluded?: {
                [key: string]: unknown;
            }[];
            /**
             * @description The request path and query (credentials redacted).
             * @example /v1/runs/0b5e…
             */
            instance?: string;
            /** @description Checklist steps still open, each with its key and title (409 on a run start). */
            openPrerequisites?: {
                [key: string]: unknown;
            }[];
            /** @description Why a state transfer cannot start (409). */
            problems?: string[];
            /** @description Database sessions that block single-user mode or a restore (409). */
            sessions?: {
                [key: string]: unknown;
            }[];
            /**
             * @description The HTTP status, repeated.
             * @example 404
             */
            status: number;
            /** @description Tables that block the step, with their status and problems (409). */
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
            /** @description Why the delta cannot start from its watermarks (409). */
            watermarks?: string[];
        } & {
            [key: string]: unknown;
        };
        ProgressDto: {
            bytes: number;
            bytesPerSecond: number;
            elapsedSeconds: number;
            rows: number;
            /** @description Average since the operation started running. */
            rowsPerSecond: number;
        };
        RangesDto: {
            /** @description Sorted inner bounds, each a row value (one text per key column): n bounds make n + 1 ranges (−∞, b1), [b1, b2), …, [bn, +∞), compared lexicographically over the key columns. */
            bounds: string[][];
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
            /** @description The model after it. */
            current: string | null;
            note: string;
            /** @description The model before this operation (SQL Server: FULL, BULK_LOGGED or SIMPLE). */
            previous: string | null;
            /** @description Opaque: pass to restore-recovery-model to go back to `previous`; null when not applicable. */
            restoreState: string | null;
        };
        RenewGrantDto: {
            /** @description A fresh grant for exactly what the queued copy-range will export (same table, range, columns, format, operation). */
            grant: string;
        };
        RestoreDatabaseParamsDto: {
            /** @description Database to restore into; default: the one this agent serves. The engine checks the name (400). */
            database?: string;
            /** @description The backup to restore: its path relative to AGENT_BACKUP_DIR, as backup-database returned it in `name`. */
            file: string;
            /**
             * @description Replace the database when it exists (PostgreSQL: dropped WITH (FORCE) first; SQL Server:
             *     RESTORE … WITH REPLACE). Without it an existing database is refused (409).
             */
            replace?: boolean;
        };
        RestoreRecoveryModelParamsDto: {
            /** @description What set-recovery-simple returned as `restoreState`, untouched. */
            restoreState: string;
        };
        RestoreResultDto: {
            backup: components["schemas"]["BackupHeaderDto"];
            database: string;
            /** @description The backup, relative to AGENT_BACKUP_DIR. */
            file: string;
            /** @description The backup's manifest; null for a backup made without this agent (its provenance is then unknown). */
            manifest: components["schemas"]["BackupManifestDto"] | null;
            /** @description The database existed and was replaced. */
            replaced: boolean;
            restoredAt: string;
            /** @description `pg_restore --version`; null for SQL Server. */
            tool: string | null;
        };
        ResultSetDto: {
            columns: string[];
            rows: unknown[][];
            truncated: boolean;
        };
        ScriptResultDto: {
            batches: components["schemas"]["BatchResultDto"][];
            messages: components["schemas"]["ServerMessageDto"][];
            resultSet: components["schemas"]["ResultSetDto"] | null;
        };
        ScriptStatusRecordDto: {
            packageSha256: string;
            phase: string;
            /** Format: uuid */
            runId: string;
            scriptKey: string;
        };
        ScriptStatusRowDto: {
            packageSha256: string;
            /**
             * Format: uuid
             * @description The run whose script wrote the row: tells a script that committed before its agent restarted from one that did not.
             */
            runId: string | null;
            scriptKey: string;
        };
        SequenceColumnsDto: {
            /** @description Columns that identify one sequence row, e.g. ["DATAAREAID", "NUMBERSEQUENCE"] (one row per company). */
            keyColumns: string[];
            maxColumn: string;
            nextColumn: string;
            table: components["schemas"]["TableRefDto"];
        };
        SequenceRowDto: {
            /** @description Key values as text, in keyColumns order. */
            key: string[];
            max: string | null;
            next: string | null;
        };
        ServerMessageDto: {
            message: string;
            severity: string;
        };
        SessionDto: {
            /** @description One of this agent's own connections. */
            agentConnection: boolean;
            application: string | null;
            host: string | null;
            login: string;
            /** @description Uses the agent's own login: the one admin single-user mode admits. */
            ownLogin: boolean;
            /** @description Engine session id (PostgreSQL backend pid, SQL Server session_id). */
            sessionId: string;
            /** @description When the session connected. */
            since: string | null;
            state: string | null;
        };
        SetNumberSequenceParamsDto: {
            expectedMax: string;
            /** @description The row is written only if it still holds these (what the operator confirmed). */
            expectedNext: string;
            /** @description The row's key values as text, in keyColumns order. */
            key: string[];
            max: string;
            next: string;
            sequence: components["schemas"]["SequenceColumnsDto"];
        };
        SetNumberSequenceResultDto: {
            /** @description 1 when written; 0 when the row no longer held the expected values (or does not exist). */
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
            application: string | null;
            connectedAt: string | null;
            endedAt: string;
            host: string | null;
            login: string;
        };
        SingleUserStatusDto: {
            /** @description The watchdog is ending other logins' sessions (the database is in single-user mode). */
            active: boolean;
            /** @description Sessions of other logins it ended since then, oldest first (at most the last 1,000). */
            attempts: components["schemas"]["SingleUserAttemptDto"][];
            /** @description Tables carrying the write guard (0 outside single-user mode). */
            guardedTables: number;
            /** @description When this agent started watching (entry, or its own restart). */
            since: string | null;
            /** @description Writes by other logins since single-user mode was entered (kept after exit until the next entry); empty is good. */
            writes: components["schemas"]["SingleUserWriteDto"][];
        };
        SingleUserWriteDto: {
            /** @description Client addresses or host names the writes came from. */
            clients: string[];
            firstAt: string;
            lastAt: string;
            login: string;
            /** @description Rows inserted, updated or deleted. */
            rows: number;
            /** @description Write statements (PostgreSQL) or trigger firings (SQL Server). */
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
            /** @description Client-chosen id (the orchestrator uses the task attempt id). Starting the same id again returns the existing operation. */
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
            bytes: number;
            columns: components["schemas"]["ColumnDto"][];
            constraints: components["schemas"]["ConstraintDto"][];
            copyKey: components["schemas"]["CopyKeyDto"];
            indexes: components["schemas"]["IndexDto"][];
            name: string;
            /** @description Absent on engines without declarative partitioning. */
            partition?: components["schemas"]["PartitionInfoDto"];
            primaryKey: components["schemas"]["PrimaryKeyDto"] | null;
            rowCount: number;
            /** @description True when rowCount was counted, false when it is the statistics' estimate. */
            rowCountExact: boolean;
            schema: string;
            /** @description Enabled user triggers, which prepare-table disables for the load and finish-table enables again. */
            triggers?: components["schemas"]["TriggerInfoDto"][];
        };
        TableFingerprintDto: {
            exists: boolean;
            /** @description sha256 of columns, types, nullability, keys, indexes and constraints; null when the table does not exist. */
            hash: string | null;
            name: string;
            schema: string;
        };
        TableParamsDto: {
            table: components["schemas"]["TableRefDto"];
        };
        TableRefDto: {
            name: string;
            schema: string;
        };
        TableSequenceDto: {
            column: string;
            /** @description The last value handed out on the source; null when none was (the sequence starts afresh). */
            lastValue: string | null;
            /** @description The sequence's name on the database read (SQL Server: the table's identity). */
            sequence: string;
            table: components["schemas"]["TableRefDto"];
        };
        TableSequenceResultDto: {
            column: string;
            /** @description Why nothing was set. */
            reason?: string;
            /** @description The target's sequence; null when the column has none there. */
            sequence: string | null;
            set: boolean;
            table: components["schemas"]["TableRefDto"];
            /** @description The value set; null when nothing was set. */
            value: string | null;
        };
        TableSequenceValueDto: {
            column: string;
            /** @description The last value handed out on the source; null when none was (the sequence starts afresh). */
            lastValue: string | null;
            table: components["schemas"]["TableRefDto"];
        };
        TableSummaryDto: {
            /** @description Table, indexes and TOAST together. */
            bytes: number;
            /** @description From the statistics; may lag behind. */
            estimatedRows: number;
            name: string;
            schema: string;
        };
        TrackedTableDto: {
            /** @description Columns that identify a row (the primary key, or a unique index over NOT NULL columns); default: the primary key, else such an index (one holding RECID first, then the narrowest). */
            keyColumns?: string[];
            table: components["schemas"]["TableRefDto"];
        };
        TrackedTableResultDto: {
            /** @description Tracking was already on with these key columns: nothing changed. */
            alreadyEnabled: boolean;
            enabled: boolean;
            keyColumns: string[];
            /**
             * @description How changes are captured: SQL Server Change Tracking (SQL Server tables whose key is the
             *     primary key) or a capture trigger keyed by the key columns (PostgreSQL; SQL Server tables
             *     without a primary key, keyed by a unique index).
             * @enum {string}
             */
            mechanism: "change-tracking" | "trigger";
            /** @description Why the table is not tracked (enabled: false), e.g. its schema lock was not granted in time; try again later. */
            problem?: string;
            table: components["schemas"]["TableRefDto"];
        };
        TriggerInfoDto: {
            /**
             * @description How the trigger is enabled: `origin`, `always` or `replica`.
             * @enum {string}
             */
            enabled: "origin" | "always" | "replica";
            name: string;
        };
        UntrackedTableResultDto: {
            disabled: boolean;
            table: components["schemas"]["TableRefDto"];
            wasEnabled: boolean;
        };
        WatermarkProblemDto: {
            problem: string;
            table: components["schemas"]["TableRefDto"];
        };
        WatermarkResultDto: {
            /** @description Null when change tracking was never enabled in this database. */
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
