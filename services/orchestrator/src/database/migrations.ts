import type { MigrationInterface } from 'typeorm';
import { Initial1795398600155 } from './migrations/1795398600155-Initial';

/** Every migration, in order. A test fails when the entities want a migration that is not here. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [Initial1795398600155];
