/**
 * A progress line on stderr for long runs on a terminal: drawn after the first half second,
 * redrawn at most ten times a second, and erased before anything else is written.
 */

const DELAY_MS = 500;
const INTERVAL_MS = 100;

export class Progress {
  private done = 0;
  private shown = false;
  private lastDraw = 0;
  private readonly started = Date.now();
  private readonly enabled: boolean;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly total: number,
  ) {
    this.enabled = Boolean(stream.isTTY) && total > 1 && !process.env.CI;
  }

  advance(count: number): void {
    this.done += count;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < DELAY_MS || now - this.lastDraw < INTERVAL_MS || this.done >= this.total) return;
    this.lastDraw = now;
    const percent = Math.floor((this.done / this.total) * 100);
    this.stream.write(`\r\u001b[Ktactful: ${this.done}/${this.total} files (${percent}%)`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}
