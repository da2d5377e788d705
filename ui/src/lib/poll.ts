/**
 * A staff panel's refresh: at once, then every few seconds, until the panel goes.
 */

/** Runs `refresh` now and every `ms`; returns what stops it (for `onMount`). */
export function poll(refresh: () => Promise<void>, ms: number): () => void {
  void refresh();
  const timer = setInterval(() => void refresh(), ms);
  return () => clearInterval(timer);
}
