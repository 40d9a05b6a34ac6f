import { readFileSync } from 'node:fs';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

/** Raised at boot when the environment does not describe a usable configuration. */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    // One problem is one line (what a service manager's status shows); several are listed below the first line.
    super(
      problems.length === 1
        ? `${service}: invalid configuration: ${problems[0]}`
        : `${service}: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/**
 * Builds a config object from environment variables and validates it with class-validator,
 * collecting every problem at once. `names` maps each config property to its variable so
 * messages name what the operator has to set. Every variable may instead be given as a file
 * (`NAME_FILE`, the Docker/Kubernetes secrets convention): its content, without a trailing newline.
 */
export function loadConfig<T extends object>(
  service: string,
  cls: new () => T,
  env: Record<string, string | undefined>,
  names: Record<keyof T & string, string>,
  defaults: Partial<T> = {},
): T {
  const raw: Record<string, unknown> = { ...defaults };
  const problems: string[] = [];
  const unread = new Set<string>();
  for (const [prop, variable] of Object.entries(names) as [string, string][]) {
    const before = problems.length;
    const value = valueOf(env, variable, problems);
    if (problems.length > before) unread.add(prop);
    if (value !== undefined && value !== '') raw[prop] = value;
  }
  const config = plainToInstance(cls, raw, { enableImplicitConversion: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  const describe = (e: ValidationError) => {
    const variable = (names as Record<string, string>)[e.property] ?? e.property;
    return `${variable}: ${Object.values(e.constraints ?? {}).join(', ')}`;
  };
  // A variable whose file could not be read is reported once, not again as missing.
  problems.push(...errors.filter((e) => !unread.has(e.property)).map(describe));
  if (problems.length > 0) throw new ConfigError(service, problems);
  return config;
}

/** A variable's value, from NAME or from the file NAME_FILE names (never both). */
function valueOf(env: Record<string, string | undefined>, variable: string, problems: string[]): string | undefined {
  const file = env[`${variable}_FILE`];
  if (file === undefined || file === '') return env[variable];
  if (env[variable] !== undefined && env[variable] !== '') {
    problems.push(`${variable}: set either ${variable} or ${variable}_FILE, not both`);
    return undefined;
  }
  try {
    return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    problems.push(`${variable}_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return undefined;
  }
}
