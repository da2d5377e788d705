/**
 * Typed calls of the Tauri commands listed in docs/ipc.md. Every rejection is
 * turned into a CommandFailure carrying the `{ code, message }` error.
 */
import { invoke } from '@tauri-apps/api/core';
import type { CardStatus, HelpReason, ReaderState } from './eidFlow';
import { CommandFailure, toCommandError } from './errors';
import type { Lang } from './fluent';
import type { FieldValues, RequestTopic } from './requestForm';

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
  /** Station setting: shuffle the digits of the eID keypad; missing means no. */
  shuffleKeypad?: boolean;
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

export interface SubmittedRequest {
  reference: string;
  qrSvg: string;
  createdAt: string;
}

export interface SyncStatus {
  enrolled: boolean;
  centralUrl: string | null;
  pending: number;
  deadLetter: number;
  acknowledged: number;
  lastSuccessAt: string | null;
  lastError: { at: string; message: string } | null;
  running: boolean;
}

export interface HelpRequest {
  id: string;
  at: string;
  reason: HelpReason;
}

export interface EidStaffOverview {
  reader: ReaderState;
  today: { changed: number; failed: number; referred: number };
  helpRequests: HelpRequest[];
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
/** Tells the shell the start screen takes input now (start-up figure, `./scripts/run --screenshot`). */
export const kioskReady = () => call<{ msSinceStart: number }>('kiosk_ready');
export const servicesCategories = (lang: Lang) => call<Category[]>('services_categories', { lang });
export const servicesSearch = (lang: Lang, query: string, category: string | null) =>
  call<Service[]>('services_search', { lang, query, category });
export const serviceQr = (id: string) => call<ServiceQr>('service_qr', { id });
export const ticketDraw = (lang: Lang) => call<DrawnTicket>('ticket_draw', { lang });
export const staffPinSetup = (pin: string) => call<null>('staff_pin_setup', { pin });
export const staffUnlock = (pin: string) => call<null>('staff_unlock', { pin });

// Requests (kiosk and staff)
export const requestTopics = () => call<RequestTopic[]>('request_topics');
export const requestSubmit = (lang: Lang, topic: string, fields: FieldValues, consent: boolean) =>
  call<SubmittedRequest>('request_submit', { lang, topic, fields, consent });

// Online-Ausweis & PIN (kiosk). PINs, CANs and PUKs are passed straight from a PinBuffer's consume().
export const eidReaderState = () => call<ReaderState>('eid_reader_state');
export const eidCardStatus = () => call<CardStatus>('eid_card_status');
export const eidCheckNewPin = (pin: string) => call<null>('eid_check_new_pin', { pin });
export const eidChangePin = (transport: boolean, currentPin: string, newPin: string, can: string | null) =>
  call<{ outcome: 'changed' }>('eid_change_pin', { transport, currentPin, newPin, can });
export const eidUnblock = (puk: string) => call<{ outcome: 'unblocked' }>('eid_unblock', { puk });
export const eidHelpRequest = (reason: HelpReason) => call<null>('eid_help_request', { reason });

// Staff window
export const staffOverview = () => call<StaffOverview>('staff_overview');
export const stationsPlan = () => call<PlannedStation[]>('stations_plan');
export const stationSelect = (id: string) => call<null>('station_select', { id });
export const ticketsToday = () => call<Ticket[]>('tickets_today');
export const ticketCallNext = () => call<Ticket | null>('ticket_call_next');
export const ticketMark = (id: string, status: 'served' | 'gone') => call<Ticket>('ticket_mark', { id, status });
export const staffLock = () => call<null>('staff_lock');
export const syncStatus = () => call<SyncStatus>('sync_status');
export const syncNow = () => call<SyncStatus>('sync_now');
export const eidStaffOverview = () => call<EidStaffOverview>('eid_staff_overview');
export const eidHelpDone = (id: string) => call<null>('eid_help_done', { id });
