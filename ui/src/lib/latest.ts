/**
 * Keeps only the newest of overlapping requests: while typing, an older search
 * answering late must not overwrite the results (or errors) of the newer one.
 */
export type LatestResult<T> = { current: true; value: T } | { current: false };

export class LatestOnly {
  private generation = 0;

  /** Runs `request`; `{ current: false }` when a newer run started meanwhile (also on failure). */
  async run<T>(request: () => Promise<T>): Promise<LatestResult<T>> {
    const mine = ++this.generation;
    try {
      const value = await request();
      return mine === this.generation ? { current: true, value } : { current: false };
    } catch (error) {
      if (mine !== this.generation) return { current: false };
      throw error;
    }
  }
}
