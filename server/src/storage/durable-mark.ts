// How far an engine's journal is on disk, for answers read from memory.
//
// The queue and case engines apply an event to memory before its journal write, so
// the next command (decided meanwhile) sees it. A screen reading memory in that moment
// would be shown something a crash could still take back. So an answer read from
// memory leaves only once everything memory held when it was read is on disk (a few
// milliseconds at most: the write already under way). When nothing is being written,
// which is nearly always, it leaves at once, with no extra turn of the event loop.
export class DurableMark {
  private durable = 0;
  private waiters: Array<{ seq: number; resolve: () => void }> = [];

  /** `applied`: the sequence number of the newest event in memory. */
  constructor(private readonly applied: () => number) {}

  /** Everything up to `seq` is on disk. */
  reached(seq: number): void {
    if (seq <= this.durable) return;
    this.durable = seq;
    if (this.waiters.length === 0) return;
    const still: typeof this.waiters = [];
    for (const w of this.waiters) (w.seq <= seq ? w.resolve() : still.push(w));
    this.waiters = still;
  }

  /** Answers waiting for the disk right now. */
  get held(): number {
    return this.waiters.length;
  }

  /** Resolves once what memory holds now is on disk; undefined when it already is. */
  wait(): Promise<void> | undefined {
    const seq = this.applied();
    if (seq <= this.durable) return undefined;
    return new Promise((resolve) => this.waiters.push({ seq, resolve }));
  }
}
