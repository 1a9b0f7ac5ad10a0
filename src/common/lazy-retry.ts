/**
 * A value made on first use and shared after, whose failed making is not kept: the next `get()`
 * tries again (a connection or a client that could not start this time may start the next).
 *
 * @example
 * const admin = new LazyRetry(() => kafka.admin());
 * await (await admin.get()).createTopics(…);
 */
export class LazyRetry<T> {
  private made: Promise<T> | undefined;

  constructor(private readonly make: () => Promise<T>) {}

  get(): Promise<T> {
    if (this.made === undefined) {
      const made = this.make();
      made.catch(() => {
        if (this.made === made) this.made = undefined;
      });
      this.made = made;
    }
    return this.made;
  }
}
