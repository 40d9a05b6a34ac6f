import { Readable } from 'node:stream';
import type { Connection } from 'pg';
import type { ProgressSink } from '../engine';

// Protocol message codes (https://www.postgresql.org/docs/current/protocol-message-formats.html).
const COPY_DATA = 0x64;
const COPY_DONE = 0x63;
/** What may come before or between CopyData messages: CopyOutResponse and the asynchronous ones. */
const INTERSPERSED = new Set([
  0x48 /* CopyOutResponse */,
  COPY_DATA,
  0x53 /* ParameterStatus */,
  0x4e /* Notice */,
  0x41 /* Notification */,
]);

/**
 * `COPY … TO STDOUT` as a Readable of the data alone, for pg's `client.query(submittable)`. The
 * protocol handling is pg-copy-streams' `to()` (take the socket from pg, parse the CopyData
 * messages, hand the socket back at the first other message), without its per-message Buffer
 * slices: PostgreSQL sends one CopyData message per row, and slicing each one was most of the
 * exporting agent's CPU (4.2M slices and their garbage for a 577 MB copy). Here the payloads of
 * all the socket holds are copied into one buffer and pushed once.
 *
 * It reports rows and bytes to `progress` as it pushes. Rows are messages, one per row; in binary
 * format the file header rides in the first row's message and the trailer (-1) is a message of its
 * own, so there a message counts for the row before it, and the first counts for nothing.
 */
export class CopyOutStream extends Readable {
  private connection: Connection | null = null;
  private pgListener: ((chunk: Buffer) => void) | null = null;
  private readonly onReadable = () => this.forward();
  /** A message header (code, then length including itself) may be split across socket chunks. */
  private readonly header = Buffer.alloc(5);
  private headerHave = 0;
  private code = 0;
  /** Payload bytes of the current message still to come. */
  private left = 0;
  private messages = 0;
  private wanted = false;
  private forwarding = false;

  constructor(
    private readonly text: string,
    private readonly binary: boolean,
    private readonly progress: ProgressSink,
  ) {
    super();
  }

  submit(connection: Connection): void {
    const socket = connection.stream;
    const listeners = socket.listeners('data') as ((chunk: Buffer) => void)[];
    if (listeners.length !== 1) throw new Error(`COPY out: expected pg's one socket listener, found ${listeners.length}`);
    this.connection = connection;
    this.pgListener = listeners[0];
    socket.removeListener('data', this.pgListener);
    socket.pause();
    socket.on('readable', this.onReadable);
    connection.query(this.text);
  }

  override _read(): void {
    this.wanted = true;
    this.forward();
  }

  /** pg: the COPY failed, or the connection did. */
  handleError(error: Error): void {
    this.destroy(error);
  }

  /** pg: `COPY n`. Every row has been pushed by now. */
  handleCommandComplete(): void {
    this.push(null);
  }

  handleReadyForQuery(): void {}

  /** Everything the socket holds, parsed and pushed as one chunk per read, while the reader wants more. */
  private forward(): void {
    if (this.forwarding || !this.wanted || !this.connection) return;
    this.forwarding = true;
    try {
      let chunk: Buffer | null;
      while (this.wanted && this.connection && (chunk = this.connection.stream.read() as Buffer | null) !== null) {
        this.parse(chunk);
      }
    } finally {
      this.forwarding = false;
    }
  }

  private parse(chunk: Buffer): void {
    // The payloads are never longer than the chunk they came in.
    const out = Buffer.allocUnsafe(chunk.length);
    let outLen = 0;
    let pos = 0;
    const messagesBefore = this.messages;
    while (pos < chunk.length) {
      if (this.left > 0) {
        const end = pos + Math.min(this.left, chunk.length - pos);
        if (this.code === COPY_DATA) outLen += chunk.copy(out, outLen, pos, end);
        this.left -= end - pos;
        pos = end;
        continue;
      }
      const take = Math.min(5 - this.headerHave, chunk.length - pos);
      chunk.copy(this.header, this.headerHave, pos, pos + take);
      this.headerHave += take;
      pos += take;
      if (this.headerHave < 5) break;
      this.headerHave = 0;
      this.code = this.header[0];
      this.left = this.header.readUInt32BE(1) - 4;
      if (this.code === COPY_DATA) this.messages++;
      else if (!INTERSPERSED.has(this.code)) {
        // CopyDone, ErrorResponse or anything else ends copy-out mode: pg reads the rest itself,
        // from this message on (CopyDone, which pg has no use for, excepted).
        this.pushOut(out, outLen, messagesBefore);
        const rest = this.code === COPY_DONE ? chunk.subarray(pos) : Buffer.concat([this.header, chunk.subarray(pos)]);
        return this.detach(rest);
      }
    }
    this.pushOut(out, outLen, messagesBefore);
  }

  private pushOut(out: Buffer, outLen: number, messagesBefore: number): void {
    const rows = (n: number) => (this.binary ? Math.max(0, n - 1) : n);
    this.progress.addRows(rows(this.messages) - rows(messagesBefore));
    if (outLen === 0) return;
    this.progress.addBytes(outLen);
    if (!this.push(out.subarray(0, outLen))) this.wanted = false;
  }

  private detach(rest: Buffer): void {
    const socket = this.connection!.stream;
    socket.removeListener('readable', this.onReadable);
    socket.on('data', this.pgListener!);
    this.connection = null;
    this.pgListener!(rest);
    // pg's handler may pause the socket under load; pg-copy-streams resumes it on the next tick too.
    process.nextTick(() => socket.resume());
  }
}
