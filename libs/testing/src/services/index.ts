/**
 * The services under test, started by the tests: agents and orchestrators in this process or as
 * their own processes, the orchestrator reached through libs/orchestrator-client, the run helpers
 * and the usual upgrade fixture. Imported as `@cutover/testing/services` (the rest of
 * `@cutover/testing` stays free of the services' code).
 */
export * from './agents';
export * from './close-steps';
export * from './orchestrator';
export * from './runs';
export * from './spawn';
export * from './upgrade-fixture';
