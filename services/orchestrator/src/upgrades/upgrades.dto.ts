import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

export class CreateUpgradeDto {
  /** @example 'AX 2009 to AX 2012 R3' */
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._ -]{0,99}$/, { message: 'name must be 1-100 letters, digits, spaces, . _ -' })
  name: string;

  /** A system with role production-source. @example '6a1d2b3c-4e5f-4a7b-8c9d-0e1f2a3b4c5d' */
  @IsUUID()
  sourceSystemId: string;

  /** A system with role target. @example 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f' */
  @IsUUID()
  targetSystemId: string;

  /** A system with role test-source, for state transfer. @example '9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e' */
  @IsOptional()
  @IsUUID()
  testSystemId?: string;

  /** @example '0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d' */
  @IsUUID()
  packageId: string;

  /** Tasks of a run executing at once (default 8). @example 8 */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(256)
  threads?: number;

  /** Rows per key range when a table is split for copying (default 500000). @example 100000 */
  @IsOptional()
  @IsInt()
  @Min(1000)
  rangeRows?: number;

  /**
   * Days the source keeps changes for delta scripts (SQL Server Change Tracking retention; default
   * 30): at least the longest expected gap between two deltas, or between the backup point and the
   * state transfer. A delta, backup point or state transfer whose watermark is older is refused.
   * @example 7
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  changeRetentionDays?: number;
}

export class UpgradeDto {
  /** @example '1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b' */
  id: string;
  /** @example 'AX 2009 to AX 2012 R3' */
  name: string;
  /** @example '6a1d2b3c-4e5f-4a7b-8c9d-0e1f2a3b4c5d' */
  sourceSystemId: string;
  /** @example 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f' */
  targetSystemId: string;
  /** @example '9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e' */
  testSystemId: string | null;
  /** @example '0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d' */
  packageId: string;
  /** @example '9f2c4e1a7b3d5f6e8a0c2b4d6f8e1a3c5b7d9f0e2a4c6b8d0f1e3a5c7b9d2f4e' */
  packageSha256: string;
  /** @example 8 */
  threads: number;
  /** @example 100000 */
  rangeRows: number;
  /** @example 7 */
  changeRetentionDays: number;
  /** @example '2026-12-01T20:15:00.000Z' */
  createdAt: string;
}

export class UpgradePageDto {
  items: UpgradeDto[];
  /** @example 1 */
  total: number;
  /** @example 50 */
  limit: number;
  /** @example 0 */
  offset: number;
}
