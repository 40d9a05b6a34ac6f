import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge, type Registry } from 'prom-client';
import { createServiceRegistry, registerPoolGauges, type HttpObserver } from '@cutover/common';
import type { Engine } from '../engines/engine';
import { ENGINE } from '../engines/engine.provider';

export type Direction = 'exported' | 'imported';

/**
 * The agent's metrics, recorded where operations start and end and where exports stream. Labels:
 * operation type and status, direction — never operation ids or table names.
 */
@Injectable()
export class AgentMetrics {
  readonly registry: Registry;
  readonly http: HttpObserver;
  private readonly operations: Counter<'type' | 'status'>;
  private readonly active: Gauge<'type'>;
  private readonly rows: Counter<'direction'>;
  private readonly bytes: Counter<'direction'>;
  private readonly exportStreams: Gauge;

  constructor(@Inject(ENGINE) engine: Engine) {
    ({ registry: this.registry, http: this.http } = createServiceRegistry());
    const registers = [this.registry];
    this.operations = new Counter({
      name: 'cutover_agent_operations_total',
      help: 'Operations that reached a final status, by type and status',
      labelNames: ['type', 'status'],
      registers,
    });
    this.active = new Gauge({
      name: 'cutover_agent_operations_active',
      help: 'Operations running now, by type',
      labelNames: ['type'],
      registers,
    });
    this.rows = new Counter({
      name: 'cutover_agent_rows_total',
      help: 'Rows exported to and imported from other agents',
      labelNames: ['direction'],
      registers,
    });
    this.bytes = new Counter({
      name: 'cutover_agent_bytes_total',
      help: 'Bytes exported to and imported from other agents',
      labelNames: ['direction'],
      registers,
    });
    this.exportStreams = new Gauge({
      name: 'cutover_agent_export_streams_open',
      help: 'Export streams being read by another agent now',
      registers,
    });
    registerPoolGauges(this.registry, () => engine.poolStats());
    // Every series exists from the start (a rate over a series that appears late misses its first step).
    for (const direction of ['exported', 'imported'] as const) {
      this.rows.inc({ direction }, 0);
      this.bytes.inc({ direction }, 0);
    }
  }

  operationStarted(type: string): void {
    this.active.inc({ type });
  }

  operationFinished(type: string, status: string, started: boolean): void {
    if (started) this.active.dec({ type });
    this.operations.inc({ type, status });
  }

  transferred(direction: Direction, rows: number, bytes: number): void {
    if (rows > 0) this.rows.inc({ direction }, rows);
    if (bytes > 0) this.bytes.inc({ direction }, bytes);
  }

  exportOpened(): () => void {
    this.exportStreams.inc();
    let closed = false;
    return () => {
      if (!closed) this.exportStreams.dec();
      closed = true;
    };
  }
}
