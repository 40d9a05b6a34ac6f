import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?limit=&offset=` on every list. */
export class PageQueryDto {
  /** Items per page (default 100, at most 1000). */
  // Declared by hand: the Swagger plugin reads only *.dto.ts files, so without this the lists' paging was missing from the specs.
  @ApiPropertyOptional({ description: 'Items per page (default 100, at most 1000).', minimum: 1, maximum: 1000, type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ description: 'Items to skip (default 0).', minimum: 0, maximum: 2_147_483_647, type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(2_147_483_647) // 1e308 is an integer too, and PostgreSQL's OFFSET refused it with a 500
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
