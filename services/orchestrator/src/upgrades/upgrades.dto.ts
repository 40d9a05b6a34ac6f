import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

export class CreateUpgradeDto {
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._ -]{0,99}$/, { message: 'name must be 1-100 letters, digits, spaces, . _ -' })
  name: string;

  /** A system with role production-source. */
  @IsUUID()
  sourceSystemId: string;

  /** A system with role target. */
  @IsUUID()
  targetSystemId: string;

  /** A system with role test-source, for state transfer. */
  @IsOptional()
  @IsUUID()
  testSystemId?: string;

  @IsUUID()
  packageId: string;

  /** Tasks of a run executing at once (default 8). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(256)
  threads?: number;

  /** Rows per key range when a table is split for copying (default 500000). */
  @IsOptional()
  @IsInt()
  @Min(1000)
  rangeRows?: number;

  /**
   * Days the source keeps changes for delta scripts (SQL Server Change Tracking retention; default
   * 30): at least the longest expected gap between two deltas, or between the backup point and the
   * state transfer. A delta, backup point or state transfer whose watermark is older is refused.
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  changeRetentionDays?: number;
}

export class UpgradeDto {
  id: string;
  name: string;
  sourceSystemId: string;
  targetSystemId: string;
  testSystemId: string | null;
  packageId: string;
  packageSha256: string;
  threads: number;
  rangeRows: number;
  changeRetentionDays: number;
  createdAt: string;
}

export class UpgradePageDto {
  items: UpgradeDto[];
  total: number;
  limit: number;
  offset: number;
}
