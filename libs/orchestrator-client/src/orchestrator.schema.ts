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
            /** @example https://ax-sql-01.contoso.local:8443 */
            baseUrl: string;
            /** @example 2026-12-01T20:15:00.000Z */
            createdAt: string;
            /** @example mssql */
            engine: string | null;
            /** @example 7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918 */
            id: string;
            /** @example 2026-12-01T21:40:12.000Z */
            lastHeartbeatAt: string | null;
            /** @example ax-prod-agent */
            name: string;
            /** @enum {string} */
            registeredBy: "operator" | "self";
            /**
             * @description From the last heartbeat: `online`, `offline`, or `never-seen` (no heartbeat yet).
             * @enum {string}
             */
            status: "online" | "offline" | "never-seen";
            /** @example 0.1.0 */
            version: string | null;
        };
        AgentEventDto: {
            /**
             * @description `key:<name>` of the admin's API key, or `registration-token`.
             * @example key:ops-lead
             */
            actor: string;
            /** @example 2026-12-01T20:15:00.000Z */
            at: string;
            /** @example https://ax-sql-01.contoso.local:8443 */
            fromUrl: string | null;
            /** @example 17 */
            id: number;
            /**
             * @description `registered`, `re-registered` (same URL and token), `re-pointed` (URL or token changed) or `refused` (a takeover attempt).
             * @enum {string}
             */
            kind: "registered" | "re-registered" | "re-pointed" | "refused";
            /** @example moved to the new SQL host */
            reason: string | null;
            /** @example 10.0.4.21 */
            remoteAddress: string | null;
            tokenChanged: boolean;
            /** @example https://ax-sql-02.contoso.local:8443 */
            toUrl: string | null;
        };
        AgentPageDto: {
            items: components["schemas"]["AgentDto"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /** @example 1 */
            total: number;
        };
        AgentRegisteredDto: {
            /** @example 7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918 */
            id: string;
        };
        ApiKeyDto: {
            /** @example 2026-12-01T20:15:00.000Z */
            createdAt: string;
            /** @example b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e */
            id: string;
            /** @example ops-lead */
            name: string;
            /**
             * @description The first characters of the key, to recognise it.
             * @example cok_7Hq2Xb
             */
            prefix: string;
            /**
             * @description Null while the key is valid.
             * @example 2026-12-01T21:40:12.000Z
             */
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
            /** @example 2026-12-01T20:15:00.000Z */
            at: string;
            /** @example key:ops-lead */
            by: string;
            /**
             * @description Production's change watermark when the backup point was recorded.
             * @example 184467
             */
            watermark: string;
        };
        CallerDto: {
            /**
             * @description As the event log records it: `key:<name>` or `bootstrap-admin`.
             * @example key:ops-lead
             */
            actor: string;
            /** @enum {string} */
            role: "viewer" | "operator" | "admin";
        };
        CapacityDto: {
            /**
             * @description How it was obtained.
             * @example bounded by the cores, 2: the rehearsals show no contention (no contention found: 9 copy ranges ran alike at 1 to 4 tasks at once); prod and target share one host, bench: its 2 cores
             */
            basis: string;
            /** @description The upper bound from the cores the systems' agents report; null: no agent reported them. */
            bound: components["schemas"]["CoresBoundDto"] | null;
            /**
             * @description The fit alone, from the rehearsals' timelines; null: they show no contention.
             * @example 3.25
             */
            fittedTasks: number | null;
            /** @description The rehearsals that fed the fit: the one forecast from first, then others of the same rehearsal system, newest first. */
            rehearsals: components["schemas"]["FitRehearsalDto"][];
            /**
             * @description Tasks' worth of work the systems do at full speed: above it, running tasks share it and each
             *     slows down. The joint fit over the rehearsals (`fittedTasks`), bounded by the systems' cores
             *     (`bound`). Null: no contention found and no bound known (run times are taken as measured, and
             *     more threads always help until the DAG's width).
             * @example 2
             */
            tasks: number | null;
        };
        CarriedStateDto: {
            /** @example 2026-12-01T20:15:00.000Z */
            at: string;
            /** @example 3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d */
            runId: string;
            /**
             * @description Scripts whose status production took over from the test system.
             * @example [
             *       "live.custtable-creditmax",
             *       "delta.custtable-creditmax"
             *     ]
             */
            scripts: string[];
            /** @example 184467 */
            watermark: string;
            /**
             * @description Delta scripts whose production watermark was set to the backup point.
             * @example [
             *       "delta.custtable-creditmax"
             *     ]
             */
            watermarks: string[];
        };
        ChecklistTaskDto: {
            /** @description Completed by the run that performs it. */
            automatic: boolean;
            /**
             * @description Why a run that performed this step could not complete it (status `blocked`).
             * @example waits for preprocessing.validate
             */
            blockedReason: string | null;
            /** @example 2026-12-01T21:40:12.000Z */
            completedAt: string | null;
            /** @example key:ops-lead */
            completedBy: string | null;
            /** @example Stop every AOS instance so no client writes to production. */
            description: string;
            /** @example stop-aos */
            key: string;
            /** @example Checked with finance */
            notes: string | null;
            /** @description Each time an admin started this step with prerequisites open: who, when, why, which. */
            overrides: components["schemas"]["PrerequisiteOverrideDto"][];
            /** @example 1 */
            position: number;
            /**
             * @example [
             *       "prepare-test-system"
             *     ]
             */
            prerequisites: string[];
            required: boolean;
            /** @example Preparation */
            section: string;
            /** @enum {string} */
            status: "open" | "done" | "blocked";
            /** @example Stop the AOS services */
            title: string;
        };
        ComparedSideDto: {
            failed: boolean;
            /** @example 1250000 */
            rows: number;
            /** @example 48000 */
            rowsPerSecond: number | null;
            /** @example 540 */
            seconds: number | null;
        };
        ComparisonItemDto: {
            /** @description Null: not in that rehearsal. */
            base: components["schemas"]["ComparedSideDto"] | null;
            candidate: components["schemas"]["ComparedSideDto"] | null;
            /** @example 12.5 */
            changePercent: number | null;
            /**
             * @description Candidate minus base; positive is slower. Null unless it ended in both.
             * @example 95.4
             */
            changeSeconds: number | null;
            /** @enum {string} */
            kind: "table" | "script";
            /**
             * @description The target table as display text, or the script key.
             * @example dbo.CUSTTABLE
             */
            name: string;
            /** @description Failed in the candidate and not in the base. */
            newFailure: boolean;
            /** @enum {string} */
            phase: "final-delta" | "single-user-scripts" | "copy" | "verify" | "indexes" | "post-sync" | "other";
            table: components["schemas"]["TableRefDto"] | null;
        };
        CompleteChecklistTaskDto: {
            /** @example AOS01 and AOS02 stopped at 20:10 */
            notes?: string;
        };
        ConfirmSequenceDto: {
            /**
             * @description A number sequence the package declares.
             * @example CRM_1
             */
            key: string;
            /**
             * @description Production's maximum value as the preview showed it.
             * @example 99999999
             */
            productionMax: string;
            /**
             * @description Production's next value as the preview showed it: apply refuses (409) if production changed since.
             * @example 1251
             */
            productionNext: string;
            /** @description The row, as the preview showed it (e.g. [{ column: "DATAAREAID", value: "dat" }]); default: none (one row per sequence). */
            scope?: components["schemas"]["SequenceScopeDto"][];
        };
        ControlDto: {
            /**
             * @description Why, for the event log.
             * @example storage maintenance window
             */
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
            /** @example 734003200 */
            bytes: number;
            /** @example 1320 */
            etaSeconds: number | null;
            /** @example 640000 */
            rowsDone: number;
            /**
             * @description The tables' rates summed (see TableProgressDto.rowsPerSecond).
             * @example 48000
             */
            rowsPerSecond: number;
            /** @example 1250000 */
            rowsTotal: number;
        };
        CoresBoundDto: {
            /**
             * @description Why: one shared host, or several with the fewest cores limiting.
             * @example prod and target share one host, ax-sql-01: its 8 cores
             */
            basis: string;
            hosts: components["schemas"]["CoresHostDto"][];
            /**
             * @description The most tasks' worth of work the systems can do at once: the fewest cores among their hosts.
             * @example 8
             */
            tasks: number;
        };
        CoresHostDto: {
            /**
             * @description Cores the agent may use there (os.availableParallelism()).
             * @example 8
             */
            cpus: number;
            /**
             * @description The agents' host name.
             * @example ax-sql-01
             */
            host: string;
            /**
             * @description The systems whose agents run there.
             * @example [
             *       "prod",
             *       "target"
             *     ]
             */
            systems: string[];
        };
        CreateApiKeyDto: {
            /** @example ops-lead */
            name: string;
            /** @enum {string} */
            role: "viewer" | "operator" | "admin";
        };
        CreatedApiKeyDto: {
            /** @example 2026-12-01T20:15:00.000Z */
            createdAt: string;
            /** @example b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e */
            id: string;
            /**
             * @description The key itself. Shown once: only its hash is stored.
             * @example cok_7Hq2Xb9LmT4vQ8rW2sY6pZ1nK5cJ3dF0aBc
             */
            key: string;
            /** @example ops-lead */
            name: string;
            /**
             * @description The first characters of the key, to recognise it.
             * @example cok_7Hq2Xb
             */
            prefix: string;
            /**
             * @description Null while the key is valid.
             * @example 2026-12-01T21:40:12.000Z
             */
            revokedAt: string | null;
            /** @enum {string} */
            role: "viewer" | "operator" | "admin";
        };
        CreateRehearsalDto: {
            /**
             * @description How people name it: "mock 1", "dress rehearsal". Unique within the upgrade.
             * @example dress rehearsal 3
             */
            label: string;
            /**
             * @description Finished runs of this upgrade: single-user preprocessing and/or data upgrade.
             * @example [
             *       "3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d"
             *     ]
             */
            runIds: string[];
            /**
             * Format: uuid
             * @description The rehearsal system: the copy of production the runs read from. Its table sizes are recorded now.
             * @example 9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e
             */
            systemId: string;
        };
        CreateScriptRunDto: {
            /** @description Create with dispatch held, to inspect the run before anything starts; release starts it. */
            hold?: boolean;
            tasks: components["schemas"]["ScriptTaskDto"][];
            /**
             * @description Tasks executing at once.
             * @example 8
             */
            threads: number;
            /**
             * Format: uuid
             * @example 1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b
             */
            upgradeId?: string;
        };
        CreateSystemDto: {
            /**
             * Format: uuid
             * @description The agent next to this database.
             * @example 7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918
             */
            agentId: string;
            /** @example ax-production */
            name: string;
            /** @enum {string} */
            role: "production-source" | "test-source" | "target";
        };
        CreateUpgradeDto: {
            /**
             * @description Days the source keeps changes for delta scripts (SQL Server Change Tracking retention; default
             *     30): at least the longest expected gap between two deltas, or between the backup point and the
             *     state transfer. A delta, backup point or state transfer whose watermark is older is refused.
             * @example 7
             */
            changeRetentionDays?: number;
            /** @example AX 2009 to AX 2012 R3 */
            name: string;
            /**
             * Format: uuid
             * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
             */
            packageId: string;
            /**
             * @description Rows per key range when a table is split for copying (default 500000).
             * @example 100000
             */
            rangeRows?: number;
            /**
             * Format: uuid
             * @description A system with role production-source.
             * @example 6a1d2b3c-4e5f-4a7b-8c9d-0e1f2a3b4c5d
             */
            sourceSystemId: string;
            /**
             * Format: uuid
             * @description A system with role target.
             * @example c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f
             */
            targetSystemId: string;
            /**
             * Format: uuid
             * @description A system with role test-source, for state transfer.
             * @example 9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e
             */
            testSystemId?: string;
            /**
             * @description Tasks of a run executing at once (default 8).
             * @example 8
             */
            threads?: number;
        };
        CriticalStepDto: {
            /** @example 7200 */
            endSeconds: number;
            /** @example copy:dbo.CUSTTABLE:3 */
            key: string;
            /** @example copy-range */
            kind: string;
            /**
             * @description How its duration was obtained.
             * @example rehearsal
             */
            method: string;
            /** @enum {string} */
            phase: "final-delta" | "single-user-scripts" | "copy" | "verify" | "indexes" | "post-sync" | "other";
            /** @example data-upgrade */
            runKind: string;
            /** @example 540 */
            seconds: number;
            /** @example 1800 */
            startSeconds: number;
            /**
             * @description Ready, but waiting for a free thread.
             * @example 120
             */
            waitedSeconds: number;
        };
        CurvePointDto: {
            /**
             * @description Saved over one thread fewer; 0 or less: more threads stopped helping.
             * @example 1800
             */
            gainSeconds: number;
            /** @example 8 */
            threads: number;
            /** @example 14400 */
            windowSeconds: number;
        };
        DataUpgradePlanDto: {
            /** @example 2026-12-01T20:15:00.000Z */
            createdAt: string;
            /** @example key:ops-lead */
            createdBy: string;
            /** @example 4c3b2a19-0f8e-4d7c-b6a5-948372615a0b */
            id: string;
            summary: components["schemas"]["PlanSummaryDto"];
            tables: components["schemas"]["TablePlanDto"][];
            /** @example 1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b */
            upgradeId: string;
        };
        DataUpgradeProgressDto: {
            run: components["schemas"]["RunDto"];
            tables: components["schemas"]["TableProgressDto"][];
            /** @description The copy across every table. */
            totals: components["schemas"]["CopyTotalsDto"];
        };
        DeltaWatermarkDto: {
            /** @example delta.custtable-creditmax */
            scriptKey: string;
            /** @example 2026-12-01T21:40:12.000Z */
            updatedAt: string;
            /** @example 184467 */
            watermark: string;
        };
        DurationsSourceDto: {
            /**
             * @description Why these times.
             * @example the task times of mock 2 at 2 threads: the same data on the same system with 1.60 tasks at once on average against this ones 3.05, so less contention to take out
             */
            basis: string;
            /** @example mock 2 at 2 threads */
            label: string;
            /**
             * @description Mean tasks running at once in it: the less, the less contention the forecast has to take out.
             * @example 1.6
             */
            meanConcurrency: number;
            /**
             * @description The rehearsal whose task times were scaled: the one asked for, or a less contended one of the same data.
             * @example e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9
             */
            rehearsalId: string;
        };
        EndTaskDto: {
            /**
             * @description Why the task may count as ended although it did not succeed; recorded with the task.
             * @example done by hand in SSMS
             */
            reason: string;
        };
        EnterSingleUserDto: {
            /** @description End the sessions of other logins instead of refusing (409 lists them). */
            force?: boolean;
        };
        EstimatedTaskDto: {
            /** @example copy:dbo.CUSTTABLE:3 */
            key: string;
            /** @example copy-range */
            kind: string;
            /**
             * @description How it was estimated without a rehearsal measure.
             * @example rehearsal
             */
            method: string;
            /** @example data-upgrade */
            runKind: string;
            /** @example 540 */
            seconds: number;
        };
        ExcludedTableDto: {
            /**
             * @description Why it is not copied.
             * @example not in the copy rules
             */
            reason: string;
            table: components["schemas"]["TableRefDto"];
        };
        FitRehearsalDto: {
            /** @example e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9 */
            id: string;
            /** @example mock 2 */
            label: string;
            /**
             * @description Threads of its runs, as launched.
             * @example [
             *       2
             *     ]
             */
            threads: number[];
        };
        ForecastDto: {
            /** @description The shared capacity the simulation plays the threads on. */
            capacity: components["schemas"]["CapacityDto"];
            /** @description The chain that bounds the window, first step first: its durations plus waits add up to the window. */
            criticalPath: components["schemas"]["CriticalStepDto"][];
            /** @example 16200 */
            criticalPathSeconds: number;
            /** @description Whose task times were scaled, and why. */
            durations: components["schemas"]["DurationsSourceDto"];
            /** @description Tasks without a rehearsal measure, and how they were estimated. */
            estimated: components["schemas"]["EstimatedTaskDto"][];
            /**
             * @description The window with unlimited threads (longest dependency chain): no thread count goes below it.
             * @example 9000
             */
            longestChainSeconds: number;
            /** @description Copy-set tables of production the rehearsal did not copy (a subset rehearsal): not in the forecast. */
            notRehearsed: components["schemas"]["TableRefDto"][];
            phases: components["schemas"]["PhaseSpanDto"][];
            /** @example e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9 */
            rehearsalId: string;
            /**
             * @description The rehearsal's own window (its runs' elapsed times added up), for reference.
             * @example 14400
             */
            rehearsalWindowSeconds: number | null;
            tables: components["schemas"]["TableScalingDto"][];
            /** @example 8 */
            threads: number;
            /** @description The window at 1…16 threads. */
            threadsCurve: components["schemas"]["CurvePointDto"][];
            /** @example 1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b */
            upgradeId: string;
            /**
             * @description Predicted single-user window: the rehearsal's runs one after the other, at production's size.
             * @example 14400
             */
            windowSeconds: number;
            /**
             * @description Thread-seconds of all tasks: the window on one thread.
             * @example 36000
             */
            workSeconds: number;
        };
        KeyRangePlanDto: {
            /**
             * @description Inclusive; null for an open start.
             * @example [
             *       "dat",
             *       "5637144576"
             *     ]
             */
            from: string[] | null;
            /**
             * @description Exclusive; null for an open end.
             * @example [
             *       "dat",
             *       "5637244576"
             *     ]
             */
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
            /**
             * @description Tasks executing at once across the whole run (default: the upgrade's threads).
             * @example 8
             */
            threads?: number;
        };
        LoginChangeDto: {
            /**
             * @description Rows inserted, updated or deleted.
             * @example 3
             */
            changes: number;
            /**
             * @description Client addresses or host names the writes came from.
             * @example [
             *       "AXSRV01",
             *       "AXBATCH02"
             *     ]
             */
            clients: string[];
            /** @example ax_upgrade */
            login: string;
            /**
             * @description Write statements (PostgreSQL) or trigger firings (SQL Server).
             * @example 2
             */
            statements: number;
            table: components["schemas"]["TableRefDto"];
            /** @description A TRUNCATE was among them (its rows are not counted). */
            truncated: boolean;
        };
        ManualTaskDto: {
            /** @example Stop every AOS instance so no client writes to production. */
            description: string;
            /** @example stop-aos */
            key: string;
            required?: boolean;
            /** @example Stop the AOS services */
            title: string;
        };
        NumberSequenceApplicationDto: {
            /** @example 2026-12-01T21:40:12.000Z */
            appliedAt: string;
            /** @example key:ops-lead */
            appliedBy: string;
            /** @description False when production already held the values: nothing was written. */
            changed: boolean;
            /** @example CRM_1 */
            key: string;
            /** @example 99999999 */
            maxSet: string;
            /** @example 1250 */
            nextSet: string;
            /** @example 99999999 */
            productionMax: string;
            /** @example 1251 */
            productionNext: string;
            scope: components["schemas"]["SequenceScopeDto"][];
            /** @example 99999999 */
            testMax: string;
            /** @example 1250 */
            testNext: string;
        };
        NumberSequenceDto: {
            /** @example Party numbers */
            description: string;
            /**
             * @description e.g. CRM_1 (party numbers) or CRM_2 (location numbers).
             * @example CRM_1
             */
            key: string;
            /**
             * @description The column holding the sequence's code (AX: NUMBERSEQUENCE), equal to `key`.
             * @example NUMBERSEQUENCE
             */
            keyColumn: string;
            /**
             * @description Every column that identifies one sequence row, `keyColumn` among them: AX keeps one row per
             *     company, so ["DATAAREAID", "NUMBERSEQUENCE"]; preview and apply then work per company.
             *     Default: [keyColumn] (one row per sequence).
             * @example [
             *       "DATAAREAID",
             *       "NUMBERSEQUENCE"
             *     ]
             */
            keyColumns?: string[];
            /** @example HIGHEST */
            maxColumn: string;
            /** @example NEXTREC */
            nextColumn: string;
            table: components["schemas"]["TableRefDto"];
        };
        NumberSequencePreviewDto: {
            /** @example Party numbers */
            description: string;
            /** @description Production already holds valueToSet. */
            inSync: boolean;
            /**
             * @description e.g. CRM_1 (party numbers).
             * @example CRM_1
             */
            key: string;
            /**
             * @description Why it cannot be previewed (row missing, read failed); null when fine.
             * @example no row for CRM_1 in company dat on production
             */
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
            /**
             * @description PostgreSQL version of the state database.
             * @example 18.4
             */
            stateDatabaseVersion: string;
            /** @example 0.1.0 */
            version: string;
        };
        OverrideRequestDto: {
            /**
             * @description Why the open prerequisites may be skipped; recorded on the checklist task and as a run event.
             * @example checked by the DBA
             */
            reason: string;
        };
        PackageDto: {
            /**
             * @description Things in the package's T-SQL worth a second look (USE, #temp tables across batches): shown, never refused.
             * @example [
             *       "CUSTTABLE has no clustered index: its key ranges are read with a sort"
             *     ]
             */
            advisories: string[];
            /** @example 2026-12-01T20:15:00.000Z */
            createdAt: string;
            /** @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d */
            id: string;
            /** @description Used by an upgrade: immutable. */
            inUse: boolean;
            manifest: components["schemas"]["UploadPackageDto"];
            /** @example AX2012-R3-upgrade */
            name: string;
            /** @example 24 */
            scripts: number;
            /** @example 9f2c4e1a7b3d5f6e8a0c2b4d6f8e1a3c5b7d9f0e2a4c6b8d0f1e3a5c7b9d2f4e */
            sha256: string;
            /** @example 1.4.0 */
            version: string;
        };
        PackagePageDto: {
            items: components["schemas"]["PackageSummaryDto"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /** @example 1 */
            total: number;
        };
        PackageSummaryDto: {
            /**
             * @description Things in the package's T-SQL worth a second look (USE, #temp tables across batches): shown, never refused.
             * @example [
             *       "CUSTTABLE has no clustered index: its key ranges are read with a sort"
             *     ]
             */
            advisories: string[];
            /** @example 2026-12-01T20:15:00.000Z */
            createdAt: string;
            /** @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d */
            id: string;
            /** @description Used by an upgrade: immutable. */
            inUse: boolean;
            /** @example AX2012-R3-upgrade */
            name: string;
            /** @example 24 */
            scripts: number;
            /** @example 9f2c4e1a7b3d5f6e8a0c2b4d6f8e1a3c5b7d9f0e2a4c6b8d0f1e3a5c7b9d2f4e */
            sha256: string;
            /** @example 1.4.0 */
            version: string;
        };
        PhaseSpanDto: {
            /**
             * @description Its steps' share of the critical path.
             * @example 5400
             */
            criticalSeconds: number;
            /** @example 7200 */
            endSeconds: number | null;
            /** @enum {string} */
            phase: "final-delta" | "single-user-scripts" | "copy" | "verify" | "indexes" | "post-sync" | "other";
            /** @example 1800 */
            startSeconds: number | null;
            /** @example 38 */
            tasks: number;
            /**
             * @description Sum of the phase's task durations (thread-seconds).
             * @example 36000
             */
            workSeconds: number;
        };
        PlannedForeignKeyDto: {
            /** @description Whether the referenced table is copied too (else the key is recreated at the end, after every table). */
            copied: boolean;
            /** @example FK_CUSTTRANS_CUSTTABLE */
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
            /**
             * @description Tables with at least one advisory.
             * @example 1
             */
            advisories: number;
            /** @example 734003200 */
            bytes: number;
            /** @example 0 */
            notOk: number;
            /** @example 412 */
            ok: number;
            /** @example 13 */
            ranges: number;
            /** @example 1250000 */
            rows: number;
            /** @example 412 */
            tables: number;
        };
        PreprocessingStateDto: {
            scripts: components["schemas"]["ScriptStateDto"][];
            watermarks: components["schemas"]["DeltaWatermarkDto"][];
        };
        PrerequisiteOverrideDto: {
            /** @example 2026-12-01T20:15:00.000Z */
            at: string;
            /** @example key:ops-lead */
            by: string;
            /** @example checked by the DBA */
            reason: string;
            /**
             * @example [
             *       "prepare-test-system"
             *     ]
             */
            skipped: string[];
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
        ProductionBackupDto: {
            backup: components["schemas"]["RestoredBackupDto"] | null;
            /** @example 734003200 */
            bytes: number | null;
            /**
             * @description Relative to AGENT_BACKUP_DIR: what the restore step takes as `file`. Null until the backup ended.
             * @example prod/MicrosoftDynamicsAX-20261201.bak
             */
            name: string | null;
            /** @example 3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d */
            runId: string;
            /** @example ended */
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
            /** @example 2026-12-01T20:15:00.000Z */
            at: string;
            /** @example change-tracking */
            check: string;
            /** @example change tracking is enabled on 412 tables */
            message: string;
            /** @example 3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d */
            runId: string;
            /** @enum {string} */
            status: "pass" | "error" | "advisory";
            /** @example 6a1d2b3c-4e5f-4a7b-8c9d-0e1f2a3b4c5d */
            systemId: string | null;
        };
        ReadinessRunSummaryDto: {
            /** @example 1 */
            advisories: number;
            /** @example 2026-12-01T20:15:00.000Z */
            createdAt: string;
            /** @example 0 */
            errors: number;
            /** @example 3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d */
            runId: string;
            /** @example ended */
            status: string;
        };
        RegisterAgentDto: {
            /**
             * Format: uri
             * @description Where the orchestrator reaches the agent.
             * @example https://ax-sql-01.contoso.local:8443
             */
            baseUrl: string;
            /**
             * @description Unique name, e.g. `prod-sql01`.
             * @example ax-prod-agent
             */
            name: string;
            /**
             * @description The agent's token (AGENT_TOKEN). Stored encrypted; never returned.
             * @example a7Kq2mZx9vR4tP8wL3nB6yH1cF5dJ0sG
             */
            token: string;
        };
        RehearsalComparisonDto: {
            base: components["schemas"]["RehearsalDto"];
            candidate: components["schemas"]["RehearsalDto"];
            /** @description New failures first, then the slowest movers. */
            items: components["schemas"]["ComparisonItemDto"][];
            /**
             * @description Change of the rehearsals' windows, in percent (null unless both have one).
             * @example -8.5
             */
            windowChangePercent: number | null;
        };
        RehearsalDetailDto: {
            /** @example 2026-12-01T20:15:00.000Z */
            createdAt: string;
            /** @example key:ops-lead */
            createdBy: string;
            /** @example e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9 */
            id: string;
            /** @example dress rehearsal 3 */
            label: string;
            /** @description In the order they ran. */
            runs: components["schemas"]["RehearsalRunDto"][];
            scripts: components["schemas"]["RehearsalScriptDto"][];
            /** @example 9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e */
            systemId: string;
            tables: components["schemas"]["RehearsalTableDto"][];
            /** @example 1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b */
            upgradeId: string;
            /**
             * @description The runs' elapsed times added up: the rehearsal's own window (null while a run has no end).
             * @example 14400
             */
            windowSeconds: number | null;
        };
        RehearsalDto: {
            /** @example 2026-12-01T20:15:00.000Z */
            createdAt: string;
            /** @example key:ops-lead */
            createdBy: string;
            /** @example e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9 */
            id: string;
            /** @example dress rehearsal 3 */
            label: string;
            /** @description In the order they ran. */
            runs: components["schemas"]["RehearsalRunDto"][];
            /** @example 9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e */
            systemId: string;
            /** @example 1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b */
            upgradeId: string;
            /**
             * @description The runs' elapsed times added up: the rehearsal's own window (null while a run has no end).
             * @example 14400
             */
            windowSeconds: number | null;
        };
        RehearsalPageDto: {
            items: components["schemas"]["RehearsalDto"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /** @example 1 */
            total: number;
        };
        RehearsalRunDto: {
            /** @example 2026-12-01T20:15:00.000Z */
            createdAt: string;
            /**
             * @description Created → finished.
             * @example 754.2
             */
            elapsedSeconds: number | null;
            /** @example 2026-12-01T21:40:12.000Z */
            finishedAt: string | null;
            /** @example 3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d */
            id: string;
            /** @example data-upgrade */
            kind: string;
            /** @example ended */
            status: string;
            /** @example 8 */
            threads: number;
        };
        RehearsalScriptDto: {
            failed: boolean;
            /** @example live.custtable-creditmax */
            key: string;
            /** @enum {string} */
            phase: "final-delta" | "single-user-scripts" | "copy" | "verify" | "indexes" | "post-sync" | "other";
            /** @example 1250000 */
            rows: number;
            /** @example data-upgrade */
            runKind: string;
            /** @example 540 */
            seconds: number | null;
            /** @enum {string} */
            status: "waiting" | "ready" | "executing" | "ended" | "error" | "paused" | "canceled";
        };
        RehearsalTableDto: {
            /** @example 734003200 */
            bytes: number;
            /**
             * @description Keys of its tasks that ended in error.
             * @example [
             *       "copy:dbo.CUSTTABLE:3"
             *     ]
             */
            failed: string[];
            /** @example 13 */
            ranges: number;
            /** @example 1250000 */
            rows: number;
            /** @example 48000 */
            rowsPerSecond: number | null;
            /**
             * @description First task of the table started → last ended; null while one did not end.
             * @example 540
             */
            seconds: number | null;
            source: components["schemas"]["TableRefDto"] | null;
            target: components["schemas"]["TableRefDto"];
        };
        RepointAgentDto: {
            /**
             * Format: uri
             * @example https://ax-sql-01.contoso.local:8443
             */
            baseUrl?: string;
            /**
             * @description Why, for the agent's event trail.
             * @example moved to the new SQL host
             */
            reason: string;
            /** @example a7Kq2mZx9vR4tP8wL3nB6yH1cF5dJ0sG */
            token?: string;
        };
        RestoredBackupDto: {
            /** @example 2026-12-01T21:40:12.000Z */
            finishedAt: string;
            /** @example 16.0.4135.4 */
            serverVersion: string;
            /**
             * @description Production's database that was backed up.
             * @example MicrosoftDynamicsAX
             */
            sourceDatabase: string;
            /**
             * @description When that watermark was read (the backup started right after).
             * @example 2026-12-01T20:15:00.000Z
             */
            takenAt: string;
            /** @example pg_dump (PostgreSQL) 18.4 */
            tool: string | null;
            /**
             * @description Production's change watermark read right before the backup started; null when change tracking was off then.
             * @example 184467
             */
            watermark: string | null;
        };
        RestoreTestSystemDto: {
            /**
             * @description The backup of production to restore, relative to the test agent's AGENT_BACKUP_DIR (what the
             *     backup step reports as `name`). Default: the backup of the last state-transfer backup run that ended.
             * @example prod/MicrosoftDynamicsAX-20261201.bak
             */
            file?: string;
            /** @description Must be true: the restore replaces the test system's database (the one its agent serves). */
            replace: boolean;
        };
        RunCountsDto: {
            /** @example 0 */
            canceled: number;
            /** @example 118 */
            ended: number;
            /** @example 0 */
            error: number;
            /** @example 2 */
            executing: number;
            /** @example 0 */
            paused: number;
            /** @example 3 */
            ready: number;
            /** @example 135 */
            total: number;
            /** @example 12 */
            waiting: number;
        };
        RunDto: {
            counts: components["schemas"]["RunCountsDto"];
            /** @example 2026-12-01T20:15:00.000Z */
            createdAt: string;
            /** @example key:ops-lead */
            createdBy: string;
            /** @example 2026-12-01T21:40:12.000Z */
            finishedAt: string | null;
            /** @description Dispatch held: nothing new starts until released. */
            hold: boolean;
            /** @example 3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d */
            id: string;
            /** @example data-upgrade */
            kind: string;
            progress: components["schemas"]["RunProgressDto"];
            /** @enum {string} */
            status: "running" | "ended" | "error" | "canceled";
            /** @example 8 */
            threads: number;
            /** @example 1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b */
            upgradeId: string | null;
        };
        RunEventDto: {
            /** @example key:ops-lead */
            actor: string;
            /** @example 2026-12-01T20:15:00.000Z */
            at: string;
            /** @example ready */
            fromStatus: string | null;
            /** @example 1042 */
            id: number;
            /** @example restarting after the storage fix */
            reason: string | null;
            /** @example 3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d */
            runId: string;
            /** @example 5d4c3b2a-1908-4f7e-ad5c-4b3a29180f7e */
            taskId: string | null;
            /** @example copy:dbo.CUSTTABLE:3 */
            taskKey: string | null;
            /** @example executing */
            toStatus: string | null;
            /** @example task-status */
            type: string;
        };
        RunPageDto: {
            items: components["schemas"]["RunDto"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /** @example 1 */
            total: number;
        };
        RunProgressDto: {
            /**
             * @description Seconds left at the current rate; null when it cannot be told.
             * @example 1320
             */
            etaSeconds: number | null;
            /** @example 640000 */
            rowsDone: number;
            /**
             * @description Across executing tasks, from their own progress.
             * @example 48000
             */
            rowsPerSecond: number;
            /**
             * @description Known once the tasks that move rows know their totals.
             * @example 1250000
             */
            rowsTotal: number | null;
        };
        RunProgressEventDto: {
            counts: components["schemas"]["RunCountsDto"];
            /** @example 1320 */
            etaSeconds: number | null;
            /** @example 640000 */
            rowsDone: number;
            /**
             * @description Over the last interval.
             * @example 48000
             */
            rowsPerSecond: number;
            /** @example 1250000 */
            rowsTotal: number | null;
            /** @enum {string} */
            status: "running" | "ended" | "error" | "canceled";
        };
        RunStartDto: {
            override?: components["schemas"]["OverrideRequestDto"];
        };
        RunStreamErrorDto: {
            /** @example run 3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d does not exist */
            detail: string;
            /** @example 404 */
            status: number;
            /** @example Not Found */
            title: string;
        };
        ScriptDto: {
            /**
             * @description Keys of scripts that must end first.
             * @example [
             *       "preprocessing.validate-custtable"
             *     ]
             */
            dependsOn?: string[];
            /** @example Moves customer credit limits into the new CUSTTABLE columns */
            description: string;
            /** @example live.custtable-creditmax */
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
            /** @example 2026-12-01T21:40:12.000Z */
            endedAt: string;
            /** @example 9f2c4e1a7b3d5f6e8a0c2b4d6f8e1a3c5b7d9f0e2a4c6b8d0f1e3a5c7b9d2f4e */
            packageSha256: string;
            /** @example delta */
            phase: string;
            /** @example 3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d */
            runId: string;
            /** @example delta.custtable-creditmax */
            scriptKey: string;
        };
        ScriptTaskDto: {
            /**
             * @description Keys of tasks of this run that must end first.
             * @example [
             *       "preprocessing.validate-custtable"
             *     ]
             */
            dependsOn?: string[];
            /**
             * @description Unique within the run.
             * @example pre.cleanup-inventtrans
             */
            key: string;
            /**
             * @description SQL text; `GO` lines separate batches.
             * @example UPDATE dbo.CUSTTABLE SET CREDITMAX = 0 WHERE CREDITMAX IS NULL
             */
            sql: string;
            /**
             * Format: uuid
             * @description The system whose agent runs the script.
             * @example 6a1d2b3c-4e5f-4a7b-8c9d-0e1f2a3b4c5d
             */
            systemId: string;
            /** @example 3600 */
            timeoutSeconds?: number;
        };
        SelfRegisterAgentDto: {
            /**
             * Format: uri
             * @description Where the orchestrator reaches the agent.
             * @example https://ax-sql-01.contoso.local:8443
             */
            baseUrl: string;
            /**
             * @description Re-registering an existing agent proves it is the same agent: `token` must be its current
             *     token, or, when the token changes, `currentToken` must be.
             * @example a7Kq2mZx9vR4tP8wL3nB6yH1cF5dJ0sG
             */
            currentToken?: string;
            /** @example mssql */
            engine?: string;
            /**
             * @description Unique name, e.g. `prod-sql01`.
             * @example ax-prod-agent
             */
            name: string;
            /**
             * @description The agent's token (AGENT_TOKEN). Stored encrypted; never returned.
             * @example a7Kq2mZx9vR4tP8wL3nB6yH1cF5dJ0sG
             */
            token: string;
            /** @example 0.1.0 */
            version?: string;
        };
        SequenceScopeDto: {
            /** @example DATAAREAID */
            column: string;
            /** @example dat */
            value: string;
        };
        SequenceValuesDto: {
            /** @example 99999999 */
            max: string;
            /** @example 1250 */
            next: string;
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
        SingleUserViolationsDto: {
            /** @description Sessions of other logins the agent's watchdog ended since single-user mode was entered (or the agent restarted). */
            attempts: components["schemas"]["SingleUserAttemptDto"][];
            /** @description Writes by logins other than the agent's to any table since single-user mode was entered; empty is good. */
            changes: components["schemas"]["LoginChangeDto"][];
            /**
             * @description Tables the agent's write guard covers (every table of the database while in single-user mode).
             * @example 412
             */
            guardedTables: number;
        };
        SqlByEngineDto: {
            /** @example UPDATE dbo.CUSTTABLE SET CREDITMAX = 0 WHERE CREDITMAX IS NULL */
            mssql?: string;
            /** @example UPDATE dbo.custtable SET creditmax = 0 WHERE creditmax IS NULL */
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
            /**
             * @description Copies executing at once (default: the upgrade's threads).
             * @example 8
             */
            threads?: number;
        };
        StateTransferStartDto: {
            /**
             * @description What the orchestrator cannot check and the operator should make sure of (recorded as run events too); no refusal.
             * @example [
             *       "CUSTTABLE has no clustered index: its key ranges are read with a sort"
             *     ]
             */
            advisories: string[];
            dryRun: boolean;
            excluded: components["schemas"]["ExcludedTableDto"][];
            /**
             * @description Every failed condition (a dry run reports them; a real start refuses with 409 while any is left).
             * @example [
             *       "dbo.CUSTTABLE: no primary key on production"
             *     ]
             */
            problems: string[];
            /** @description The state-transfer run; null for a dry run. */
            run: components["schemas"]["RunDto"] | null;
            tables: components["schemas"]["TransferTableDto"][];
        };
        StateTransferStatusDto: {
            backupPoint: components["schemas"]["BackupPointDto"] | null;
            carried: components["schemas"]["CarriedStateDto"] | null;
            lastRun: components["schemas"]["RunDto"] | null;
            /**
             * @description What to do next, as checklist keys or steps (e.g. run-delta-preprocessing, enter-single-user-mode-source).
             * @example [
             *       "run-delta-preprocessing",
             *       "enter-single-user-mode-source"
             *     ]
             */
            next: string[];
            /** @description Per table of the last run: phase, ranges, rows, checksum. */
            progress: components["schemas"]["TransferTableProgressDto"][];
            sequencesApplied: components["schemas"]["NumberSequenceApplicationDto"][];
            /** @description The tables discovered at the last start or dry run. */
            tables: components["schemas"]["TransferTableDto"][];
            /** @description The state transfer's backup of production and where the test system comes from. */
            testSystem: components["schemas"]["TestSystemProvenanceDto"];
            /** @example 9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e */
            testSystemId: string;
            /** @example 1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b */
            upgradeId: string;
        };
        SystemDto: {
            /** @example 7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918 */
            agentId: string;
            /** @example 2026-12-01T20:15:00.000Z */
            createdAt: string;
            /** @example MicrosoftDynamicsAX */
            database: string;
            /** @example mssql */
            engine: string;
            /** @example 6a1d2b3c-4e5f-4a7b-8c9d-0e1f2a3b4c5d */
            id: string;
            /** @enum {string} */
            mode: "online" | "single-user";
            /** @example ax-production */
            name: string;
            /** @enum {string} */
            role: "production-source" | "test-source" | "target";
            /** @example 16.0.4135.4 */
            serverVersion: string;
            /** @example key:ops-lead */
            singleUserBy: string | null;
            /**
             * @description When single-user mode was entered, and by whom (null while online).
             * @example 2026-12-01T20:15:00.000Z
             */
            singleUserSince: string | null;
        };
        SystemPageDto: {
            items: components["schemas"]["SystemDto"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /** @example 1 */
            total: number;
        };
        TablePlanDto: {
            /**
             * @description Informational, as AX's advisories (e.g. no usable copy key: copied as one range); they do not block the launch.
             * @example [
             *       "CUSTTABLE has no clustered index: its key ranges are read with a sort"
             *     ]
             */
            advisories: string[];
            /** @example 734003200 */
            bytes: number;
            /**
             * @description Columns copied and compared, in the source's order.
             * @example [
             *       "ACCOUNTNUM",
             *       "CREDITMAX",
             *       "DATAAREAID",
             *       "RECID"
             *     ]
             */
            columns: string[];
            /**
             * @description The copy key the ranges are taken on: the primary key, else a unique index over NOT NULL
             *     columns (maybe composite, e.g. DATAAREAID, RECID). Empty: copied whole, as one range.
             * @example [
             *       "DATAAREAID",
             *       "RECID"
             *     ]
             */
            keyColumns: string[];
            /**
             * @description Why these key columns (`primary key PK_X`, `unique index I_X (holds RECID)`), or why there are none.
             * @example primary key PK_CUSTTABLE
             */
            keyReason: string;
            /**
             * @description Higher starts first.
             * @example 0
             */
            priority: number;
            /**
             * @description What is wrong, one line each (columns named); empty when ok.
             * @example [
             *       "column CREDITMAX: numeric(32,16) on the source, int on the target"
             *     ]
             */
            problems: string[];
            ranges: components["schemas"]["KeyRangePlanDto"][];
            /**
             * @description Columns computed by the database (SQL Server computed, PostgreSQL generated): not copied, recomputed on the target.
             * @example [
             *       "DISPLAYNAME"
             *     ]
             */
            recomputed: string[];
            /**
             * @description Estimated rows on the source.
             * @example 1250000
             */
            rows: number;
            source: components["schemas"]["TableRefDto"];
            /** @enum {string} */
            status: "ok" | "no-mapping" | "field-error" | "mapping-conflict" | "target-not-empty";
            /** @description Partition hierarchy, foreign keys and wire format (see PlannedStructureDto). */
            structure: components["schemas"]["PlannedStructureDto"];
            target: components["schemas"]["TableRefDto"];
            /**
             * @description Source scripts that write the table: its copy waits for them.
             * @example [
             *       "pre.custtable-cleanup"
             *     ]
             */
            waitsFor: string[];
        };
        TableProgressDto: {
            /** @example 734003200 */
            bytes: number;
            /** @example 1320 */
            etaSeconds: number | null;
            /** @enum {string} */
            phase: "waiting" | "preparing" | "copying" | "finishing" | "done" | "error";
            /** @example 13 */
            ranges: number;
            /** @example 7 */
            rangesDone: number;
            /** @example 640000 */
            rowsDone: number;
            /**
             * @description Over the interval since the previous progress read (1 s to 1 min); otherwise the ranges copying now, each over its own running time.
             * @example 48000
             */
            rowsPerSecond: number;
            /**
             * @description Estimated from the source's statistics at plan time.
             * @example 1250000
             */
            rowsTotal: number;
            sourceTable: components["schemas"]["TableRefDto"];
            table: components["schemas"]["TableRefDto"];
        };
        TableRefDto: {
            /** @example CUSTTABLE */
            name: string;
            /** @example dbo */
            schema: string;
        };
        TableRenameDto: {
            /** @description The source (shadow) table. */
            from: components["schemas"]["TableRefDto"];
            /** @description The target table it is copied into. */
            to: components["schemas"]["TableRefDto"];
        };
        TableScalingDto: {
            /**
             * @description rows, bytes, or unscaled with the reason.
             * @example rows
             */
            basis: string;
            /** @example 1.08 */
            factor: number;
            /** @example 734003200 */
            productionBytes: number | null;
            /**
             * @description From production's catalog now; null when production has no such table.
             * @example 1310000
             */
            productionRows: number | null;
            /**
             * @description Copy ranges production's size would be cut into (rows / the upgrade's rangeRows, when the table has a copy key).
             * @example 14
             */
            rangesForecast: number;
            /**
             * @description Copy ranges in the rehearsal (its last run copying the table).
             * @example 13
             */
            rangesRehearsed: number;
            /** @example 680000000 */
            rehearsalBytes: number;
            /** @example 1250000 */
            rehearsalRows: number;
            source: components["schemas"]["TableRefDto"];
        };
        TaskDto: {
            /** @example 1 */
            attempt: number;
            /** @example 58720256 */
            bytes: number;
            /**
             * @example [
             *       "preprocessing.validate-custtable"
             *     ]
             */
            dependsOn: string[];
            /** @example 2026-12-01T20:15:00.000Z */
            dispatchedAt: string | null;
            /** @example Cannot insert duplicate key row in object dbo.CUSTTABLE */
            error: string | null;
            /** @example 2026-12-01T21:40:12.000Z */
            finishedAt: string | null;
            /** @example 5d4c3b2a-1908-4f7e-ad5c-4b3a29180f7e */
            id: string;
            /** @example copy:dbo.CUSTTABLE:3 */
            key: string;
            /** @example copy-range */
            kind: string;
            /** @example 0 */
            priority: number;
            /** @example 2026-12-01T20:15:00.000Z */
            readyAt: string | null;
            /**
             * @description What the task's operation returned (rows copied and deleted first, checksums, objects recreated, script output).
             * @example {
             *       "bytes": 58720256,
             *       "rows": 100000
             *     }
             */
            result: {
                [key: string]: unknown;
            } | null;
            /** @example 100000 */
            rows: number;
            /**
             * @description Its rows over those seconds, whole rows/s (the server's rates, as every rate the API gives); null before it starts.
             * @example 8000
             */
            rowsPerSecond: number | null;
            /** @example 1250000 */
            rowsTotal: number | null;
            /** @example 3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d */
            runId: string;
            /**
             * @description Seconds from its start to its end, or until now while it runs; null before it starts.
             * @example 12.5
             */
            seconds: number | null;
            /** @example 2026-12-01T20:15:00.000Z */
            startedAt: string | null;
            /** @enum {string} */
            status: "waiting" | "ready" | "executing" | "ended" | "error" | "paused" | "canceled";
            /** @example 6a1d2b3c-4e5f-4a7b-8c9d-0e1f2a3b4c5d */
            systemId: string | null;
        };
        TaskPageDto: {
            items: components["schemas"]["TaskDto"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /** @example 1 */
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
            /** @example MicrosoftDynamicsAX_Test */
            database: string;
            /**
             * @description The backup, relative to the test agent's AGENT_BACKUP_DIR.
             * @example prod/MicrosoftDynamicsAX-20261201.bak
             */
            file: string;
            /** @example 2026-12-01T21:40:12.000Z */
            restoredAt: string;
            /** @example key:ops-lead */
            restoredBy: string;
            /**
             * @description The restore run.
             * @example 3f6c1a52-8d4e-4b7a-9c21-5e0f7a1b2c3d
             */
            runId: string;
        };
        TransferTableDto: {
            /**
             * @description Informational (e.g. no usable copy key: copied as one range).
             * @example [
             *       "CUSTTABLE has no clustered index: its key ranges are read with a sort"
             *     ]
             */
            advisories: string[];
            /** @example 734003200 */
            bytes: number;
            /** @description False: the transfer creates it on production first. */
            existsOnProduction: boolean;
            /**
             * @description The copy key the ranges are taken on (maybe composite); empty: copied whole, as one range.
             * @example [
             *       "DATAAREAID",
             *       "RECID"
             *     ]
             */
            keyColumns: string[];
            /**
             * @description Why these key columns, or why there are none.
             * @example primary key PK_CUSTTABLE
             */
            keyReason: string;
            /**
             * @description Key ranges copied in parallel.
             * @example 13
             */
            ranges: number;
            /** @enum {string} */
            reason: "written-by-script" | "framework";
            /**
             * @description Rows on the test system.
             * @example 1250000
             */
            rows: number;
            /** @description The same on both systems. */
            table: components["schemas"]["TableRefDto"];
            /**
             * @description Live and delta scripts that write it (empty for framework tables).
             * @example [
             *       "live.custtable-creditmax"
             *     ]
             */
            writtenBy: string[];
        };
        TransferTableProgressDto: {
            /** @description Null until verify-table ended. */
            checksumMatch: boolean | null;
            /** @enum {string} */
            phase: "waiting" | "preparing" | "copying" | "finishing" | "done" | "error";
            /** @example 13 */
            ranges: number;
            /** @example 7 */
            rangesDone: number;
            /** @example 640000 */
            rowsDone: number;
            /** @example 1250000 */
            rowsTotal: number;
            table: components["schemas"]["TableRefDto"];
        };
        UpdateRunDto: {
            /**
             * @description Why, for the event log.
             * @example more threads after hours
             */
            reason?: string;
            /**
             * @description Tasks executing at once from the next admission on.
             * @example 8
             */
            threads: number;
        };
        UpgradeDto: {
            /** @example 7 */
            changeRetentionDays: number;
            /** @example 2026-12-01T20:15:00.000Z */
            createdAt: string;
            /** @example 1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b */
            id: string;
            /** @example AX 2009 to AX 2012 R3 */
            name: string;
            /** @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d */
            packageId: string;
            /** @example 9f2c4e1a7b3d5f6e8a0c2b4d6f8e1a3c5b7d9f0e2a4c6b8d0f1e3a5c7b9d2f4e */
            packageSha256: string;
            /** @example 100000 */
            rangeRows: number;
            /** @example 6a1d2b3c-4e5f-4a7b-8c9d-0e1f2a3b4c5d */
            sourceSystemId: string;
            /** @example c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f */
            targetSystemId: string;
            /** @example 9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e */
            testSystemId: string | null;
            /** @example 8 */
            threads: number;
        };
        UpgradePageDto: {
            items: components["schemas"]["UpgradeDto"][];
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /** @example 1 */
            total: number;
        };
        UploadPackageDto: {
            copyRules?: components["schemas"]["CopyRulesDto"];
            /** @example AX 2009 to AX 2012 R3 customer and inventory upgrade scripts */
            description?: string;
            /** @description Framework tables (script status, delta watermarks, …) that state transfer moves. */
            frameworkTables?: components["schemas"]["TableRefDto"][];
            manualTasks?: components["schemas"]["ManualTaskDto"][];
            /** @example AX2012-R3-upgrade */
            name: string;
            numberSequences?: components["schemas"]["NumberSequenceDto"][];
            scripts: components["schemas"]["ScriptDto"][];
            /**
             * @description Sequence objects to carry over by name after the copy, as pgcopydb does: set on the target so
             *     its next value follows the source's last (SQL Server: 2012 or later). The sequences identity and
             *     serial columns own are carried without being named.
             */
            sequences?: components["schemas"]["TableRefDto"][];
            /** @example 1.4.0 */
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
            /** @description `system=test`, and the upgrade has no test system */
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
            /** @description `system=test`, and the upgrade has no test system */
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
