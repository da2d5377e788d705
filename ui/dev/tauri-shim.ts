/**
 * DEV PREVIEW ONLY — never part of the production build (dist/).
 *
 * Stands in for the Tauri shell when the pages are opened in a normal browser
 * (`npm run preview:dev`, the accessibility check): answers the commands of
 * docs/ipc.md with sample data through @tauri-apps/api's own IPC mock. It is
 * injected only by `vite build --mode preview-shim` (see vite.config.ts).
 *
 * URL parameters: `pin=unset` (no staff PIN yet), `idle=N` (idle seconds),
 * `fail=command_name` (that command fails with error code `storage`),
 * `station=none` (no station chosen), `shuffle=1` (shuffled eID keypad),
 * `sync=unenrolled|error` (sync panel states), `printer=paper_out` (the printer's
 * last problem), `desks=2` (two desks: eID at 1, the rest at 2), `calls=N` (numbers
 * called before the page opens; default 1).
 * The sample ID card (see dev/eidCard.ts): `reader=none`, `card=none|other`,
 * `eidcard=two_left|suspended|blocked|puk_used_up|deactivated`, `eidpin=transport`,
 * `eidfail=not_changed|unknown|reader_gone|card_error` (the next PIN change fails so).
 * `window.bkShim` lets the accessibility walk-through lay down or take away the card.
 * `staff_lock` and `kiosk_quit` close no window here: they mark the page
 * (`<html data-shim-closed="staff_lock">`) for the walk-through to see.
 */
import { mockIPC } from '@tauri-apps/api/mocks';
import { SampleCard } from './eidCard';
import { handleAppointments } from './appointments';
import { handleRequests } from './requests';
import { fail, sampleQr } from './sample';
import { handleVideoCalls, videoOffered } from './videoCalls';

const params = new URLSearchParams(location.search);
const today = new Date().toISOString().slice(0, 10);
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

interface SampleService {
  id: string;
  category: string;
  name: { de: string; en: string };
  summary: { de: string; en: string };
  url: string;
  feeCents?: number;
  bookable?: boolean;
}

/** A sample service as `services_search` answers it, in `lang`. */
function serviceView(s: SampleService, lang: Lang) {
  return {
    id: s.id,
    name: s.name[lang],
    summary: s.summary[lang],
    category: s.category,
    url: s.url,
    feeCents: s.feeCents ?? null,
    bookable: s.bookable ?? false,
  };
}

const categories = [
  { id: 'wohnen', de: 'Wohnen & Meldewesen', en: 'Housing & registration' },
  { id: 'ausweis', de: 'Ausweise & Dokumente', en: 'ID cards & documents' },
  { id: 'verkehr', de: 'Verkehr & Parken', en: 'Traffic & parking' },
  { id: 'familie', de: 'Familie & Soziales', en: 'Family & social affairs' },
];

