import { EngineKind } from '@cutover/contracts';

/** A version as a comparable pair: SQL Server 10.50 (2008 R2) → [10, 50]; PostgreSQL 18.1 → [18, 1]. */
type Version = [major: number, minor: number];

interface Feature {
  feature: string;
  requires: Version;
  /** The release name the operator knows. */
  release: string;
  why: string;
}

interface EngineFloor {
  requires: Version;
  release: string;
  why: string;
  features: Feature[];
}

/**
 * The lowest server version each feature's SQL needs, per engine. The floor is the lowest version
 * every essential part (catalog, copy, change capture, single-user mode, write guard) runs on;
 * features above it are listed so readiness can name what a server lacks.
 */
export const ENGINE_FLOORS: Record<EngineKind, EngineFloor> = {
  [EngineKind.Mssql]: {
    requires: [10, 0],
    release: 'SQL Server 2008',
    why: 'Change Tracking (CHANGETABLE, CHANGE_TRACKING_MIN_VALID_VERSION) and datetime2 first shipped in SQL Server 2008',
    features: [
      {
        feature: 'checksum verification',
        requires: [13, 0],
        release: 'SQL Server 2016',
        why: 'HASHBYTES takes input over 8000 bytes and CONVERT(float) style 3 round-trips exactly only from 2016; on older servers copies cannot be verified',
      },
    ],
  },
  [EngineKind.Postgres]: {
    requires: [14, 0],
    release: 'PostgreSQL 14',
    why: 'pg_terminate_backend(pid, timeout) (single-user mode) and CREATE OR REPLACE TRIGGER (change capture) need 14; PostgreSQL 13 left support in November 2025',
    features: [],
  },
};

export function parseVersion(text: string): Version | null {
  const m = /^(\d+)(?:\.(\d+))?/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : null;
}

const atLeast = (v: Version, min: Version) => v[0] > min[0] || (v[0] === min[0] && v[1] >= min[1]);

export interface FeatureSupport {
  feature: string;
  available: boolean;
  requires: string;
  why: string;
}

export interface EngineSupport {
  /** The server is at or above the engine's floor. */
  supported: boolean;
  floor: string;
  floorReason: string;
  features: FeatureSupport[];
}

export function engineSupport(kind: EngineKind, serverVersion: string): EngineSupport {
  const floor = ENGINE_FLOORS[kind];
  const version = parseVersion(serverVersion);
  const has = (min: Version) => version !== null && atLeast(version, min);
  return {
    supported: has(floor.requires),
    floor: floor.release,
    floorReason: floor.why,
    features: floor.features.map((f) => ({ feature: f.feature, available: has(f.requires), requires: f.release, why: f.why })),
  };
}
