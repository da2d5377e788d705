/**
 * The display modes a citizen can choose at the kiosk — high contrast and large
 * text, each on its own or both — as reactive state that marks `<html>`, kept until
 * the idle reset switches both off.
 */

export type Mode = 'contrast' | 'largeText';

const modes = $state<Record<Mode, boolean>>({ contrast: false, largeText: false });

/** Whether `mode` is on. */
export function isOn(mode: Mode): boolean {
  return modes[mode];
}

/** Turns `mode` on or off and marks `<html>` so the styles follow (styles/modes.css). */
export function setMode(mode: Mode, on: boolean): void {
  modes[mode] = on;
  apply(document.documentElement);
}

/** Switches every mode off (the idle reset: the next person starts with the standard display). */
export function resetModes(): void {
  modes.contrast = false;
  modes.largeText = false;
  apply(document.documentElement);
}

/** High contrast builds on KERN's dark theme (`data-kern-theme`), sharpened in styles/modes.css. */
function apply(root: HTMLElement): void {
  if (modes.contrast) root.dataset.kernTheme = 'dark';
  else delete root.dataset.kernTheme;
  root.classList.toggle('bk-contrast', modes.contrast);
  root.classList.toggle('bk-large-text', modes.largeText);
}