const services: SampleService[] = [
  {
    id: 'wohnsitz-anmelden',
    category: 'wohnen',
    name: { de: 'Wohnsitz anmelden', en: 'Register your residence' },
    summary: { de: 'Nach dem Umzug innerhalb von zwei Wochen anmelden.', en: 'Register within two weeks of moving.' },
    url: 'https://service.potsdam.example/wohnsitz-anmelden',
  },
  {
    id: 'meldebescheinigung',
    category: 'wohnen',
    name: { de: 'Meldebescheinigung beantragen', en: 'Certificate of registration' },
    summary: { de: 'Bescheinigung über Ihre gemeldete Wohnung.', en: 'Proof of your registered address.' },
    url: 'https://service.potsdam.example/meldebescheinigung',
    feeCents: 1000,
    bookable: true,
  },
  {
    id: 'fuehrungszeugnis',
    category: 'ausweis',
    name: { de: 'Führungszeugnis beantragen', en: 'Certificate of good conduct' },
    summary: { de: 'Online mit dem Personalausweis beantragen.', en: 'Apply online with your ID card.' },
    url: 'https://service.potsdam.example/fuehrungszeugnis',
  },
  {
    id: 'personalausweis-verlust',
    category: 'ausweis',
    name: { de: 'Verlust des Personalausweises melden', en: 'Report a lost ID card' },
    summary: { de: 'Verlorenen oder gestohlenen Ausweis sperren lassen.', en: 'Have a lost or stolen ID card blocked.' },
    url: 'https://service.potsdam.example/ausweis-verlust',
  },
  {
    id: 'online-ausweis-nutzen',
    category: 'ausweis',
    name: { de: 'Online-Ausweis nutzen', en: 'Use your online ID' },
    summary: { de: 'Mit Ausweis und Handy online ausweisen.', en: 'Prove who you are online with card and phone.' },
    url: 'https://service.potsdam.example/online-ausweis',
  },
  {
    id: 'neue-pin-buergerservice',
    category: 'ausweis',
    name: { de: 'Neue PIN für den Online-Ausweis', en: 'New PIN for your online ID' },
    summary: {
      de: 'PIN vergessen oder gesperrt? Eine neue PIN setzt Ihnen der Bürgerservice.',
      en: 'Forgot your PIN or is it blocked? The Bürgerservice sets a new one for you.',
    },
    url: 'https://service.potsdam.example/termine',
    bookable: true,
  },
  {
    id: 'bewohnerparken',
    category: 'verkehr',
    name: { de: 'Bewohnerparkausweis beantragen', en: 'Resident parking permit' },
    summary: { de: 'Parken in Ihrer Wohnstraße.', en: 'Park in the street where you live.' },
    url: 'https://service.potsdam.example/bewohnerparken',
  },
  {
    id: 'hundesteuer',
    category: 'familie',
    name: { de: 'Hund anmelden (Hundesteuer)', en: 'Register a dog (dog tax)' },
    summary: { de: 'Jeder Hund in Potsdam muss angemeldet werden.', en: 'Every dog in Potsdam must be registered.' },
    url: 'https://service.potsdam.example/hundesteuer',
  },
  {
    id: 'kita-platz',
    category: 'familie',
    name: { de: 'Kita-Platz suchen', en: 'Find a day-care place' },
    summary: { de: 'Freie Plätze in Kitas und bei Tagespflege finden.', en: 'Find free places in day care.' },
    url: 'https://service.potsdam.example/kita',
  },
];

/** The sample catalogue's languages: like the station's (crates/station/src/catalogue), a language it lacks reads the English. */
type Lang = 'de' | 'en';
const catalogueLang = (lang: unknown): Lang => (lang === undefined || lang === 'de' || lang === 'de-x-ls' ? 'de' : 'en');
type Status = 'waiting' | 'called' | 'served' | 'gone';
type Kind = 'eid' | 'advice' | 'request';
const LETTERS: Record<Kind, string> = { eid: 'A', advice: 'B', request: 'C' };
interface SampleTicket {
  id: string;
  number: number;
  label: string;
  kind: Kind;
  desk: number | null;
  window: { from: string; to: string } | null;
  status: Status;
  drawnAt: string;
  calledAt: string | null;
}
interface SampleDesk {
  number: number;
  kinds: Kind[];
}

let desks: SampleDesk[] =
  params.get('desks') === '2'
    ? [
        { number: 1, kinds: ['eid'] },
        { number: 2, kinds: ['advice', 'request'] },
      ]
    : [{ number: 1, kinds: ['eid', 'advice', 'request'] }];
let printer: { address: string | null; trouble: { code: string; message: string; at: string } | null } = {
  address: params.get('printer') ? '192.168.1.50:9100' : null,
  trouble:
    params.get('printer') === 'paper_out'
      ? { code: 'printer_paper_out', message: 'Der Bondrucker hat kein Papier mehr.', at: new Date().toISOString() }
      : null,
};
const offered = () =>
  (['eid', 'advice', 'request'] as Kind[])
    .filter((kind) => desks.some((desk) => desk.kinds.includes(kind)))
    .map((kind) => ({ kind, letter: LETTERS[kind] }));
const clock = (minutesAhead: number) => {
  const at = new Date(Date.now() + minutesAhead * 60_000);
  return `${String(at.getHours()).padStart(2, '0')}:${String(Math.floor(at.getMinutes() / 5) * 5).padStart(2, '0')}`;
};

const tickets: SampleTicket[] = [];
const card = new SampleCard(params);
(window as unknown as { bkShim: SampleCard }).bkShim = card;
const staffPinSet = params.get('pin') !== 'unset';
let wrongTries = 0;
let selectedStation: string | null = params.get('station') === 'none' ? null : 'schlaatz';

const plan = [
  { id: 'drewitz', name: 'Drewitz, Bürgerhaus', address: 'Konrad-Wolf-Allee 1, 14480 Potsdam', days: [dayOffset(2)] },
  { id: 'schlaatz', name: 'Am Schlaatz, Bürgerhaus', address: 'Schilfhof 28, 14478 Potsdam', days: [today] },
  { id: 'fahrland', name: 'Fahrland, Ortsteilbüro', address: 'Ketziner Straße 12, 14476 Potsdam', days: [dayOffset(5)] },
].map((station) => ({ ...station, hours: { open: '09:00', close: '15:00' } }));

