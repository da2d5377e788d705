/**
 * DEV PREVIEW ONLY — helpers of the sample-data IPC shim: sample QR pictures,
 * command errors in the documented shape, and a delay for slow commands.
 */

/** A QR-like pixel pattern derived from the text: sample picture only, not a scannable code. */
export function sampleQr(text: string): string {
  const size = 25;
  let seed = [...text].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) >>> 0, 7);
  const cells: string[] = [];
  const finder = (x: number, y: number) =>
    `<path d="M${x} ${y}h7v7h-7z M${x + 1} ${y + 1}v5h5v-5z M${x + 2} ${y + 2}h3v3h-3z" fill-rule="evenodd"/>`;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inFinder = (x < 8 && y < 8) || (x > 16 && y < 8) || (x < 8 && y > 16);
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      seed >>>= 0;
      if (!inFinder && (seed & 0x100) !== 0) cells.push(`M${x} ${y}h1v1h-1z`);
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-2 -2 29 29" shape-rendering="crispEdges">` +
    `<rect x="-2" y="-2" width="29" height="29" fill="#fff"/><g fill="#000">${finder(0, 0)}${finder(18, 0)}${finder(0, 18)}` +
    `<path d="${cells.join('')}"/></g></svg>`
  );
}

export function fail(code: string, message: string, details: Record<string, unknown> = {}) {
  return Promise.reject({ code, message, ...details });
}

/** Resolves after `ms` milliseconds (a card or network command that takes its time). */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
