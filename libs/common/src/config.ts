import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

/** Raised at boot when the environment does not describe a usable configuration. */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`${service}: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Builds a config object from environment variables and validates it with class-validator,
 * collecting every problem at once. `names` maps each config property to its variable so
 * messages name what the operator has to set.
 */
export function loadConfig<T extends object>(
  service: string,
  cls: new () => T,
  env: Record<string, string | undefined>,
  names: Record<keyof T & string, string>,
  defaults: Partial<T> = {},
): T {
  const raw: Record<string, unknown> = { ...defaults };
  for (const [prop, variable] of Object.entries(names) as [string, string][]) {
    const value = env[variable];
    if (value !== undefined && value !== '') raw[prop] = value;
  }
  const config = plainToInstance(cls, raw, { enableImplicitConversion: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    const describe = (e: ValidationError) => {
      const variable = (names as Record<string, string>)[e.property] ?? e.property;
      return `${variable}: ${Object.values(e.constraints ?? {}).join(', ')}`;
    };
    throw new ConfigError(service, errors.map(describe));
  }
  return config;
}
