import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, it } from 'node:test';
import { BinaryCopyCounter } from '../../services/transfer-agent/src/engines/postgres/binary-copy-counter';

/** Builds a binary COPY stream by the format's rules: header, tuples of (len, bytes) fields, trailer. */
function binaryCopy(rows: (Buffer | null)[][], extension = Buffer.alloc(0)): Buffer {
  const parts: Buffer[] = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1')];
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeInt32BE(n);
    return b;
  };
  parts.push(u32(0), u32(extension.length), extension);
  for (const row of rows) {
    const count = Buffer.alloc(2);
    count.writeInt16BE(row.length);
    parts.push(count);
    for (const field of row) parts.push(field === null ? u32(-1) : Buffer.concat([u32(field.length), field]));
  }
  parts.push(Buffer.from([0xff, 0xff]));
  return Buffer.concat(parts);
}

async function count(data: Buffer, chunkSize: number): Promise<{ rows: number; bytes: number }> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < data.length; i += chunkSize) chunks.push(data.subarray(i, i + chunkSize));
  const counter = new BinaryCopyCounter();
  const sink: Buffer[] = [];
  await pipeline(
    Readable.from(chunks),
    counter,
    new Writable({
      write(chunk: Buffer, _e, cb) {
        sink.push(chunk);
        cb();
      },
    }),
  );
  assert.ok(Buffer.concat(sink).equals(data), 'the stream passes through unchanged');
  return { rows: counter.rows, bytes: counter.bytes };
}

describe('BinaryCopyCounter', () => {
  // Every shape of field: text, NULL (-1), empty; and, now and then, a tuple of no fields at all.
  const rows = Array.from({ length: 257 }, (_, i) =>
    i % 64 === 5 ? [] : [Buffer.from(`row-${i}`), i % 3 === 0 ? null : Buffer.alloc(i % 50, 7), Buffer.alloc(0)],
  );
  const data = binaryCopy(rows, Buffer.from('ext!'));

  it('counts tuples whatever the chunking, down to one byte at a time', async () => {
    for (const size of [1, 2, 3, 5, 7, 64, 1000, data.length]) {
      assert.deepEqual(await count(data, size), { rows: 257, bytes: data.length }, `chunk size ${size}`);
    }
  });

  it('rejects a stream that is not binary COPY', async () => {
    await assert.rejects(count(Buffer.from('id,name\n1,foo\n'.repeat(3)), 8), /not PostgreSQL binary COPY/);
  });

  it('rejects a stream cut before its trailer', async () => {
    await assert.rejects(count(data.subarray(0, data.length - 10), 100), /ended early/);
  });
});
