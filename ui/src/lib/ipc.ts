/**
 * Typed calls of the Tauri commands listed in docs/ipc.md. Every rejection is
 * turned into a CommandFailure carrying the `{ code, message }` error.
 */
import { invoke } from '@tauri-apps/api/core';
import { CommandFailure, toCommandError } from './errors';
import type { Lang } from './fluent';

export interface Station {
  id: string;
  name: string;
}

export interface KioskInfo {
  station: Station | null;
  today: string;
  staffPinSet: boolean;
  /** Seconds without a touch until the start screen (env BK_IDLE_SECONDS); optional. */
  idleSeconds?: number;
}

export interface Category {
  id: string;
  name: string;
}

export interface Service {
  id: string;
  name: string;
  summary: string;
  category: string;
  url: string;
}

export interface ServiceQr {
  url: string;
  svg: string;
}

export interface DrawnTicket {
  number: number;
  label: string;
  day: string;
  expectedWaitMinutes: number | null;
  qrSvg: string;
  qrUrl: string;
}

export type TicketStatus = 'waiting' | 'called' | 'served' | 'gone';

export interface Ticket {
  id: string;
  number: number;
  label: string;
  status: TicketStatus;
  drawnAt: string;
  calledAt: string | null;
}

export interface StaffOverview {
  station: Station | null;
  schemaVersion: number;
  databasePath: string;
  today: string;
}

export interface PlannedStation {
  id: string;
  name: string;
  address: string;
  days: string[];
  hours: { open: string; close: string };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (rejection) {
    throw new CommandFailure(toCommandError(rejection));
  }
}

// Kiosk window
export const kioskInfo = () => call<KioskInfo>('kiosk_info');
export const servicesCategories = (lang: Lang) => call<Category[]>('services_categories', { lang });
export const servicesSearch = (lang: Lang, query: string, category: string | null) =>
  call<Service[]>('services_search', { lang, query, category });
export const serviceQr = (id: string) => call<ServiceQr>('service_qr', { id });
export const ticketDraw = (lang: Lang) => call<DrawnTicket>('ticket_draw', { lang });
export const staffPinSetup = (pin: string) => call<null>('staff_pin_setup', { pin });
export const staffUnlock = (pin: string) => call<null>('staff_unlock', { pin });

// Staff window
export const staffOverview = () => call<StaffOverview>('staff_overview');
export const stationsPlan = () => call<PlannedStation[]>('stations_plan');
export const stationSelect = (id: string) => call<null>('station_select', { id });
export const ticketsToday = () => call<Ticket[]>('tickets_today');
export const ticketCallNext = () => call<Ticket | null>('ticket_call_next');
export const ticketMark = (id: string, status: 'served' | 'gone') => call<Ticket>('ticket_mark', { id, status });
export const staffLock = () => call<null>('staff_lock');
