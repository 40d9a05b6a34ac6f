import { Transform, type TransformCallback } from 'node:stream';
import { TransferFormat } from '@cutover/contracts';
import { BinaryCopyCounter, TextCopyCounter } from '../engines/postgres/binary-copy-counter';

/** Counts bytes only (formats whose rows this agent does not parse on the way out). */
class ByteCounter extends Transform {
  constructor(private readonly onProgress: (rows: number, bytes: number) => void) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void {
    this.onProgress(0, chunk.length);
    callback(null, chunk);
  }
}

/**
 * A pass-through that reports the rows and bytes of an export as they leave: PostgreSQL COPY
 * streams are counted by tuple (the same counters the importing side uses), others by bytes.
 */
export function exportCounter(format: TransferFormat, onProgress: (rows: number, bytes: number) => void): Transform {
  if (format === TransferFormat.PgBinary) return new BinaryCopyCounter(onProgress);
  if (format === TransferFormat.PgText) return new TextCopyCounter(onProgress);
  return new ByteCounter(onProgress);
}
