/**
 * Focus helpers: moving focus to a screen's heading when it appears, so
 * screen readers announce the new screen and keyboard focus starts at its top.
 */

/** Svelte attachment: focuses the element once it is in the document. */
export function focusOnMount(node: HTMLElement): void {
  node.focus({ preventScroll: true });
}