function ticket(id: string): SampleTicket {
  const found = tickets.find((entry) => entry.id === id);
  if (!found) throw { code: 'ticket_not_found', message: 'Wartenummer nicht gefunden' };
  return found;
}

/** Sample figures: a few visitors and waits on each day of the period. */
function sampleFigures(from: string, to: string, lang: Lang) {
  const days: string[] = [];
  for (let day = from; day <= to && days.length < 31; day = dayAfter(day)) days.push(day);
  const figures = (seed: number) => ({
    visitors: 20 + seed * 3,
    called: 19 + seed * 3,
    waitMedian: 8 + seed,
    waitP90: 21 + seed,
    served: 18 + seed * 3,
    serviceMedian: 6,
    serviceP90: 12,
    gone: 1,
    pin: [
      { flow: 'transport_pin', changed: 4 + seed, failed: 1, referred: 0 },
      { flow: 'pin_change', changed: 2, failed: 1, referred: 0 },
      { flow: 'can', changed: 1, failed: 0, referred: 0 },
      { flow: 'puk', changed: 0, failed: 0, referred: 1 },
    ],
    requests: [
      { id: 'termin', name: 'termin', count: 3 + seed },
      { id: 'rueckruf', name: 'rueckruf', count: 2 },
    ],
    qr: services.slice(0, 5).map((s, index) => ({ id: s.id, name: s.name[lang], count: 9 - index * 2 + seed })),
    places: ['Am Schlaatz, Bürgerhaus'],
  });
  return {
    from,
    to,
    total: figures(days.length),
    days: days.map((day, index) => ({ day, figures: figures(index % 4) })),
  };
}

function dayAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

