import { ApiError } from '../http/ApiError.js';

/**
 * How many PNG/PDF renders run at once, and how many may wait. A big map's PNG holds a few
 * hundred MB while it is drawn (docs/benchmarks.md: ~280 MB peak for the big map), so two at a
 * time on a small server, and a short queue: a burst beyond it gets 503 with Retry-After
 * instead of piling up memory.
 */
export const renderConcurrency = 2;
export const renderQueueLength = 8;

/** A counting semaphore for heavy renders; one per app (passed in, not module state). */
export class RenderLimit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency = renderConcurrency,
    readonly queueLength = renderQueueLength,
  ) {}

  /** Runs `work` when a slot is free; refuses with 503 when the queue is full. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queueLength)
        throw new ApiError(
          503,
          'busy',
          `the server is drawing ${this.running} maps and has ${this.waiting.length} waiting; try again in a few seconds`,
          { retryAfter: 5 },
        );
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running += 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `running` only drops when no one waits.
      if (next === undefined) this.running -= 1;
      else next();
    }
  }
}
