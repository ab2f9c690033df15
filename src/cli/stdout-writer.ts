import { writeSync } from 'node:fs';

const CHUNK = 64 * 1024;

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

  constructor(private readonly fd = 1) {}

  write(chunk: string): void {
    if (this.closed) return;
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size >= CHUNK) this.flush();
  }

  flush(): void {
    if (!this.parts.length) return;
    const data = Buffer.from(this.parts.join(''), 'utf8');
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
