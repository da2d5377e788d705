/**
 * What `kiosk_info` answered when the app opened the kiosk window. The shell sets it
 * as `window.__BK_KIOSK_INFO__` before the page's scripts run (`START_INFO_GLOBAL`),
 * so the start screen's first frame shows the station without a command's round trip.
 */
import type { KioskInfo } from '../lib/ipc';

/** The info the shell gave, or null where nothing set it (the browser preview). */
export function startKioskInfo(): KioskInfo | null {
  return (globalThis as { __BK_KIOSK_INFO__?: KioskInfo }).__BK_KIOSK_INFO__ ?? null;
}
