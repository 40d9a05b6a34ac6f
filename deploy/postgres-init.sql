-- The orchestrator's state lives in the database POSTGRES_DB names (cutover); the demo agent serves `erp`.
CREATE DATABASE erp;
