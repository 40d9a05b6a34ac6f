import { existsSync, readFileSync } from 'node:fs';
import type { ResponseCheck } from '@cutover/common';

/**
 * The summary of the response check (see libs/common/src/response-contract.ts): how many responses
 * each service had checked against its document, and every mismatch, by operation. Returns whether
 * there was none.
 */
export function reportResponseChecks(file: string, log: (line: string) => void = console.log): boolean {
  const checks: ResponseCheck[] = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as ResponseCheck)
    : [];
  const validated = checks.filter((c) => c.operation !== null);
  const perService = new Map<string, number>();
  for (const c of validated) perService.set(c.service, (perService.get(c.service) ?? 0) + 1);
  const services = [...perService].map(([s, n]) => `${s} ${n}`).join(', ') || 'none';
  const operations = new Set(validated.map((c) => `${c.service} ${c.operation}`)).size;
  log(
    `response check: ${validated.length} responses validated against openapi/*.json (${services}; ${operations} operations), ${checks.length - validated.length} to paths outside the documents`,
  );
  // One line per distinct problem of an operation, with how often it came and one example request.
  const mismatches = new Map<string, { count: number; example: string }>();
  for (const c of validated) {
    for (const problem of c.problems) {
      const key = `${c.service} ${c.operation} (${c.method} ${c.status}): ${problem}`;
      const seen = mismatches.get(key);
      if (seen) seen.count++;
      else mismatches.set(key, { count: 1, example: `${c.method} ${c.path}` });
    }
  }
  if (mismatches.size === 0) return true;
  log(`response check FAILED: ${mismatches.size} kind(s) of response do not match their operation in openapi/*.json`);
  for (const [key, { count, example }] of [...mismatches].sort()) log(`  ${key} — ${count}×, e.g. ${example}`);
  log('  fix the DTO/decorators (then `npm run openapi`) or the code, whichever is wrong');
  return false;
}
