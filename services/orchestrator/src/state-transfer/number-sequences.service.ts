import { ChecklistKey } from '../checklist/checklist-template';
import { ChecklistService, type RunStart } from '../checklist/checklist.service';
import { randomUUID } from 'node:crypto';
import { ConflictException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AgentClient } from '@cutover/agent-client';
import { formatTableRef } from '@cutover/contracts';
import { InvalidInputException, ProblemException } from '@cutover/common';
import type { NumberSequenceDefinition } from '../packages/manifest';
import { SystemsService } from '../systems/systems.service';
import { readSequenceSql, writeSequenceSql, type Engine } from './engine-sql';
import type {
  ApplyNumberSequencesDto,
  NumberSequenceApplicationDto,
  NumberSequencePreviewDto,
  NumberSequencesDto,
} from './state-transfer.dto';
import { NumberSequenceApplicationEntity } from './state-transfer.entities';
import { StateTransferValidator, type TransferContext } from './state-transfer.validator';

interface Values {
  next: string;
  max: string;
}

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
    private readonly systems: SystemsService,
    private readonly checklist: ChecklistService,
    @InjectRepository(NumberSequenceApplicationEntity) private readonly applications: Repository<NumberSequenceApplicationEntity>,
  ) {}

  async preview(upgradeId: string): Promise<NumberSequencesDto> {
    const ctx = await this.validator.context(upgradeId);
    const sequences = await Promise.all(ctx.manifest.numberSequences.map((s) => this.previewOne(ctx, s)));
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
    const previews = await Promise.all(dto.sequences.map((c) => this.previewOne(ctx, declared.get(c.key)!)));
    const conflicts: string[] = [];
    for (const [i, c] of dto.sequences.entries()) {
      const p = previews[i];
      if (p.problem || !p.production || !p.valueToSet) conflicts.push(`${c.key}: ${p.problem ?? 'cannot be read'}`);
      else if (!p.inSync && (p.production.next !== c.productionNext || p.production.max !== c.productionMax))
        conflicts.push(
          `${c.key}: production now holds next ${p.production.next}, max ${p.production.max}, not the confirmed ${c.productionNext}, ${c.productionMax}`,
        );
    }
    if (conflicts.length === 0)
      await this.checklist.requirePrerequisites(upgradeId, ChecklistKey.ApplyNumberSequences, start.caller, start.override);
    if (conflicts.length > 0)
      throw new ProblemException(
        409,
        `nothing was written; production's sequences changed since the preview or cannot be read: ${conflicts.join('; ')}. Preview again and confirm the new values`,
        {
          conflicts,
        },
      );
    const client = await this.systems.client(ctx.production.id);
    for (const [i, c] of dto.sequences.entries()) {
      const p = previews[i] as NumberSequencePreviewDto & { production: Values; test: Values; valueToSet: Values };
      if (!p.inSync) await this.write(ctx, client, declared.get(c.key)!, p.production, p.valueToSet);
      await this.applications.save(
        this.applications.create({
          upgradeId,
          sequenceKey: c.key,
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

  private async previewOne(ctx: TransferContext, s: NumberSequenceDefinition): Promise<NumberSequencePreviewDto> {
    const base = { key: s.key, description: s.description, table: s.table };
    const read = async (systemId: string, side: string): Promise<Values | string> => {
      try {
        const client = await this.systems.client(systemId);
        const op = await client.runOperation({
          id: `state-transfer.${randomUUID()}`,
          type: 'execute-script',
          executeScript: { sql: readSequenceSql(ctx.production.engine as Engine, s), parameters: { key: s.key }, transaction: false },
        });
        if (op.status !== 'succeeded') return `reading it on ${side} failed: ${op.error?.message ?? op.status}`;
        const rows = (op.result?.executeScript?.resultSet?.rows ?? []) as unknown[][];
        if (rows.length !== 1) return `${formatTableRef(s.table)} has ${rows.length} rows with ${s.keyColumn} = ${s.key} on ${side}`;
        return { next: String(rows[0][0]), max: String(rows[0][1]) };
      } catch (error) {
        return `reading it on ${side} failed: ${(error as Error).message}`;
      }
    };
    const [test, production] = await Promise.all([read(ctx.test.id, 'the test system'), read(ctx.production.id, 'production')]);
    if (typeof test === 'string' || typeof production === 'string')
      return {
        ...base,
        test: typeof test === 'string' ? null : test,
        production: typeof production === 'string' ? null : production,
        valueToSet: null,
        inSync: false,
        problem: [test, production].filter((x) => typeof x === 'string').join('; '),
      };
    const valueToSet = { next: larger(test.next, production.next), max: larger(test.max, production.max) };
    return {
      ...base,
      test,
      production,
      valueToSet,
      inSync: valueToSet.next === production.next && valueToSet.max === production.max,
      problem: null,
    };
  }

  private async write(
    ctx: TransferContext,
    client: AgentClient,
    s: NumberSequenceDefinition,
    expected: Values,
    values: Values,
  ): Promise<void> {
    const op = await client.runOperation({
      id: `state-transfer.${randomUUID()}`,
      type: 'execute-script',
      executeScript: {
        sql: writeSequenceSql(ctx.production.engine as Engine, s),
        parameters: { key: s.key, next: values.next, max: values.max, expectedNext: expected.next, expectedMax: expected.max },
      },
    });
    if (op.status !== 'succeeded')
      throw new ProblemException(502, `writing ${s.key} on production failed: ${op.error?.message ?? op.status}`);
    const affected = op.result?.executeScript?.batches?.reduce((n, b) => n + b.rowsAffected, 0) ?? 0;
    if (affected !== 1)
      throw new ConflictException(
        `${s.key} changed on production while it was being applied (${affected} rows matched): preview again and confirm the new values`,
      );
  }
}
