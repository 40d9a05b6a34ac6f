import { BadRequestException } from '@nestjs/common';
import type { ScriptParameter } from '../engines/engine';

/** Checks named script parameters (plain identifiers, scalar values); 400 naming the field otherwise. */
export function scriptParameters(given: Record<string, unknown> | undefined, field: string): Record<string, ScriptParameter> {
  const parameters = given ?? {};
  for (const [name, value] of Object.entries(parameters)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw new BadRequestException(`${field}: parameter name ${JSON.stringify(name)} is not a plain identifier`);
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
      throw new BadRequestException(`${field}: parameter ${name} must be a string, number, boolean or null`);
    }
  }
  return parameters as Record<string, ScriptParameter>;
}
