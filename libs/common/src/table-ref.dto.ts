import { IsNotIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** Names travel as URL path segments, which URLs collapse when they are "." or "..". */
const DOT_SEGMENT = { message: '$property cannot be "." or "..": such a name cannot travel in a URL path; rename it' };
import type { TableRef } from '@cutover/contracts';

/**
 * A table as the API carries it: schema and name as two fields, exactly as the catalog spells
 * them (any characters but control characters; quoting is the engines' job). Never a dotted string.
 */
export class TableRefDto implements TableRef {
  /** @example 'dbo' */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  // eslint-disable-next-line no-control-regex
  @Matches(/^[^\u0000-\u001f\u007f]*$/, { message: '$property must not contain control characters' })
  @IsNotIn(['.', '..'], DOT_SEGMENT)
  schema: string;

  /** @example 'CUSTTABLE' */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  // eslint-disable-next-line no-control-regex
  @Matches(/^[^\u0000-\u001f\u007f]*$/, { message: '$property must not contain control characters' })
  @IsNotIn(['.', '..'], DOT_SEGMENT)
  name: string;
}
