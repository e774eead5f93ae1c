// What SessionWatch and AccessWatch share: watchers checked all together,
// every `intervalMs` while any are registered, one check at a time. Only the
// watchers registered when a check began are judged by its answer: one that
// starts watching while the query runs is not in it, and is not judged for that.

export abstract class PeriodicWatch<W> {
  private readonly watchers = new Set<W>();
  private timer: NodeJS.Timeout | null = null;
  private checking = false;

  constructor(
    private readonly intervalMs: number,
    protected readonly onError: (error: unknown) => void,
  ) {}

  /** Registers `watcher`; returns the way to stop watching. */
  protected add(watcher: W): () => void {
    this.watchers.add(watcher);
    this.timer ??= setInterval(() => void this.check(), this.intervalMs);
    return () => this.forget(watcher);
  }

  /** Stops watching `watcher` (it is judged no more). */
  protected forget(watcher: W): void {
    this.watchers.delete(watcher);
    if (this.watchers.size === 0) this.stop();
  }

  /** Whether `watcher` is still watched (it may have stopped while a check ran). */
  protected isWatching(watcher: W): boolean {
    return this.watchers.has(watcher);
  }

  /** Judges the watchers registered when the check began. */
  protected abstract checkAll(asked: readonly W[]): Promise<void>;

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One check now (the timer runs it every intervalMs). */
  checkNow(): Promise<void> {
    return this.check();
  }

  private async check(): Promise<void> {
    if (this.checking || this.watchers.size === 0) return;
    this.checking = true;
    try {
      await this.checkAll([...this.watchers]);
    } catch (error) {
      this.onError(error);
    } finally {
      this.checking = false;
    }
  }
}
