import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { ConfigError } from './config';

/**
 * The environment a service reads its configuration from: the process environment over the
 * variables of an env file, named by `--env-file <path>` / `--env-file=<path>` or by
 * CUTOVER_ENV_FILE (KEY=value lines, `#` comments, quotes as in Node's --env-file). A variable
 * set in the real environment wins over the file, as with `node --env-file`.
 */
export function environmentWithFile(
  service: string,
  argv: string[] = process.argv.slice(2),
  env: Record<string, string | undefined> = process.env,
): Record<string, string | undefined> {
  const path = envFileArgument(service, argv) ?? env.CUTOVER_ENV_FILE;
  if (path === undefined || path === '') return env;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(service, [
      `env file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    ]);
  }
  return { ...parseEnv(text), ...env };
}

function envFileArgument(service: string, argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--env-file=')) return argv[i].slice('--env-file='.length);
    if (argv[i] === '--env-file') {
      if (argv[i + 1] === undefined) throw new ConfigError(service, ['--env-file needs a path']);
      return argv[i + 1];
    }
  }
  return undefined;
}
