/**
 * DEV PREVIEW ONLY — sample answers of the appointment commands of docs/ipc.md:
 * the booking's form, free times of the next days (each day 08:00 to 10:30 local
 * time, some taken), a reservation held 15 minutes, and a booking with a sample
 * number; and the staff window's list of the day (one booked appointment, one
 * wish, two fees — one paid online —, the sample calls of ./videoCalls). `?appointments=down` answers as when the appointment system cannot be
 * reached; `?appointments=taken` lets someone else take every time picked.
 */
import { fail, sampleQr } from './sample';
import { callsOfDay } from './videoCalls';

const form = {
  id: 'terminbuchung',
  fields: [
    { name: 'name', kind: 'text', required: true, maxLength: 80 },
    { name: 'email', kind: 'email', required: true, maxLength: 120 },
    { name: 'phone', kind: 'phone', required: false, maxLength: 30 },
  ],
  feeCents: null,
  feeOnline: false,
};

const OFFICE = 'Bürgerservicecenter Potsdam';

/** Free times of the next working days: half-hourly from 07:00 to 09:30 UTC, every third taken. */
function freeTimes(): string[] {
  const times: string[] = [];
  const start = new Date();
  start.setUTCHours(0, 0, 0, 0);
  for (let day = 1; times.length < 40; day++) {
    const date = new Date(start.getTime() + day * 86_400_000);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    for (let slot = 0; slot < 6; slot++) {
      if ((day + slot) % 3 === 0) continue;
      times.push(new Date(date.getTime() + (7 * 60 + slot * 30) * 60_000).toISOString().replace('.000Z', 'Z'));
    }
  }
  return times;
}

let booked = 0;

/** The answer to an appointment command. */
export function handleAppointments(cmd: string, args: Record<string, unknown>, params: URLSearchParams): unknown {
  const down = params.get('appointments') === 'down';
  switch (cmd) {
    case 'appointment_form':
      return form;
    case 'appointment_times':
      if (down) return fail('appointments_unreachable', 'Terminsystem nicht erreichbar');
      return { office: OFFICE, times: freeTimes() };
    case 'appointment_reserve':
      if (params.get('appointments') === 'taken') return fail('slot_taken', 'Termin vergeben');
      return {
        reservation: 'sample-reservation',
        time: args.time,
        office: OFFICE,
        expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
      };
    case 'appointment_book': {
      const fields = (args.fields ?? {}) as Record<string, string>;
      const problems: Record<string, string> = {};
      if (!fields.name) problems.name = 'required';
      if (!fields.email) problems.email = 'required';
      else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(fields.email)) problems.email = 'email_invalid';
      if (Object.keys(problems).length > 0) return fail('request_invalid', 'Angaben ungültig', { fields: problems });
      if (args.consent !== true) return fail('consent_required', 'Keine Einwilligung');
      booked += 1;
      const number = String(4_700 + booked);
      return {
        reference: `BK-TERM-${number}`,
        appointment: { time: args.time, office: OFFICE, number },
        qrSvg: sampleQr(`BEGIN:VEVENT\r\nDTSTART:${String(args.time)}\r\nEND:VEVENT`),
      };
    }
    case 'day_list': {
      const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
      const tomorrow = freeTimes()[0];
      return {
        day: String(args.day),
        appointments: [
          { reference: 'BK-TERM-4701', service: 'Neue PIN für den Online-Ausweis', bookedAt: at(95), time: tomorrow, office: OFFICE, number: '4701' },
          { reference: 'BK-WUNS-CH02', service: 'Personalausweis beantragen', bookedAt: at(20), time: null, office: null, number: null },
        ],
        fees: [
          { reference: 'BK-MELD-E003', service: 'Meldebescheinigung beantragen', cents: 1000, recordedAt: at(50), paid: { at: at(12), online: true } },
          { reference: 'BK-MELD-E004', service: 'Meldebescheinigung beantragen', cents: 1000, recordedAt: at(8), paid: null },
        ],
        calls: callsOfDay(),
      };
    }
    default:
      return fail('unknown_command', `Befehl ${cmd} gibt es nicht`);
  }
}
