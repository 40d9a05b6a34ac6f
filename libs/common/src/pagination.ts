import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?limit=&offset=` on every list. */
export class PageQueryDto {
  /** Items per page (default 100, at most 1000). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export function pageOf(query: PageQueryDto): { take: number; skip: number } {
  return { take: query.limit ?? 100, skip: query.offset ?? 0 };
}

export function toPage<E, T>([rows, total]: [E[], number], query: PageQueryDto, map: (e: E) => T): Page<T> {
  return { items: rows.map(map), total, limit: query.limit ?? 100, offset: query.offset ?? 0 };
}
