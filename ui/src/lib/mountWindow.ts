/**
 * Mounting a window's root component once the bundled typeface is loaded.
 *
 * Fira Sans (styles/fonts.css, `font-display: block`) is fetched only when a layout
 * first needs it. Until then WebKit lays the page out in a system fallback, which it
 * looks up through fontconfig for every size and weight — on a cold start of the
 * kiosk that cost more than the page's own script — and lays it out again when the
 * font arrives. Loading the weights first gives one layout, in the right font.
 */
import { mount, type Component } from 'svelte';

/** The weights styles/fonts.css bundles. */
const WEIGHTS = [400, 500, 600] as const;

async function loadFonts(): Promise<void> {
  try {
    await Promise.all(WEIGHTS.map((weight) => document.fonts.load(`${weight} 1em "Fira Sans"`)));
  } catch (error) {
    // The page works in a fallback font too; it only looks less like KERN.
    console.warn('fonts', error instanceof Error ? error.message : String(error));
  }
}

/** Mounts `root` into the page's `#app` element (`page` names the page in the error). */
export async function mountWindow(root: Component, page: string): Promise<void> {
  const target = document.getElementById('app');
  if (!target) throw new Error(`${page} has no #app element`);
  await loadFonts();
  mount(root, { target });
}