function handle(cmd: string, args: Record<string, unknown>): unknown {
  const lang = catalogueLang(args.lang);
  switch (cmd) {
    case 'kiosk_ready':
      return { msSinceStart: Math.round(performance.now()) };
    case 'kiosk_info':
      return {
        station: selectedStation ? { id: selectedStation, name: plan.find((s) => s.id === selectedStation)?.name } : null,
        today,
        staffPinSet,
        heartbeatMs: null,
        idleSeconds: Number(params.get('idle') ?? 90),
        shuffleKeypad: params.get('shuffle') === '1',
        ticketKinds: offered(),
        videoCalls: videoOffered(params),
      };
    case 'services_categories':
      return categories.map((c) => ({ id: c.id, name: c[lang] }));
    case 'services_search': {
      const query = String(args.query ?? '').toLocaleLowerCase('de-DE');
      return services
        .filter((s) => !args.category || s.category === args.category)
        .filter((s) => `${s.name[lang]} ${s.summary[lang]}`.toLocaleLowerCase('de-DE').includes(query))
        .map((s) => serviceView(s, lang));
    }
    case 'services_most_asked':
      return ['wohnsitz-anmelden', 'online-ausweis-nutzen', 'hundesteuer']
        .map((id) => services.find((s) => s.id === id) as SampleService)
        .map((s) => serviceView(s, lang));
    case 'figures_report':
      return sampleFigures(String(args.from), String(args.to), lang);
    case 'figures_csv_save':
      return `/media/kiosk/USB-STICK/Kennzahlen_${args.from}_${args.to}.csv`;
    case 'service_qr': {
      const service = services.find((s) => s.id === args.id);
      if (!service) return fail('unknown_service', 'Dienst nicht gefunden');
      return { url: service.url, svg: sampleQr(service.url) };
    }
    case 'ticket_draw': {
      if (!selectedStation) return fail('no_station_selected', 'Keine Station gewählt');
      const kind = (args.kind as Kind) ?? 'eid';
      const number = tickets.length + 17;
      const label = `${LETTERS[kind]}-${String(number).padStart(3, '0')}`;
      const waiting = tickets.filter((t) => t.status === 'waiting').length;
      const expectedWaitMinutes = 15 + waiting * 5;
      const window = { from: clock(expectedWaitMinutes), to: clock(expectedWaitMinutes + 15) };
      tickets.push({ id: `t${number}`, number, label, kind, desk: null, window, status: 'waiting', drawnAt: new Date().toISOString(), calledAt: null });
      const qrText = `Wartenummer ${label}\nBürgerservice Potsdam – Am Schlaatz\n${today}`;
      const printed = printer.address !== null && printer.trouble === null;
      return { number, label, kind, day: today, expectedWaitMinutes, window, qrSvg: sampleQr(qrText), qrText, printed };
    }
    case 'staff_unlock':
      if (args.pin === '123456') {
        wrongTries = 0;
        return null;
      }
      wrongTries += 1;
      return wrongTries >= 3
        ? fail('staff_locked', 'Gesperrt', { secondsLeft: 60 })
        : fail('staff_pin_wrong', 'PIN falsch', { triesLeft: 3 - wrongTries });
    case 'staff_overview':
      return {
        station: selectedStation ? { id: selectedStation, name: plan.find((s) => s.id === selectedStation)?.name } : null,
        schemaVersion: 3,
        databasePath: '/var/lib/buergerkoffer/station.sqlite3',
        today,
      };
    case 'stations_plan':
      return plan;
    case 'station_select':
      selectedStation = String(args.id);
      return null;
    case 'day_list':
      return handleAppointments(cmd, args, params);
    case 'tickets_today':
      return tickets.map((entry) => ({ ...entry }));
    case 'ticket_call_next': {
      const desk = desks.find((entry) => entry.number === Number(args.desk ?? 1));
      if (!desk) return fail('unknown_desk', 'Schalter nicht eingerichtet');
      const next = tickets.find((entry) => entry.status === 'waiting' && desk.kinds.includes(entry.kind));
      if (!next) return null;
      next.status = 'called';
      next.desk = desk.number;
      next.calledAt = new Date().toISOString();
      return { ...next };
    }
    case 'ticket_mark': {
      const entry = ticket(String(args.id));
      entry.status = args.status as Status;
      return { ...entry };
    }
    case 'kiosk_heartbeat':
    case 'kiosk_idle':
      return null;
    case 'staff_lock':
    case 'kiosk_quit':
      document.documentElement.dataset.shimClosed = cmd;
      return null;
    case 'call_display_open':
      return null;
    case 'desks_list':
      return desks;
    case 'desks_set': {
      const proposed = args.desks as SampleDesk[];
      if (proposed.length === 0 || proposed.some((desk) => desk.kinds.length === 0)) {
        return fail('desks_invalid', 'Jeder Schalter braucht mindestens ein Anliegen');
      }
      desks = proposed;
      return desks;
    }
    case 'printer_state':
      return printer;
    case 'printer_set': {
      const address = args.address as string | null;
      if (address !== null && !/^[\d.:]+$|^\//.test(address)) return fail('printer_address_invalid', 'Keine Druckeradresse');
      printer = { address, trouble: null };
      return printer;
    }
    case 'printer_check':
    case 'printer_test':
      if (printer.trouble) return fail(printer.trouble.code, printer.trouble.message);
      return cmd === 'printer_check' ? printer : null;
    case 'call_board': {
      const calls = tickets
        .filter((entry) => entry.calledAt !== null)
        .sort((a, b) => (b.calledAt ?? '').localeCompare(a.calledAt ?? '') || b.number - a.number);
      return {
        stationName: selectedStation ? (plan.find((s) => s.id === selectedStation)?.name ?? null) : null,
        current: calls[0] ?? null,
        earlier: calls.slice(1, 6),
        waiting: offered().map((offer) => ({
          ...offer,
          count: tickets.filter((entry) => entry.kind === offer.kind && entry.status === 'waiting').length,
        })),
      };
    }
    default:
      if (cmd.startsWith('eid_')) return card.handle(cmd, args);
      if (cmd.startsWith('request_') || cmd.startsWith('sync_')) return handleRequests(cmd, args, params);
      if (cmd.startsWith('appointment_')) return handleAppointments(cmd, args, params);
      if (cmd.startsWith('video_call_')) return handleVideoCalls(cmd, args, params);
      return fail('unknown_command', `Befehl ${cmd} gibt es nicht`);
  }
}

// Sample tickets so the staff page and the call display have something to show.
for (const kind of ['eid', 'eid', 'advice', 'eid', 'request', 'eid', 'advice', 'eid'] as Kind[]) {
  handle('ticket_draw', { lang: 'de', kind });
}
for (let i = 0; i < Number(params.get('calls') ?? 1); i++) handle('ticket_call_next', { desk: 1 + (i % desks.length) });

mockIPC((cmd, payload) => {
  if (params.get('fail') === cmd) return fail('database', `Beispielfehler in ${cmd}`);
  try {
    return handle(cmd, (payload ?? {}) as Record<string, unknown>);
  } catch (error) {
    return Promise.reject(error);
  }
});
