/**
 * The Tauri commands of docs/ipc.md, with their argument, result and error types
 * from the contract generated out of the Rust types (`bindings.ts`). Every rejection
 * becomes a CommandFailure carrying the `{ code, message }` error.
 */
import { commands } from './bindings';
import { CommandFailure, toCommandError } from './errors';

export type {
  BookingResult,
  CallBoard,
  CallStateView as VideoCallState,
  CategoryView as Category,
  DayList,
  Desk,
  DrawnTicket,
  EidStaffOverview,
  FiguresReport,
  FreeTimes,
  HeldTime,
  HelpRequestView as HelpRequest,
  Kind as TicketKind,
  KindOffer,
  KioskInfo,
  OpenedCall,
  Station as PlannedStation,
  PrinterState,
  PrinterTrouble,
  ServiceQr,
  ServiceView as Service,
  StaffOverview,
  StationRef as Station,
  SubmittedRequest,
  SyncStatus,
  TicketView as Ticket,
  Status as TicketStatus,
  VideoCall,
} from './bindings';

/** `command` with every rejection turned into a CommandFailure. */
function failing<A extends unknown[], R>(command: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await command(...args);
    } catch (rejection) {
      throw new CommandFailure(toCommandError(rejection));
    }
  };
}

// Kiosk window
export const kioskInfo = failing(commands.kioskInfo);
/** Tells the shell the start screen takes input now (start-up figure, `./scripts/run --screenshot`). */
export const kioskReady = failing(commands.kioskReady);
export const servicesCategories = failing(commands.servicesCategories);
export const servicesSearch = failing(commands.servicesSearch);
export const servicesMostAsked = failing(commands.servicesMostAsked);
export const serviceQr = failing(commands.serviceQr);
export const ticketDraw = failing(commands.ticketDraw);
export const staffUnlock = failing(commands.staffUnlock);

// Requests (kiosk and staff)
export const requestTopics = failing(commands.requestTopics);
export const requestSubmit = failing(commands.requestSubmit);

// The day's appointments and fees (staff)
export const dayList = failing(commands.dayList);

// Appointments (kiosk)
export const appointmentForm = failing(commands.appointmentForm);
export const appointmentTimes = failing(commands.appointmentTimes);
export const appointmentReserve = failing(commands.appointmentReserve);
export const appointmentBook = failing(commands.appointmentBook);

// Video calls with a clerk (kiosk)
export const videoCallOpen = failing(commands.videoCallOpen);
export const videoCallStatus = failing(commands.videoCallStatus);

// Online-Ausweis & PIN (kiosk). PINs, CANs and PUKs are passed straight from a PinBuffer's consume().
export const eidReaderState = failing(commands.eidReaderState);
export const eidCardStatus = failing(commands.eidCardStatus);
export const eidCheckNewPin = failing(commands.eidCheckNewPin);
export const eidChangePin = failing(commands.eidChangePin);
export const eidUnblock = failing(commands.eidUnblock);
export const eidChangePinOnPinPad = failing(commands.eidChangePinOnPinPad);
export const eidUnblockOnPinPad = failing(commands.eidUnblockOnPinPad);
export const eidCheckOutcome = failing(commands.eidCheckOutcome);
export const eidHelpRequest = failing(commands.eidHelpRequest);

// Staff window
export const staffOverview = failing(commands.staffOverview);
export const stationsPlan = failing(commands.stationsPlan);
export const stationSelect = failing(commands.stationSelect);
export const ticketsToday = failing(commands.ticketsToday);
export const ticketCallNext = failing(commands.ticketCallNext);
export const ticketMark = failing(commands.ticketMark);
export const desksList = failing(commands.desksList);
export const desksSet = failing(commands.desksSet);
export const printerState = failing(commands.printerState);
export const printerSet = failing(commands.printerSet);
export const printerCheck = failing(commands.printerCheck);
export const printerTest = failing(commands.printerTest);
export const callDisplayOpen = failing(commands.callDisplayOpen);
export const staffLock = failing(commands.staffLock);
export const kioskHeartbeat = failing(commands.kioskHeartbeat);
export const kioskIdle = failing(commands.kioskIdle);
export const kioskQuit = failing(commands.kioskQuit);
export const figuresReport = failing(commands.figuresReport);
export const figuresCsvSave = failing(commands.figuresCsvSave);
export const syncStatus = failing(commands.syncStatus);
export const syncNow = failing(commands.syncNow);
export const syncRetryDead = failing(commands.syncRetryDead);
export const eidStaffOverview = failing(commands.eidStaffOverview);
export const eidHelpDone = failing(commands.eidHelpDone);

// Call display
export const callBoard = failing(commands.callBoard);
