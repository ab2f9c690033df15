import { writeSync } from 'node:fs';

const CHUNK = 64 * 1024;
/** A full chunk plus the piece that made it overflow, encoded. */
const REUSED_BYTES = 4 * CHUNK * 3;

/**
 * Output in chunks of 64 KB, written as they fill: a large result never becomes one string, and
 * a batch shows its first lines while the rest is still being checked. Synchronous writes, so a
 * slow reader on the pipe holds the CLI back instead of piling up its output in memory.
 */
export class StdoutWriter {
  private parts: string[] = [];
  /** The reader went away (`coach check … | head`): the rest is dropped, quietly. */
  private closed = false;
  private size = 0;
  /** Reused for every chunk: encoding into it is several times faster than Buffer.from. */
  private buffer = Buffer.allocUnsafe(0);

  constructor(private readonly fd = 1) {}

  write(chunk: string): void {
    if (this.closed) return;
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size >= CHUNK) this.flush();
  }

  /**
   * Three bytes of UTF-8 at most per UTF-16 code unit, so a chunk always fits the reused buffer;
   * a rare giant piece (one long batch line) gets a buffer of its own, which is not kept.
   */
  private encode(text: string): Buffer {
    const most = text.length * 3;
    if (most > REUSED_BYTES) return Buffer.from(text, 'utf8');
    if (this.buffer.length < most) this.buffer = Buffer.allocUnsafe(REUSED_BYTES);
    return this.buffer.subarray(0, this.buffer.write(text, 0, 'utf8'));
  }

  flush(): void {
    if (!this.parts.length) return;
    const text = this.parts.join('');
    const data = this.encode(text);
    this.parts = [];
    this.size = 0;
    for (let at = 0; at < data.length; ) {
      try {
        at += writeSync(this.fd, data, at);
      } catch (e) {
        // A non-blocking pipe that is full: try again once the reader has taken some.
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          this.closed = true;
          return;
        }
        if (code !== 'EAGAIN') throw e;
      }
    }
  }
}
