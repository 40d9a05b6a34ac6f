import { ChecklistKey } from '../checklist/checklist-template';
import { ChecklistService, type RunStart } from '../checklist/checklist.service';
import { ConflictException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { InvalidInputException, ProblemException } from '@cutover/common';
import type { NumberSequenceDefinition } from '../packages/manifest';
import { AgentGateway } from '../systems/agent-gateway';
import { formatScope, readSequenceRows, scopeKey, writeSequenceRow, type Scope, type Values } from './sequence-rows';
import type {
  ApplyNumberSequencesDto,
  NumberSequenceApplicationDto,
  NumberSequencePreviewDto,
  NumberSequencesDto,
} from './state-transfer.dto';
import { NumberSequenceApplicationEntity } from './state-transfer.entities';
import { StateTransferValidator, type TransferContext } from './state-transfer.validator';

/** The larger of two values as the database printed them (integers compared exactly). */
export function larger(a: string, b: string): string {
  const int = /^-?\d+$/;
  if (int.test(a) && int.test(b)) return BigInt(a) >= BigInt(b) ? a : b;
  return Number(a) >= Number(b) ? a : b;
}

/**
 * The seed's manual step after a state transfer, done with the operator's confirmation: the
 * number sequences the package declares (CRM_1 party numbers, CRM_2 location numbers) get the
 * test system's next and maximum values on production — never lower than production's own —
 * so later scripts draw numbers the test system's preprocessing has not used.
 */
@Injectable()
export class NumberSequencesService {
  constructor(
    private readonly validator: StateTransferValidator,
    private readonly agents: AgentGateway,
    private readonly checklist: ChecklistService,
    @InjectRepository(NumberSequenceApplicationEntity) private readonly applications: Repository<NumberSequenceApplicationEntity>,
  ) {}

  async preview(upgradeId: string): Promise<NumberSequencesDto> {
    const ctx = await this.validator.context(upgradeId);
    const sequences = (await Promise.all(ctx.manifest.numberSequences.map((s) => this.previewOne(ctx, s)))).flat();
    return { sequences, applied: await this.applied(upgradeId) };
  }

  async apply(upgradeId: string, dto: ApplyNumberSequencesDto, start: RunStart): Promise<NumberSequencesDto> {
    const actor = start.caller.actor;
    const ctx = await this.validator.context(upgradeId);
    if (!ctx.state?.carriedAt)
      throw new ConflictException('the state has not been transferred yet: number sequences are synced after the state-transfer run ended');
    const declared = new Map(ctx.manifest.numberSequences.map((s) => [s.key, s]));
    const unknown = dto.sequences.filter((c) => !declared.has(c.key));
    if (unknown.length > 0)
      throw new InvalidInputException(
        `the package declares no number sequence ${unknown.map((u) => u.key).join(', ')}`,
        unknown.map((u) => ({ field: 'sequences', message: `${u.key} is not a number sequence of the package` })),
      );
    const all = (
      await Promise.all([...new Set(dto.sequences.map((c) => c.key))].map((k) => this.previewOne(ctx, declared.get(k)!)))
    ).flat();
    const conflicts: string[] = [];
    const previews = dto.sequences.map((c) => {
      const p = all.find((x) => x.key === c.key && scopeKey(x.scope) === scopeKey(c.scope ?? []));
      const name = `${c.key}${formatScope(c.scope ?? [])}`;
      if (!p) conflicts.push(`${name}: no such row of the sequence on either system`);
      else if (p.problem || !p.production || !p.valueToSet) conflicts.push(`${name}: ${p.problem ?? 'cannot be read'}`);
      else if (!p.inSync && (p.production.next !== c.productionNext || p.production.max !== c.productionMax))
        conflicts.push(
          `${name}: production now holds next ${p.production.next}, max ${p.production.max}, not the confirmed ${c.productionNext}, ${c.productionMax}`,
        );
      return p!;
    });
    if (conflicts.length === 0)
      await this.checklist.requirePrerequisites(upgradeId, ChecklistKey.ApplyNumberSequences, start.caller, start.override);
    if (conflicts.length > 0)
      throw new ProblemException(
        409,
        `nothing was written; production's sequences changed since the preview or cannot be read: ${conflicts.join('; ')}. Preview again and confirm the new values`,
        { conflicts },
      );
    for (const [i, c] of dto.sequences.entries()) {
      const p = previews[i] as NumberSequencePreviewDto & { production: Values; test: Values; valueToSet: Values };
      if (!p.inSync) await writeSequenceRow(this.agents, ctx.production.id, declared.get(c.key)!, p.scope, p.production, p.valueToSet);
      await this.applications.save(
        this.applications.create({
          upgradeId,
          sequenceKey: c.key,
          scope: p.scope,
          testNext: p.test.next,
          testMax: p.test.max,
          productionNext: p.production.next,
          productionMax: p.production.max,
          nextSet: p.valueToSet.next,
          maxSet: p.valueToSet.max,
          changed: !p.inSync,
          appliedBy: actor,
        }),
      );
    }
    const preview = await this.preview(upgradeId);
    if (preview.sequences.every((p) => p.inSync)) {
      await this.checklist.completeAutomatic(
        upgradeId,
        ChecklistKey.ApplyNumberSequences,
        actor,
        `${dto.sequences.length} sequence(s) applied`,
      );
    }
    return preview;
  }

  async applied(upgradeId: string): Promise<NumberSequenceApplicationDto[]> {
    const rows = await this.applications.find({ where: { upgradeId }, order: { appliedAt: 'DESC', id: 'DESC' } });
    return rows.map((r) => ({
      key: r.sequenceKey,
      scope: r.scope ?? [],
      testNext: r.testNext,
      testMax: r.testMax,
      productionNext: r.productionNext,
      productionMax: r.productionMax,
      nextSet: r.nextSet,
      maxSet: r.maxSet,
      changed: r.changed,
      appliedBy: r.appliedBy,
      appliedAt: r.appliedAt.toISOString(),
    }));
  }

  /** One preview per row of the sequence (per company), joining both systems' rows on their scope. */
  private async previewOne(ctx: TransferContext, s: NumberSequenceDefinition): Promise<NumberSequencePreviewDto[]> {
    const base = { key: s.key, description: s.description, table: s.table };
    const [test, production] = await Promise.all([
      readSequenceRows(this.agents, ctx.test.id, s, 'the test system'),
      readSequenceRows(this.agents, ctx.production.id, s, 'production'),
    ]);
    if (typeof test === 'string' || typeof production === 'string') {
      const problem = [test, production].filter((x) => typeof x === 'string').join('; ');
      return [{ ...base, scope: [], test: null, production: null, valueToSet: null, inSync: false, problem }];
    }
    const scopes = new Map<string, Scope[]>([...test, ...production].map((r) => [scopeKey(r.scope), r.scope]));
    return [...scopes.entries()].map(([key, scope]) => {
      const t = test.find((r) => scopeKey(r.scope) === key)?.values ?? null;
      const p = production.find((r) => scopeKey(r.scope) === key)?.values ?? null;
      if (!t || !p) {
        const missing = !t ? 'the test system' : 'production';
        return {
          ...base,
          scope,
          test: t,
          production: p,
          valueToSet: null,
          inSync: false,
          problem: `no row${formatScope(scope)} on ${missing}`,
        };
      }
      const valueToSet = { next: larger(t.next, p.next), max: larger(t.max, p.max) };
      const inSync = valueToSet.next === p.next && valueToSet.max === p.max;
      return { ...base, scope, test: t, production: p, valueToSet, inSync, problem: null };
    });
  }
}
