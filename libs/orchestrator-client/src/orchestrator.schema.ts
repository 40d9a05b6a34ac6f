// Generated from openapi/orchestrator.json by `npm run openapi`. Do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness of the process and reachability of the state database. No key needed. */
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
        /** The process answers (a liveness probe: restart me when this fails). Touches nothing else. No key needed. */
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
        /** Ready for traffic: the state database answers and the task queue (pg-boss) can be read. 503 otherwise. No key needed. */
        get: operations["health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the registered agents (paged). */
        get: operations["agents_list"];
        put?: never;
        /** Register an agent by hand (name, base URL, token). */
        post: operations["agents_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agent. */
        get: operations["agents_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move an agent to a new URL and/or token (admin). Recorded in the agent's events. */
        patch: operations["agents_repoint"];
        trace?: never;
    };
    "/v1/agents/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registrations, re-registrations, re-points and refused takeover attempts, oldest first. */
        get: operations["agents_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{id}/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Heartbeat from the agent, authenticated with its own token (`Authorization: Bearer`). */
        post: operations["agents_heartbeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An agent registers itself, presenting the registration token in `X-Registration-Token`. A new
         *     name creates an agent; an existing one is updated only when the request proves the agent's
         *     current token (`token`, or `currentToken` when rotating), and never when an admin registered
         *     it (409; the attempt is recorded in the agent's events).
         */
        post: operations["agents_selfRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the API keys: name, role and prefix, never the key itself. */
        get: operations["apiKeys_list"];
        put?: never;
        /** Create an API key with a role: viewer (read), operator (start, pause, complete), admin (agents, keys, packages). */
        post: operations["apiKeys_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an API key: it is refused from then on. */
        post: operations["apiKeys_revoke"];
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
        /** Orchestrator version and its state database. */
        get: operations["info_info"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/info/caller": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own role and name (any valid key): lets a client enable only the controls the role may use. */
        get: operations["info_caller"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the script packages (paged). */
        get: operations["packages_list"];
        put?: never;
        /** Upload a script package manifest. Every problem is named at once (400); the same name+version again must have the same content. */
        post: operations["packages_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/packages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One script package. */
        get: operations["packages_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the runs (paged). */
        get: operations["runs_list"];
        put?: never;
        /**
         * Start a run of ad-hoc SQL scripts across systems: a DAG of tasks, `threads` executing at once.
         *     Admin only: the SQL is arbitrary, like a script package's, whose upload needs admin too.
         */
        post: operations["runs_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status, counts per task status, rows done/total, rows/s and ETA. */
        get: operations["runs_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a running run: `threads` takes effect at the next admission (seed: add threads during the copy). Audited. */
        patch: operations["runs_update"];
        trace?: never;
    };
    "/v1/runs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the run: pending tasks are canceled, executing operations are canceled on their agents. */
        post: operations["runs_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every status change and operator action, oldest first. */
        get: operations["runs_listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same events as a server-sent event stream (reconnects resume from Last-Event-ID), plus a
         *     `progress` event every 2 s: rows done/total, rows/s over the last interval, ETA, task counts.
         */
        get: operations["runs_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hold dispatch (AX: remove the AOS from the batch group): executing tasks finish, nothing new starts. */
        post: operations["runs_hold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause every task that is not executing yet. */
        post: operations["runs_pauseAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a hold: dispatch starts again. */
        post: operations["runs_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/rerun-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run every failed task of the run again (new attempts). */
        post: operations["runs_rerunFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume every paused task of the run. */
        post: operations["runs_resumeAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tasks of a run (paged, filterable by status). */
        get: operations["runs_tasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task of a run. */
        get: operations["runs_task"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/tasks/{taskId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare a failed, paused or canceled task ended (admin, with a reason): its dependents proceed.
         *     Audited; the data upgrade report shows a table whose verification was ended by hand as not verified.
         */
        post: operations["runs_endTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/tasks/{taskId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause one task: it will not start (204), or 409 because it already started. */
        post: operations["runs_pauseTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/tasks/{taskId}/rerun": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a failed or canceled task again (a new attempt). */
        post: operations["runs_rerunTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{id}/tasks/{taskId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused task: it may start again. */
        post: operations["runs_resumeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the systems (paged). */
        get: operations["systems_list"];
        put?: never;
        /** Register a database taking part (production source, test source or target); asks its agent for engine and version. */
        post: operations["systems_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/systems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One system. */
        get: operations["systems_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/systems/{id}/single-user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enter single-user mode: 409 listing the sessions of other logins (login, host, application,
         *     since) unless `force`, which ends them; then only the agent's login can connect.
         */
        post: operations["systems_enterSingleUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/systems/{id}/single-user/exit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave single-user mode, restoring exactly the access there was before. */
        post: operations["systems_exitSingleUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/systems/{id}/single-user/violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Changes by other logins since single-user mode was entered (each one invalidates the upgrade). */
        get: operations["systems_violations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the upgrades (paged). */
        get: operations["upgrades_list"];
        put?: never;
        /** Create an upgrade (source, target, optional test system, script package, settings) with its checklist. */
        post: operations["upgrades_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One upgrade. */
        get: operations["upgrades_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/backup/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Back up the source database (SQL Server BACKUP … COPY_ONLY, PostgreSQL pg_dump); its result completes the checklist task. */
        post: operations["preprocessing_startBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The upgrade checklist, in order, with status and who completed what. */
        get: operations["checklist_getChecklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/checklist/{key}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a manual checklist task; 409 names the prerequisites still open. */
        post: operations["checklist_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/data-upgrade/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest plan. */
        get: operations["dataUpgrade_latest"];
        put?: never;
        /**
         * Plan the data upgrade: every copy-set table mapped to its target with a status (ok,
         *     no-mapping, field-error, mapping-conflict, target-not-empty), its size, its key ranges
         *     (quantiles of the key) and its priority. Readable before anything is launched.
         */
        post: operations["dataUpgrade_plan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/data-upgrade/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Launch the data upgrade: plans again, refuses (409, each table named) while a table is not
         *     `ok` unless excluded, and needs source and target in single-user mode. One run: the source's
         *     remaining single-user scripts, per table prepare → copy ranges → verify and finish, post-sync
         *     scripts after the tables they read, and a single-user guard at the end.
         */
        post: operations["dataUpgrade_launch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/data-upgrade/runs/{runId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per table: phase, ranges done, rows copied of the estimate, bytes, current rows/s and ETA; and the run's totals. */
        get: operations["dataUpgrade_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/data-upgrade/runs/{runId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comparison report: per table source rows, target rows, checksum match, time and rows/s. `?format=csv` for CSV. */
        get: operations["dataUpgrade_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/delta/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delta preprocessing (repeatable): each delta script on the keys changed since its watermark; `system: test` on the test system. */
        post: operations["preprocessing_startDelta"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Forecast production's single-user window from a rehearsal */
        get: operations["rehearsals_forecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/live/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Live preprocessing: every live script in dependency order, `threads` at a time, while the source stays online.
         *     `system: test` runs it on the test system, to transfer the resulting state to production afterwards.
         */
        post: operations["preprocessing_startLive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/preprocessing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which scripts ended for which package, and each delta script's watermark, on the source (`?system=test`: the test system). */
        get: operations["preprocessing_state"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest readiness results and the history of readiness runs of one source system (`?system=test` for the test system). */
        get: operations["preprocessing_readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/readiness/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check upgrade readiness: a run that records each check (pass, error, advisory) and, when clean, enables change tracking.
         *     `system: test` checks the upgrade's test system instead of production (state transfer).
         */
        post: operations["preprocessing_startReadiness"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/recovery-model/revert/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * After the upgrade: set the source's recovery model back to what the last recovery-model run
         *     found (its result's `previous`), so log backups and mirroring work again. 409 when that run
         *     changed nothing.
         */
        post: operations["preprocessing_startRecoveryModelRevert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/recovery-model/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the source's recovery model to simple (SQL Server; PostgreSQL reports it not applicable). */
        post: operations["preprocessing_startRecoveryModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/rehearsals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the upgrade's rehearsals */
        get: operations["rehearsals_list"];
        put?: never;
        /** Record a rehearsal from finished runs */
        post: operations["rehearsals_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/rehearsals/{rehearsalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a rehearsal with its per-table and per-script measures */
        get: operations["rehearsals_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/rehearsals/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compare two rehearsals per table and script */
        get: operations["rehearsals_compare"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/single-user/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Single-user preprocessing: final delta, single-user scripts in parallel, then a check for changes by other logins. */
        post: operations["preprocessing_startSingleUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/state-transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the state transfer stands: backup point, discovered tables, last run and its per-table progress, carried state, sequences applied, next steps. */
        get: operations["stateTransfer_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/state-transfer/backup-point": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record production's change watermark as the backup point, right before backing up production
         *     for the test system. After the transfer, production's delta scripts continue from it.
         */
        post: operations["stateTransfer_backupPoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/state-transfer/backup/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Back up production for the test system: `backup-database` on production's agent, into
         *     `state-transfer/` of its AGENT_BACKUP_DIR, with a manifest holding production's change
         *     watermark read right before the dump. Record the backup point first: the backup is then taken
         *     after it. The result's `name` is what the restore step takes.
         */
        post: operations["stateTransfer_backup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/state-transfer/number-sequences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preview of the package's number sequences: test value, production value, value to set; and every application so far. */
        get: operations["stateTransfer_numberSequences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/state-transfer/number-sequences/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write the previewed values on production, for the sequences listed with production's values
         *     as the operator confirmed them; 409 (nothing written) when production changed since. Recorded
         *     with who and when; applying again is harmless.
         */
        post: operations["stateTransfer_applyNumberSequences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/state-transfer/restore/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a backup of production as the test system: `restore-database` on the test system's
         *     agent, replacing the database it serves (`replace: true` confirms). Refused (409) while a run
         *     uses the test system or it is in single-user mode. Its script statuses and delta watermarks in
         *     the orchestrator are forgotten; when the run ends, where the test system comes from (the
         *     backup and its manifest) is recorded, and the state transfer refuses a backup taken before
         *     the backup point.
         */
        post: operations["stateTransfer_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/upgrades/{id}/state-transfer/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate both systems (every failed condition at once, 409), discover the tables to move from
         *     the package with their sizes, and start one run copying them test → production (`threads` in
         *     parallel, key ranges, checksum verification). `dryRun: true` validates and discovers only.
         *     When the run ends, production takes over the test system's script statuses and the backup
         *     point as its delta watermarks.
         */
        post: operations["stateTransfer_start"];
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
        AgentDto: {
            baseUrl: string;
            createdAt: string;
            engine: string | null;
            id: string;
            lastHeartbeatAt: string | null;
            name: string;
            /** @enum {string} */
            registeredBy: "operator" | "self";
            /**
             * @description From the last heartbeat: `online`, `offline`, or `never-seen` (no heartbeat yet).
             * @enum {string}
             */
            status: "online" | "offline" | "never-seen";
            version: string | null;
        };
        AgentEventDto: {
            /** @description `key:<name>` of the admin's API key, or `registration-token`. */
            actor: string;
            at: string;
            fromUrl: string | null;
            id: number;
            /**
             * @description `registered`, `re-registered` (same URL and token), `re-pointed` (URL or token changed) or `refused` (a takeover attempt).
             * @enum {string}
             */
            kind: "registered" | "re-registered" | "re-pointed" | "refused";
            reason: string | null;
            remoteAddress: string | null;
            tokenChanged: boolean;
            toUrl: string | null;
        };
        AgentPageDto: {
            items: components["schemas"]["AgentDto"][];
            limit: number;
            offset: number;
            total: number;
        };
        AgentRegisteredDto: {
            id: string;
        };
        ApiKeyDto: {
            createdAt: string;
            id: string;
            name: string;
            /** @description The first characters of the key, to recognise it. */
            prefix: string;
            revokedAt: string | null;
            /** @enum {string} */
            role: "viewer" | "operator" | "admin";
        };
        ApplyNumberSequencesDto: {
            override?: components["schemas"]["OverrideRequestDto"];
            /** @description The sequences to write, each with production's values the operator confirmed from the preview. */
            sequences: components["schemas"]["ConfirmSequenceDto"][];
        };
        BackupPointDto: {
            at: string;
            by: string;
            /** @description Production's change watermark when the backup point was recorded. */
            watermark: string;
        };
        CallerDto: {
            /** @description As the event log records it: `key:<name>` or `bootstrap-admin`. */
            actor: string;
            /** @enum {string} */
            role: "viewer" | "operator" | "admin";
        };
        CarriedStateDto: {
            at: string;
            runId: string;
            /** @description Scripts whose status production took over from the test system. */
            scripts: string[];
            watermark: string;
            /** @description Delta scripts whose production watermark was set to the backup point. */
            watermarks: string[];
        };
        ChecklistTaskDto: {
            /** @description Completed by the run that performs it. */
            automatic: boolean;
            /** @description Why a run that performed this step could not complete it (status `blocked`). */
            blockedReason: string | null;
            completedAt: string | null;
            completedBy: string | null;
            description: string;
            key: string;
            notes: string | null;
            /** @description Each time an admin started this step with prerequisites open: who, when, why, which. */
            overrides: components["schemas"]["PrerequisiteOverrideDto"][];
            position: number;
            prerequisites: string[];
            required: boolean;
            section: string;
            /** @enum {string} */
            status: "open" | "done" | "blocked";
            title: string;
        };
        ComparedSideDto: {
            failed: boolean;
            rows: number;
            rowsPerSecond: number | null;
            seconds: number | null;
        };
        ComparisonItemDto: {
            /** @description Null: not in that rehearsal. */
            base: components["schemas"]["ComparedSideDto"] | null;
            candidate: components["schemas"]["ComparedSideDto"] | null;
            changePercent: number | null;
            /** @description Candidate minus base; positive is slower. Null unless it ended in both. */
            changeSeconds: number | null;
            /** @enum {string} */
            kind: "table" | "script";
            /** @description The target table as display text, or the script key. */
            name: string;
            /** @description Failed in the candidate and not in the base. */
            newFailure: boolean;
            /** @enum {string} */
            phase: "final-delta" | "single-user-scripts" | "copy" | "verify" | "indexes" | "post-sync" | "other";
            table: components["schemas"]["TableRefDto"] | null;
        };
        CompleteChecklistTaskDto: {
            notes?: string;
        };
        ConfirmSequenceDto: {
            /** @description A number sequence the package declares. */
            key: string;
            /** @description Production's maximum value as the preview showed it. */
            productionMax: string;
            /** @description Production's next value as the preview showed it: apply refuses (409) if production changed since. */
            productionNext: string;
            /** @description The row, as the preview showed it (e.g. [{ column: "DATAAREAID", value: "dat" }]); default: none (one row per sequence). */
            scope?: components["schemas"]["SequenceScopeDto"][];
        };
        ControlDto: {
            /** @description Why, for the event log. */
            reason?: string;
        };
        CopyRulesDto: {
            exclude?: components["schemas"]["TableRefDto"][];
            /** @description Table patterns in the copy set: schema and name each match case-insensitively, `*` for any characters. */
            include: components["schemas"]["TableRefDto"][];
            /** @description Source (shadow) tables copied into a target table of another name. */
            rename?: components["schemas"]["TableRenameDto"][];
        };
        CopyTotalsDto: {
            bytes: number;
            etaSeconds: number | null;
            rowsDone: number;
            /** @description The tables' rates summed (see TableProgressDto.rowsPerSecond). */
            rowsPerSecond: number;
            rowsTotal: number;
        };
        CreateApiKeyDto: {
            name: string;
            /** @enum {string} */
            role: "viewer" | "operator" | "admin";
        };
        CreatedApiKeyDto: {
            createdAt: string;
            id: string;
            /** @description The key itself. Shown once: only its hash is stored. */
            key: string;
            name: string;
            /** @description The first characters of the key, to recognise it. */
            prefix: string;
            revokedAt: string | null;
            /** @enum {string} */
            role: "viewer" | "operator" | "admin";
        };
        CreateRehearsalDto: {
            /** @description How people name it: "mock 1", "dress rehearsal". Unique within the upgrade. */
            label: string;
            /** @description Finished runs of this upgrade: single-user preprocessing and/or data upgrade. */
            runIds: string[];
            /**
             * Format: uuid
             * @description The rehearsal system: the copy of production the runs read from. Its table sizes are recorded now.
             */
            systemId: string;
        };
        CreateScriptRunDto: {
            /** @description Create with dispatch held, to inspect the run before anything starts; release starts it. */
            hold?: boolean;
            tasks: components["schemas"]["ScriptTaskDto"][];
            /** @description Tasks executing at once. */
            threads: number;
            /** Format: uuid */
            upgradeId?: string;
        };
        CreateSystemDto: {
            /**
             * Format: uuid
             * @description The agent next to this database.
             */
            agentId: string;
            name: string;
            /** @enum {string} */
            role: "production-source" | "test-source" | "target";
        };
        CreateUpgradeDto: {
            /**
             * @description Days the source keeps changes for delta scripts (SQL Server Change Tracking retention; default
             *     30): at least the longest expected gap between two deltas, or between the backup point and the
             *     state transfer. A delta, backup point or state transfer whose watermark is older is refused.
             */
            changeRetentionDays?: number;
            name: string;
            /** Format: uuid */
            packageId: string;
            /** @description Rows per key range when a table is split for copying (default 500000). */
            rangeRows?: number;
            /**
             * Format: uuid
             * @description A system with role production-source.
             */
            sourceSystemId: string;
            /**
             * Format: uuid
             * @description A system with role target.
             */
            targetSystemId: string;
            /**
             * Format: uuid
             * @description A system with role test-source, for state transfer.
             */
            testSystemId?: string;
            /** @description Tasks of a run executing at once (default 8). */
            threads?: number;
        };
        CriticalStepDto: {
            endSeconds: number;
            key: string;
            kind: string;
            /** @description How its duration was obtained. */
            method: string;
            /** @enum {string} */
            phase: "final-delta" | "single-user-scripts" | "copy" | "verify" | "indexes" | "post-sync" | "other";
            runKind: string;
            seconds: number;
            startSeconds: number;
            /** @description Ready, but waiting for a free thread. */
            waitedSeconds: number;
        };
        CurvePointDto: {
            /** @description Saved over one thread fewer; 0 or less: more threads stopped helping. */
            gainSeconds: number;
            threads: number;
            windowSeconds: number;
        };
        DataUpgradePlanDto: {
            createdAt: string;
            createdBy: string;
            id: string;
            summary: components["schemas"]["PlanSummaryDto"];
            tables: components["schemas"]["TablePlanDto"][];
            upgradeId: string;
        };
        DataUpgradeProgressDto: {
            run: components["schemas"]["RunDto"];
            tables: components["schemas"]["TableProgressDto"][];
            /** @description The copy across every table. */
            totals: components["schemas"]["CopyTotalsDto"];
        };
        DeltaWatermarkDto: {
            scriptKey: string;
            updatedAt: string;
            watermark: string;
        };
        EndTaskDto: {
            /** @description Why the task may count as ended although it did not succeed; recorded with the task. */
            reason: string;
        };
        EnterSingleUserDto: {
            /** @description End the sessions of other logins instead of refusing (409 lists them). */
            force?: boolean;
        };
        EstimatedTaskDto: {
            key: string;
            kind: string;
            /** @description How it was estimated without a rehearsal measure. */
            method: string;
            runKind: string;
            seconds: number;
        };
        ExcludedTableDto: {
            /** @description Why it is not copied. */
            reason: string;
            table: components["schemas"]["TableRefDto"];
        };
        ForecastDto: {
            /** @description The chain that bounds the window, first step first: its durations plus waits add up to the window. */
            criticalPath: components["schemas"]["CriticalStepDto"][];
            criticalPathSeconds: number;
            /** @description Tasks without a rehearsal measure, and how they were estimated. */
            estimated: components["schemas"]["EstimatedTaskDto"][];
            /** @description The window with unlimited threads (longest dependency chain): no thread count goes below it. */
            longestChainSeconds: number;
            /** @description Copy-set tables of production the rehearsal did not copy (a subset rehearsal): not in the forecast. */
            notRehearsed: components["schemas"]["TableRefDto"][];
            phases: components["schemas"]["PhaseSpanDto"][];
            rehearsalId: string;
            /** @description The rehearsal's own window (its runs' elapsed times added up), for reference. */
            rehearsalWindowSeconds: number | null;
            tables: components["schemas"]["TableScalingDto"][];
            threads: number;
            /** @description The window at 1…16 threads. */
            threadsCurve: components["schemas"]["CurvePointDto"][];
            upgradeId: string;
            /** @description Predicted single-user window: the rehearsal's runs one after the other, at production's size. */
            windowSeconds: number;
            /** @description Thread-seconds of all tasks: the window on one thread. */
            workSeconds: number;
        };
        KeyRangePlanDto: {
            /** @description Inclusive; null for an open start. */
            from: string[] | null;
            /** @description Exclusive; null for an open end. */
            to: string[] | null;
        };
        LaunchDataUpgradeDto: {
            /** @description Source tables to leave out (test runs only, as AX allows skipping tables); each must be in the copy set. */
            exclude?: components["schemas"]["TableRefDto"][];
            /** @description Create the run with dispatch held: nothing starts until POST /v1/runs/{id}/release (to pause tasks first). */
            hold?: boolean;
            override?: components["schemas"]["OverrideRequestDto"];
            /** @description Start a new run although the previous one ended in error (default: refuse, and point to rerun-failed). */
            restart?: boolean;
            /** @description Tasks executing at once across the whole run (default: the upgrade's threads). */
            threads?: number;
        };
        LoginChangeDto: {
            /** @description Rows inserted, updated or deleted. */
            changes: number;
            /** @description Client addresses or host names the writes came from. */
            clients: string[];
            login: string;
            /** @description Write statements (PostgreSQL) or trigger firings (SQL Server). */
            statements: number;
            table: components["schemas"]["TableRefDto"];
            /** @description A TRUNCATE was among them (its rows are not counted). */
            truncated: boolean;
        };
        ManualTaskDto: {
            description: string;
            key: string;
            required?: boolean;
            title: string;
        };
        NumberSequenceApplicationDto: {
            appliedAt: string;
            appliedBy: string;
            /** @description False when production already held the values: nothing was written. */
            changed: boolean;
            key: string;
            maxSet: string;
            nextSet: string;
            productionMax: string;
            productionNext: string;
            scope: components["schemas"]["SequenceScopeDto"][];
            testMax: string;
            testNext: string;
        };
        NumberSequenceDto: {
            description: string;
            /** @description e.g. CRM_1 (party numbers) or CRM_2 (location numbers). */
            key: string;
            /** @description The column holding the sequence's code (AX: NUMBERSEQUENCE), equal to `key`. */
            keyColumn: string;
            /**
             * @description Every column that identifies one sequence row, `keyColumn` among them: AX keeps one row per
             *     company, so ["DATAAREAID", "NUMBERSEQUENCE"]; preview and apply then work per company.
             *     Default: [keyColumn] (one row per sequence).
             */
            keyColumns?: string[];
            maxColumn: string;
            nextColumn: string;
            table: components["schemas"]["TableRefDto"];
        };
        NumberSequencePreviewDto: {
            description: string;
            /** @description Production already holds valueToSet. */
            inSync: boolean;
            /** @description e.g. CRM_1 (party numbers). */
            key: string;
            /** @description Why it cannot be previewed (row missing, read failed); null when fine. */
            problem: string | null;
            production: components["schemas"]["SequenceValuesDto"] | null;
            /** @description Which row of the sequence: the other key columns' values (e.g. DATAAREAID = dat); empty for one row per sequence. */
            scope: components["schemas"]["SequenceScopeDto"][];
            table: components["schemas"]["TableRefDto"];
            test: components["schemas"]["SequenceValuesDto"] | null;
            /** @description What apply writes on production: the test system's values, never lower than production's. */
            valueToSet: components["schemas"]["SequenceValuesDto"] | null;
        };
        NumberSequencesDto: {
            /** @description Every application, newest first. */
            applied: components["schemas"]["NumberSequenceApplicationDto"][];
            sequences: components["schemas"]["NumberSequencePreviewDto"][];
        };
        OrchestratorInfoDto: {
            /** @description PostgreSQL version of the state database. */
            stateDatabaseVersion: string;
            version: string;
        };
        OverrideRequestDto: {
            /** @description Why the open prerequisites may be skipped; recorded on the checklist task and as a run event. */
            reason: string;
        };
        PackageDto: {
            /** @description Things in the package's T-SQL worth a second look (USE, #temp tables across batches): shown, never refused. */
            advisories: string[];
            createdAt: string;
            id: string;
            /** @description Used by an upgrade: immutable. */
            inUse: boolean;
            manifest: components["schemas"]["UploadPackageDto"];
            name: string;
            scripts: number;
            sha256: string;
            version: string;
        };
        PackagePageDto: {
            items: components["schemas"]["PackageSummaryDto"][];
            limit: number;
            offset: number;
            total: number;
        };
        PackageSummaryDto: {
            /** @description Things in the package's T-SQL worth a second look (USE, #temp tables across batches): shown, never refused. */
            advisories: string[];
            createdAt: string;
            id: string;
            /** @description Used by an upgrade: immutable. */
            inUse: boolean;
            name: string;
            scripts: number;
            sha256: string;
            version: string;
        };
        PhaseSpanDto: {
            /** @description Its steps' share of the critical path. */
            criticalSeconds: number;
            endSeconds: number | null;
            /** @enum {string} */
            phase: "final-delta" | "single-user-scripts" | "copy" | "verify" | "indexes" | "post-sync" | "other";
            startSeconds: number | null;
            tasks: number;
            /** @description Sum of the phase's task durations (thread-seconds). */
            workSeconds: number;
        };
        PlannedForeignKeyDto: {
            /** @description Whether the referenced table is copied too (else the key is recreated at the end, after every table). */
            copied: boolean;
            name: string;
            /** @description The referenced table on the target. */
            references: components["schemas"]["TableRefDto"];
        };
        PlannedStructureDto: {
            /** @description Recreated once the table and the one each references are loaded. */
            foreignKeys: components["schemas"]["PlannedForeignKeyDto"][];
            /**
             * @description Null: the source engine's default; `pg-text` for tables whose binary COPY would embed type OIDs.
             * @enum {string|null}
             */
            format: "pg-binary" | "pg-text" | "mssql-rows-v1" | null;
            /** @description A partitioned table: its leaf partitions are copied, each on its own; it is prepared before and finished after them. */
            partitioned: boolean;
            /** @description The partitioned source table this one is a partition of. */
            partitionOf: components["schemas"]["TableRefDto"] | null;
            /** @description A partitioned table's partitions in the copy set. */
            partitions: components["schemas"]["TableRefDto"][];
        };
        PlanSummaryDto: {
            /** @description Tables with at least one advisory. */
            advisories: number;
            bytes: number;
            notOk: number;
            ok: number;
            ranges: number;
            rows: number;
            tables: number;
        };
        PreprocessingStateDto: {
            scripts: components["schemas"]["ScriptStateDto"][];
            watermarks: components["schemas"]["DeltaWatermarkDto"][];
        };
        PrerequisiteOverrideDto: {
            at: string;
            by: string;
            reason: string;
            skipped: string[];
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
        ProductionBackupDto: {
            backup: components["schemas"]["RestoredBackupDto"] | null;
            bytes: number | null;
            /** @description Relative to AGENT_BACKUP_DIR: what the restore step takes as `file`. Null until the backup ended. */
            name: string | null;
            runId: string;
            status: string;
        };
        ReadinessDto: {
            /** @description Every readiness run of the upgrade, newest first. */
            history: components["schemas"]["ReadinessRunSummaryDto"][];
            /** @description The latest readiness run's results; empty before the first check. */
            latest: components["schemas"]["ReadinessResultDto"][];
            /** @description True when the latest run ended without errors: later steps may start. */
            ready: boolean;
        };
        ReadinessResultDto: {
            at: string;
            check: string;
            message: string;
            runId: string;
            /** @enum {string} */
            status: "pass" | "error" | "advisory";
            systemId: string | null;
        };
        ReadinessRunSummaryDto: {
            advisories: number;
            createdAt: string;
            errors: number;
            runId: string;
            status: string;
        };
        RegisterAgentDto: {
            /**
             * Format: uri
             * @description Where the orchestrator reaches the agent.
             */
            baseUrl: string;
            /** @description Unique name, e.g. `prod-sql01`. */
            name: string;
            /** @description The agent's token (AGENT_TOKEN). Stored encrypted; never returned. */
            token: string;
        };
        RehearsalComparisonDto: {
            base: components["schemas"]["RehearsalDto"];
            candidate: components["schemas"]["RehearsalDto"];
            /** @description New failures first, then the slowest movers. */
            items: components["schemas"]["ComparisonItemDto"][];
            /** @description Change of the rehearsals' windows, in percent (null unless both have one). */
            windowChangePercent: number | null;
        };
        RehearsalDetailDto: {
            createdAt: string;
            createdBy: string;
            id: string;
            label: string;
            /** @description In the order they ran. */
            runs: components["schemas"]["RehearsalRunDto"][];
            scripts: components["schemas"]["RehearsalScriptDto"][];
            systemId: string;
            tables: components["schemas"]["RehearsalTableDto"][];
            upgradeId: string;
            /** @description The runs' elapsed times added up: the rehearsal's own window (null while a run has no end). */
            windowSeconds: number | null;
        };
        RehearsalDto: {
            createdAt: string;
            createdBy: string;
            id: string;
            label: string;
            /** @description In the order they ran. */
            runs: components["schemas"]["RehearsalRunDto"][];
            systemId: string;
            upgradeId: string;
            /** @description The runs' elapsed times added up: the rehearsal's own window (null while a run has no end). */
            windowSeconds: number | null;
        };
        RehearsalPageDto: {
            items: components["schemas"]["RehearsalDto"][];
            limit: number;
            offset: number;
            total: number;
        };
        RehearsalRunDto: {
            createdAt: string;
            /** @description Created → finished. */
            elapsedSeconds: number | null;
            finishedAt: string | null;
            id: string;
            kind: string;
            status: string;
            threads: number;
        };
        RehearsalScriptDto: {
            failed: boolean;
            key: string;
            /** @enum {string} */
            phase: "final-delta" | "single-user-scripts" | "copy" | "verify" | "indexes" | "post-sync" | "other";
            rows: number;
            runKind: string;
            seconds: number | null;
            /** @enum {string} */
            status: "waiting" | "ready" | "executing" | "ended" | "error" | "paused" | "canceled";
        };
        RehearsalTableDto: {
            bytes: number;
            /** @description Keys of its tasks that ended in error. */
            failed: string[];
            ranges: number;
            rows: number;
            rowsPerSecond: number | null;
            /** @description First task of the table started → last ended; null while one did not end. */
            seconds: number | null;
            source: components["schemas"]["TableRefDto"] | null;
            target: components["schemas"]["TableRefDto"];
        };
        RepointAgentDto: {
            /** Format: uri */
            baseUrl?: string;
            /** @description Why, for the agent's event trail. */
            reason: string;
            token?: string;
        };
        RestoredBackupDto: {
            finishedAt: string;
            serverVersion: string;
            /** @description Production's database that was backed up. */
            sourceDatabase: string;
            /** @description When that watermark was read (the backup started right after). */
            takenAt: string;
            tool: string | null;
            /** @description Production's change watermark read right before the backup started; null when change tracking was off then. */
            watermark: string | null;
        };
        RestoreTestSystemDto: {
            /**
             * @description The backup of production to restore, relative to the test agent's AGENT_BACKUP_DIR (what the
             *     backup step reports as `name`). Default: the backup of the last state-transfer backup run that ended.
             */
            file?: string;
            /** @description Must be true: the restore replaces the test system's database (the one its agent serves). */
            replace: boolean;
        };
        RunCountsDto: {
            canceled: number;
            ended: number;
            error: number;
            executing: number;
            paused: number;
            ready: number;
            total: number;
            waiting: number;
        };
        RunDto: {
            counts: components["schemas"]["RunCountsDto"];
            createdAt: string;
            createdBy: string;
            finishedAt: string | null;
            /** @description Dispatch held: nothing new starts until released. */
            hold: boolean;
            id: string;
            kind: string;
            progress: components["schemas"]["RunProgressDto"];
            /** @enum {string} */
            status: "running" | "ended" | "error" | "canceled";
            threads: number;
            upgradeId: string | null;
        };
        RunEventDto: {
            actor: string;
            at: string;
            fromStatus: string | null;
            id: number;
            reason: string | null;
            runId: string;
            taskId: string | null;
            taskKey: string | null;
            toStatus: string | null;
            type: string;
        };
        RunPageDto: {
            items: components["schemas"]["RunDto"][];
            limit: number;
            offset: number;
            total: number;
        };
        RunProgressDto: {
            /** @description Seconds left at the current rate; null when it cannot be told. */
            etaSeconds: number | null;
            rowsDone: number;
            /** @description Across executing tasks, from their own progress. */
            rowsPerSecond: number;
            /** @description Known once the tasks that move rows know their totals. */
            rowsTotal: number | null;
        };
        RunProgressEventDto: {
            counts: components["schemas"]["RunCountsDto"];
            etaSeconds: number | null;
            rowsDone: number;
            /** @description Over the last interval. */
            rowsPerSecond: number;
            rowsTotal: number | null;
            /** @enum {string} */
            status: "running" | "ended" | "error" | "canceled";
        };
        RunStartDto: {
            override?: components["schemas"]["OverrideRequestDto"];
        };
        RunStreamErrorDto: {
            detail: string;
            status: number;
            title: string;
        };
        ScriptDto: {
            /** @description Keys of scripts that must end first. */
            dependsOn?: string[];
            description: string;
            key: string;
            /** @enum {string} */
            phase: "live" | "delta" | "single-user" | "post-sync";
            /** @description Tables the script reads. */
            reads?: components["schemas"]["TableRefDto"][];
            sql: components["schemas"]["SqlByEngineDto"];
            /** @description Tables the script writes. */
            writes?: components["schemas"]["TableRefDto"][];
        };
        ScriptStateDto: {
            endedAt: string;
            packageSha256: string;
            phase: string;
            runId: string;
            scriptKey: string;
        };
        ScriptTaskDto: {
            /** @description Keys of tasks of this run that must end first. */
            dependsOn?: string[];
            /** @description Unique within the run. */
            key: string;
            /** @description SQL text; `GO` lines separate batches. */
            sql: string;
            /**
             * Format: uuid
             * @description The system whose agent runs the script.
             */
            systemId: string;
            timeoutSeconds?: number;
        };
        SelfRegisterAgentDto: {
            /**
             * Format: uri
             * @description Where the orchestrator reaches the agent.
             */
            baseUrl: string;
            /**
             * @description Re-registering an existing agent proves it is the same agent: `token` must be its current
             *     token, or, when the token changes, `currentToken` must be.
             */
            currentToken?: string;
            engine?: string;
            /** @description Unique name, e.g. `prod-sql01`. */
            name: string;
            /** @description The agent's token (AGENT_TOKEN). Stored encrypted; never returned. */
            token: string;
            version?: string;
        };
        SequenceScopeDto: {
            column: string;
            value: string;
        };
        SequenceValuesDto: {
            max: string;
            next: string;
        };
        SingleUserAttemptDto: {
            application: string | null;
            connectedAt: string | null;
            endedAt: string;
            host: string | null;
            login: string;
        };
        SingleUserViolationsDto: {
            /** @description Sessions of other logins the agent's watchdog ended since single-user mode was entered (or the agent restarted). */
            attempts: components["schemas"]["SingleUserAttemptDto"][];
            /** @description Writes by logins other than the agent's to any table since single-user mode was entered; empty is good. */
            changes: components["schemas"]["LoginChangeDto"][];
            /** @description Tables the agent's write guard covers (every table of the database while in single-user mode). */
            guardedTables: number;
        };
        SqlByEngineDto: {
            mssql?: string;
            postgres?: string;
        };
        StartLiveRunDto: {
            override?: components["schemas"]["OverrideRequestDto"];
            /** @description Run again the scripts that already ended for this package (default: skip them). */
            rerun?: boolean;
            /**
             * @description `production` (default) or `test`: the upgrade's test-source system, whose state is later transferred to production.
             * @enum {string}
             */
            system?: "production" | "test";
        };
        StartOnSideDto: {
            override?: components["schemas"]["OverrideRequestDto"];
            /**
             * @description `production` (default) or `test`: the upgrade's test-source system, whose state is later transferred to production.
             * @enum {string}
             */
            system?: "production" | "test";
        };
        StartStateTransferDto: {
            /** @description Validate and discover the tables with their sizes, copy nothing. */
            dryRun?: boolean;
            /** @description Create the run with dispatch held: nothing starts until POST /v1/runs/{id}/release (time to pause tasks first). */
            hold?: boolean;
            override?: components["schemas"]["OverrideRequestDto"];
            /** @description Copies executing at once (default: the upgrade's threads). */
            threads?: number;
        };
        StateTransferStartDto: {
            /** @description What the orchestrator cannot check and the operator should make sure of (recorded as run events too); no refusal. */
            advisories: string[];
            dryRun: boolean;
            excluded: components["schemas"]["ExcludedTableDto"][];
            /** @description Every failed condition (a dry run reports them; a real start refuses with 409 while any is left). */
            problems: string[];
            /** @description The state-transfer run; null for a dry run. */
            run: components["schemas"]["RunDto"] | null;
            tables: components["schemas"]["TransferTableDto"][];
        };
        StateTransferStatusDto: {
            backupPoint: components["schemas"]["BackupPointDto"] | null;
            carried: components["schemas"]["CarriedStateDto"] | null;
            lastRun: components["schemas"]["RunDto"] | null;
            /** @description What to do next, as checklist keys or steps (e.g. run-delta-preprocessing, enter-single-user-mode-source). */
            next: string[];
            /** @description Per table of the last run: phase, ranges, rows, checksum. */
            progress: components["schemas"]["TransferTableProgressDto"][];
            sequencesApplied: components["schemas"]["NumberSequenceApplicationDto"][];
            /** @description The tables discovered at the last start or dry run. */
            tables: components["schemas"]["TransferTableDto"][];
            /** @description The state transfer's backup of production and where the test system comes from. */
            testSystem: components["schemas"]["TestSystemProvenanceDto"];
            testSystemId: string;
            upgradeId: string;
        };
        SystemDto: {
            agentId: string;
            createdAt: string;
            database: string;
            engine: string;
            id: string;
            /** @enum {string} */
            mode: "online" | "single-user";
            name: string;
            /** @enum {string} */
            role: "production-source" | "test-source" | "target";
            serverVersion: string;
            singleUserBy: string | null;
            /** @description When single-user mode was entered, and by whom (null while online). */
            singleUserSince: string | null;
        };
        SystemPageDto: {
            items: components["schemas"]["SystemDto"][];
            limit: number;
            offset: number;
            total: number;
        };
        TablePlanDto: {
            /** @description Informational, as AX's advisories (e.g. no usable copy key: copied as one range); they do not block the launch. */
            advisories: string[];
            bytes: number;
            /** @description Columns copied and compared, in the source's order. */
            columns: string[];
            /**
             * @description The copy key the ranges are taken on: the primary key, else a unique index over NOT NULL
             *     columns (maybe composite, e.g. DATAAREAID, RECID). Empty: copied whole, as one range.
             */
            keyColumns: string[];
            /** @description Why these key columns (`primary key PK_X`, `unique index I_X (holds RECID)`), or why there are none. */
            keyReason: string;
            /** @description Higher starts first. */
            priority: number;
            /** @description What is wrong, one line each (columns named); empty when ok. */
            problems: string[];
            ranges: components["schemas"]["KeyRangePlanDto"][];
            /** @description Columns computed by the database (SQL Server computed, PostgreSQL generated): not copied, recomputed on the target. */
            recomputed: string[];
            /** @description Estimated rows on the source. */
            rows: number;
            source: components["schemas"]["TableRefDto"];
            /** @enum {string} */
            status: "ok" | "no-mapping" | "field-error" | "mapping-conflict" | "target-not-empty";
            /** @description Partition hierarchy, foreign keys and wire format (see PlannedStructureDto). */
            structure: components["schemas"]["PlannedStructureDto"];
            target: components["schemas"]["TableRefDto"];
            /** @description Source scripts that write the table: its copy waits for them. */
            waitsFor: string[];
        };
        TableProgressDto: {
            bytes: number;
            etaSeconds: number | null;
            /** @enum {string} */
            phase: "waiting" | "preparing" | "copying" | "finishing" | "done" | "error";
            ranges: number;
            rangesDone: number;
            rowsDone: number;
            /** @description Over the interval since the previous progress read (1 s to 1 min); otherwise the ranges copying now, each over its own running time. */
            rowsPerSecond: number;
            /** @description Estimated from the source's statistics at plan time. */
            rowsTotal: number;
            sourceTable: components["schemas"]["TableRefDto"];
            table: components["schemas"]["TableRefDto"];
        };
        TableRefDto: {
            name: string;
            schema: string;
        };
        TableRenameDto: {
            /** @description The source (shadow) table. */
            from: components["schemas"]["TableRefDto"];
            /** @description The target table it is copied into. */
            to: components["schemas"]["TableRefDto"];
        };
        TableScalingDto: {
            /** @description rows, bytes, or unscaled with the reason. */
            basis: string;
            factor: number;
            productionBytes: number | null;
            /** @description From production's catalog now; null when production has no such table. */
            productionRows: number | null;
            /** @description Copy ranges production's size would be cut into (rows / the upgrade's rangeRows, when the table has a copy key). */
            rangesForecast: number;
            /** @description Copy ranges in the rehearsal (its last run copying the table). */
            rangesRehearsed: number;
            rehearsalBytes: number;
            rehearsalRows: number;
            source: components["schemas"]["TableRefDto"];
        };
        TaskDto: {
            attempt: number;
            bytes: number;
            dependsOn: string[];
            dispatchedAt: string | null;
            error: string | null;
            finishedAt: string | null;
            id: string;
            key: string;
            kind: string;
            priority: number;
            readyAt: string | null;
            /** @description What the task's operation returned (rows copied and deleted first, checksums, objects recreated, script output). */
            result: {
                [key: string]: unknown;
            } | null;
            rows: number;
            rowsTotal: number | null;
            runId: string;
            startedAt: string | null;
            /** @enum {string} */
            status: "waiting" | "ready" | "executing" | "ended" | "error" | "paused" | "canceled";
            systemId: string | null;
        };
        TaskPageDto: {
            items: components["schemas"]["TaskDto"][];
            limit: number;
            offset: number;
            total: number;
        };
        TestSystemProvenanceDto: {
            /** @description The last backup of production made by the state transfer's backup step, if any. */
            lastBackup: components["schemas"]["ProductionBackupDto"] | null;
            /** @description The last restore run of the test system, if any. */
            lastRestoreRun: components["schemas"]["RunDto"] | null;
            /** @description What the test system was restored from through the restore step; null when unknown (restored by hand, or no restore ended). */
            restored: components["schemas"]["TestSystemRestoreDto"] | null;
        };
        TestSystemRestoreDto: {
            /**
             * @description Whether the backup was taken after the backup point (its watermark covers the backup point's);
             *     false refuses the state transfer; null when it cannot be told (no backup point, or no manifest).
             */
            afterBackupPoint: boolean | null;
            /** @description The backup's manifest; null when it has none (made without the agent): when it was taken is then unknown. */
            backup: components["schemas"]["RestoredBackupDto"] | null;
            database: string;
            /** @description The backup, relative to the test agent's AGENT_BACKUP_DIR. */
            file: string;
            restoredAt: string;
            restoredBy: string;
            /** @description The restore run. */
            runId: string;
        };
        TransferTableDto: {
            /** @description Informational (e.g. no usable copy key: copied as one range). */
            advisories: string[];
            bytes: number;
            /** @description False: the transfer creates it on production first. */
            existsOnProduction: boolean;
            /** @description The copy key the ranges are taken on (maybe composite); empty: copied whole, as one range. */
            keyColumns: string[];
            /** @description Why these key columns, or why there are none. */
            keyReason: string;
            /** @description Key ranges copied in parallel. */
            ranges: number;
            /** @enum {string} */
            reason: "written-by-script" | "framework";
            /** @description Rows on the test system. */
            rows: number;
            /** @description The same on both systems. */
            table: components["schemas"]["TableRefDto"];
            /** @description Live and delta scripts that write it (empty for framework tables). */
            writtenBy: string[];
        };
        TransferTableProgressDto: {
            /** @description Null until verify-table ended. */
            checksumMatch: boolean | null;
            /** @enum {string} */
            phase: "waiting" | "preparing" | "copying" | "finishing" | "done" | "error";
            ranges: number;
            rangesDone: number;
            rowsDone: number;
            rowsTotal: number;
            table: components["schemas"]["TableRefDto"];
        };
        UpdateRunDto: {
            /** @description Why, for the event log. */
            reason?: string;
            /** @description Tasks executing at once from the next admission on. */
            threads: number;
        };
        UpgradeDto: {
            changeRetentionDays: number;
            createdAt: string;
            id: string;
            name: string;
            packageId: string;
            packageSha256: string;
            rangeRows: number;
            sourceSystemId: string;
            targetSystemId: string;
            testSystemId: string | null;
            threads: number;
        };
        UpgradePageDto: {
            items: components["schemas"]["UpgradeDto"][];
            limit: number;
            offset: number;
            total: number;
        };
        UploadPackageDto: {
            copyRules?: components["schemas"]["CopyRulesDto"];
            description?: string;
            /** @description Framework tables (script status, delta watermarks, …) that state transfer moves. */
            frameworkTables?: components["schemas"]["TableRefDto"][];
            manualTasks?: components["schemas"]["ManualTaskDto"][];
            name: string;
            numberSequences?: components["schemas"]["NumberSequenceDto"][];
            scripts: components["schemas"]["ScriptDto"][];
            /**
             * @description Sequence objects to carry over by name after the copy, as pgcopydb does: set on the target so
             *     its next value follows the source's last (SQL Server: 2012 or later). The sequences identity and
             *     serial columns own are carried without being named.
             */
            sequences?: components["schemas"]["TableRefDto"][];
            version: string;
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
    agents_list: {
        parameters: {
            query?: {
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Items to skip (default 0). */
                offset?: number;
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
                    "application/json": components["schemas"]["AgentPageDto"];
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
    agents_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterAgentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDto"];
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
            /** @description The key's role is below admin. */
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
            /** @description An agent with this name is already registered. */
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
    agents_get: {
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
                    "application/json": components["schemas"]["AgentDto"];
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
    agents_repoint: {
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
                "application/json": components["schemas"]["RepointAgentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDto"];
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
            /** @description The key's role is below admin. */
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
            /** @description The resource is not in a state that allows this (the detail says which and what to do). */
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
            /** @description The request is well-formed but cannot be carried out as given (the detail says why). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "agent source-1 answered, but its engine does not match the system",
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    agents_events: {
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
                    "application/json": components["schemas"]["AgentEventDto"][];
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
    agents_heartbeat: {
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
            204: {
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
    agents_selfRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelfRegisterAgentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentRegisteredDto"];
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
            /** @description The name belongs to an agent at another URL or with another token (the refusal is recorded in its events). */
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
    apiKeys_list: {
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
                    "application/json": components["schemas"]["ApiKeyDto"][];
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
            /** @description The key's role is below admin. */
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
    apiKeys_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
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
            /** @description The key's role is below admin. */
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
    apiKeys_revoke: {
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
                    "application/json": components["schemas"]["ApiKeyDto"];
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
            /** @description The key's role is below admin. */
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
                    "application/json": components["schemas"]["OrchestratorInfoDto"];
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
    info_caller: {
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
                    "application/json": components["schemas"]["CallerDto"];
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
    packages_list: {
        parameters: {
            query?: {
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Items to skip (default 0). */
                offset?: number;
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
                    "application/json": components["schemas"]["PackagePageDto"];
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
    packages_upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadPackageDto"];
            };
        };
        responses: {
            /** @description identical package already stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageSummaryDto"];
                };
            };
            /** @description stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackageSummaryDto"];
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
            /** @description The key's role is below admin. */
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
            /** @description A package with this name and version is stored with other content. */
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
    packages_get: {
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
                    "application/json": components["schemas"]["PackageDto"];
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
    runs_list: {
        parameters: {
            query?: {
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Items to skip (default 0). */
                offset?: number;
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
                    "application/json": components["schemas"]["RunPageDto"];
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
    runs_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScriptRunDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
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
            /** @description The key's role is below admin. */
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
            /** @description A system the request names does not exist (`errors[]` lists each). */
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
    runs_get: {
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
                    "application/json": components["schemas"]["RunDto"];
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
    runs_update: {
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
                "application/json": components["schemas"]["UpdateRunDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The resource is not in a state that allows this (the detail says which and what to do). */
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
    runs_cancel: {
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
                "application/json": components["schemas"]["ControlDto"];
            };
        };
        responses: {
            204: {
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
            /** @description The key's role is below operator. */
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
            /** @description The resource is not in a state that allows this (the detail says which and what to do). */
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
    runs_listEvents: {
        parameters: {
            query?: {
                /** @description Only events after this id (what an SSE client sends back as Last-Event-ID). */
                after?: number;
                limit?: number;
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
                    "application/json": components["schemas"]["RunEventDto"][];
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
    runs_stream: {
        parameters: {
            query?: {
                /** @description Only events after this id (what an SSE client sends back as Last-Event-ID). */
                after?: number;
                limit?: number;
            };
            header: {
                "last-event-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The run's events as they happen, and its progress every 2 s. An unknown run is one `error` event, then the end: the stream's 200 headers are sent before the run is looked up.
             *
             *     Events (`event:` type, `id:`, `data:` JSON):
             *     - `progress`: data is a [RunProgressEventDto](#/components/schemas/RunProgressEventDto) (JSON)
             *     - `error`: data is a [RunStreamErrorDto](#/components/schemas/RunStreamErrorDto) (JSON)
             *     - `any other event`: data is a [RunEventDto](#/components/schemas/RunEventDto) (JSON)
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["RunProgressEventDto"] | components["schemas"]["RunStreamErrorDto"] | components["schemas"]["RunEventDto"];
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
    runs_hold: {
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
                "application/json": components["schemas"]["ControlDto"];
            };
        };
        responses: {
            204: {
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
            /** @description The key's role is below operator. */
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
            /** @description The resource is not in a state that allows this (the detail says which and what to do). */
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
    runs_pauseAll: {
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
                "application/json": components["schemas"]["ControlDto"];
            };
        };
        responses: {
            204: {
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
            /** @description The key's role is below operator. */
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
            /** @description The resource is not in a state that allows this (the detail says which and what to do). */
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
    runs_release: {
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
                "application/json": components["schemas"]["ControlDto"];
            };
        };
        responses: {
            204: {
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
            /** @description The key's role is below operator. */
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
            /** @description The resource is not in a state that allows this (the detail says which and what to do). */
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
    runs_rerunFailed: {
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
                "application/json": components["schemas"]["ControlDto"];
            };
        };
        responses: {
            204: {
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
            /** @description The key's role is below operator. */
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
            /** @description The resource is not in a state that allows this (the detail says which and what to do). */
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
    runs_resumeAll: {
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
                "application/json": components["schemas"]["ControlDto"];
            };
        };
        responses: {
            204: {
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
            /** @description The key's role is below operator. */
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
            /** @description The resource is not in a state that allows this (the detail says which and what to do). */
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
    runs_tasks: {
        parameters: {
            query?: {
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Items to skip (default 0). */
                offset?: number;
                status?: "waiting" | "ready" | "executing" | "ended" | "error" | "paused" | "canceled";
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
                    "application/json": components["schemas"]["TaskPageDto"];
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
    runs_task: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
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
                    "application/json": components["schemas"]["TaskDto"];
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
    runs_endTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndTaskDto"];
            };
        };
        responses: {
            204: {
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
            /** @description The key's role is below admin. */
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
            /** @description The resource is not in a state that allows this (the detail says which and what to do). */
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
    runs_pauseTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ControlDto"];
            };
        };
        responses: {
            204: {
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
            /** @description The key's role is below operator. */
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
            /** @description The resource is not in a state that allows this (the detail says which and what to do). */
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
    runs_rerunTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ControlDto"];
            };
        };
        responses: {
            204: {
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
            /** @description The key's role is below operator. */
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
            /** @description The resource is not in a state that allows this (the detail says which and what to do). */
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
    runs_resumeTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ControlDto"];
            };
        };
        responses: {
            204: {
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
            /** @description The key's role is below operator. */
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
            /** @description The resource is not in a state that allows this (the detail says which and what to do). */
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
    systems_list: {
        parameters: {
            query?: {
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Items to skip (default 0). */
                offset?: number;
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
                    "application/json": components["schemas"]["SystemPageDto"];
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
    systems_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSystemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemDto"];
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
            /** @description The key's role is below admin. */
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
            /** @description The agent named does not exist. */
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
            /** @description The request is well-formed but cannot be carried out as given (the detail says why). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "agent source-1 answered, but its engine does not match the system",
                     *       "status": 422,
                     *       "title": "Unprocessable Entity",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A transfer-agent this needs did not answer or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "production's agent did not answer: connect ECONNREFUSED",
                     *       "status": 502,
                     *       "title": "Bad Gateway",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    systems_get: {
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
                    "application/json": components["schemas"]["SystemDto"];
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
    systems_enterSingleUser: {
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
                "application/json": components["schemas"]["EnterSingleUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The resource is not in a state that allows this (the detail says which and what to do). */
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
            /** @description A transfer-agent this needs did not answer or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "production's agent did not answer: connect ECONNREFUSED",
                     *       "status": 502,
                     *       "title": "Bad Gateway",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    systems_exitSingleUser: {
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
                    "application/json": components["schemas"]["SystemDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The resource is not in a state that allows this (the detail says which and what to do). */
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
            /** @description A transfer-agent this needs did not answer or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "production's agent did not answer: connect ECONNREFUSED",
                     *       "status": 502,
                     *       "title": "Bad Gateway",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    systems_violations: {
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
                    "application/json": components["schemas"]["SingleUserViolationsDto"];
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
            /** @description the system is not in single-user mode */
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
            /** @description A transfer-agent this needs did not answer or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "production's agent did not answer: connect ECONNREFUSED",
                     *       "status": 502,
                     *       "title": "Bad Gateway",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    upgrades_list: {
        parameters: {
            query?: {
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Items to skip (default 0). */
                offset?: number;
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
                    "application/json": components["schemas"]["UpgradePageDto"];
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
    upgrades_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUpgradeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpgradeDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The resource is not in a state that allows this (the detail says which and what to do). */
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
    upgrades_get: {
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
                    "application/json": components["schemas"]["UpgradeDto"];
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
    preprocessing_startBackup: {
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
                "application/json": components["schemas"]["RunStartDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The step cannot run now: prerequisites are still open (`openPrerequisites`; an admin may start it anyway with `override`), or the state of the upgrade does not allow it (the detail says why, with the members it names). */
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
    checklist_getChecklist: {
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
                    "application/json": components["schemas"]["ChecklistTaskDto"][];
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
    checklist_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteChecklistTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistTaskDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description Prerequisites are still open, or the task is completed by the run that performs it, not by hand. */
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
    dataUpgrade_latest: {
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
                    "application/json": components["schemas"]["DataUpgradePlanDto"];
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
    dataUpgrade_plan: {
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataUpgradePlanDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The step cannot run now: prerequisites are still open (`openPrerequisites`; an admin may start it anyway with `override`), or the state of the upgrade does not allow it (the detail says why, with the members it names). */
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
    dataUpgrade_launch: {
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
                "application/json": components["schemas"]["LaunchDataUpgradeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The step cannot run now: prerequisites are still open (`openPrerequisites`; an admin may start it anyway with `override`), or the state of the upgrade does not allow it (the detail says why, with the members it names). */
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
    dataUpgrade_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                runId: string;
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
                    "application/json": components["schemas"]["DataUpgradeProgressDto"];
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
    dataUpgrade_report: {
        parameters: {
            query?: {
                /** @description `csv` for a spreadsheet (one line per table); default JSON. */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
                runId: string;
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
                    "application/json": Record<string, never>;
                    "text/csv": Record<string, never>;
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
    preprocessing_startDelta: {
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
                "application/json": components["schemas"]["StartOnSideDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The step cannot run now: prerequisites are still open (`openPrerequisites`; an admin may start it anyway with `override`), or the state of the upgrade does not allow it (the detail says why, with the members it names). */
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
    rehearsals_forecast: {
        parameters: {
            query: {
                /** @description The rehearsal whose timings are scaled. */
                rehearsal: string;
                /** @description Threads of the production runs (default: the upgrade's). */
                threads?: number;
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
                    "application/json": components["schemas"]["ForecastDto"];
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
            /** @description no such upgrade or rehearsal */
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
            /** @description production's agent did not give its table sizes */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "production's agent did not answer: connect ECONNREFUSED",
                     *       "status": 502,
                     *       "title": "Bad Gateway",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    preprocessing_startLive: {
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
                "application/json": components["schemas"]["StartLiveRunDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The step cannot run now: prerequisites are still open (`openPrerequisites`; an admin may start it anyway with `override`), or the state of the upgrade does not allow it (the detail says why, with the members it names). */
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
    preprocessing_state: {
        parameters: {
            query?: {
                /** @description `production` (default) or `test`: the upgrade's test-source system, whose state is later transferred to production. */
                system?: "production" | "test";
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
                    "application/json": components["schemas"]["PreprocessingStateDto"];
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
    preprocessing_readiness: {
        parameters: {
            query?: {
                /** @description `production` (default) or `test`: the upgrade's test-source system, whose state is later transferred to production. */
                system?: "production" | "test";
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
                    "application/json": components["schemas"]["ReadinessDto"];
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
    preprocessing_startReadiness: {
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
                "application/json": components["schemas"]["StartOnSideDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The step cannot run now: prerequisites are still open (`openPrerequisites`; an admin may start it anyway with `override`), or the state of the upgrade does not allow it (the detail says why, with the members it names). */
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
    preprocessing_startRecoveryModelRevert: {
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The step cannot run now: prerequisites are still open (`openPrerequisites`; an admin may start it anyway with `override`), or the state of the upgrade does not allow it (the detail says why, with the members it names). */
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
    preprocessing_startRecoveryModel: {
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
                "application/json": components["schemas"]["RunStartDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The step cannot run now: prerequisites are still open (`openPrerequisites`; an admin may start it anyway with `override`), or the state of the upgrade does not allow it (the detail says why, with the members it names). */
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
    rehearsals_list: {
        parameters: {
            query?: {
                /** @description Items per page (default 100, at most 1000). */
                limit?: number;
                /** @description Items to skip (default 0). */
                offset?: number;
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
                    "application/json": components["schemas"]["RehearsalPageDto"];
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
            /** @description no such upgrade */
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
    rehearsals_create: {
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
                "application/json": components["schemas"]["CreateRehearsalDto"];
            };
        };
        responses: {
            /** @description recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RehearsalDetailDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description no such upgrade */
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
            /** @description a run is still running, or the label is taken */
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
            /** @description the rehearsal system's agent did not list its tables */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "production's agent did not answer: connect ECONNREFUSED",
                     *       "status": 502,
                     *       "title": "Bad Gateway",
                     *       "type": "about:blank"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rehearsals_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                rehearsalId: string;
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
                    "application/json": components["schemas"]["RehearsalDetailDto"];
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
            /** @description no such upgrade or rehearsal */
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
    rehearsals_compare: {
        parameters: {
            query: {
                /** @description The earlier rehearsal. */
                base: string;
                /** @description The one compared with it. */
                candidate: string;
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
                    "application/json": components["schemas"]["RehearsalComparisonDto"];
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
            /** @description no such upgrade or rehearsal */
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
    preprocessing_startSingleUser: {
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
                "application/json": components["schemas"]["RunStartDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The step cannot run now: prerequisites are still open (`openPrerequisites`; an admin may start it anyway with `override`), or the state of the upgrade does not allow it (the detail says why, with the members it names). */
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
    stateTransfer_status: {
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
                    "application/json": components["schemas"]["StateTransferStatusDto"];
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
            /** @description the upgrade has no test system to transfer state from */
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
    stateTransfer_backupPoint: {
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateTransferStatusDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The step cannot run now: prerequisites are still open (`openPrerequisites`; an admin may start it anyway with `override`), or the state of the upgrade does not allow it (the detail says why, with the members it names). */
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
    stateTransfer_backup: {
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The step cannot run now: prerequisites are still open (`openPrerequisites`; an admin may start it anyway with `override`), or the state of the upgrade does not allow it (the detail says why, with the members it names). */
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
    stateTransfer_numberSequences: {
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
                    "application/json": components["schemas"]["NumberSequencesDto"];
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
            /** @description The number sequences cannot be compared yet (the detail says why). */
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
    stateTransfer_applyNumberSequences: {
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
                "application/json": components["schemas"]["ApplyNumberSequencesDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberSequencesDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The step cannot run now: prerequisites are still open (`openPrerequisites`; an admin may start it anyway with `override`), or the state of the upgrade does not allow it (the detail says why, with the members it names). */
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
    stateTransfer_restore: {
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
                "application/json": components["schemas"]["RestoreTestSystemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The step cannot run now: prerequisites are still open (`openPrerequisites`; an admin may start it anyway with `override`), or the state of the upgrade does not allow it (the detail says why, with the members it names). */
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
    stateTransfer_start: {
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
                "application/json": components["schemas"]["StartStateTransferDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateTransferStartDto"];
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
            /** @description The key's role is below operator. */
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
            /** @description The step cannot run now: prerequisites are still open (`openPrerequisites`; an admin may start it anyway with `override`), or the state of the upgrade does not allow it (the detail says why, with the members it names). */
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
}
