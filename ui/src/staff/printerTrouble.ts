/**
 * The staff text for a receipt printer's problem: the window's own text for its code,
 * else the printer's German message from the shell.
 */
import { hasMessage, t } from '../lib/i18n.svelte';
import type { PrinterTrouble } from '../lib/ipc';

export function troubleText(trouble: PrinterTrouble): string {
  const id = `error-${trouble.code}`;
  return hasMessage(id) ? t(id) : trouble.message;
}
