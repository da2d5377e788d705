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
 * `station=none` (no station chosen).
 */
import { mockIPC } from '@tauri-apps/api/mocks';

const params = new URLSearchParams(location.search);
const today = new Date().toISOString().slice(0, 10);
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

interface SampleService {
  id: string;
  category: string;
  name: { de: string; en: string };
  summary: { de: string; en: string };
  url: string;
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

type Lang = 'de' | 'en';
type Status = 'waiting' | 'called' | 'served' | 'gone';
interface SampleTicket {
  id: string;
  number: number;
  label: string;
  status: Status;
  drawnAt: string;
  calledAt: string | null;
}

const tickets: SampleTicket[] = [];
let staffPinSet = params.get('pin') !== 'unset';
let wrongTries = 0;
let selectedStation: string | null = params.get('station') === 'none' ? null : 'schlaatz';

const plan = [
  { id: 'drewitz', name: 'Drewitz, Bürgerhaus', address: 'Konrad-Wolf-Allee 1, 14480 Potsdam', days: [dayOffset(2)] },
  { id: 'schlaatz', name: 'Am Schlaatz, Bürgerhaus', address: 'Schilfhof 28, 14478 Potsdam', days: [today] },
  { id: 'fahrland', name: 'Fahrland, Ortsteilbüro', address: 'Ketziner Straße 12, 14476 Potsdam', days: [dayOffset(5)] },
].map((station) => ({ ...station, hours: { open: '09:00', close: '15:00' } }));

/** A QR-like pixel pattern derived from the text: sample picture only, not a scannable code. */
function sampleQr(text: string): string {
  const size = 25;
  let seed = [...text].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) >>> 0, 7);
  const cells: string[] = [];
  const finder = (x: number, y: number) =>
    `<path d="M${x} ${y}h7v7h-7z M${x + 1} ${y + 1}v5h5v-5z M${x + 2} ${y + 2}h3v3h-3z" fill-rule="evenodd"/>`;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inFinder = (x < 8 && y < 8) || (x > 16 && y < 8) || (x < 8 && y > 16);
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      seed >>>= 0;
      if (!inFinder && (seed & 0x100) !== 0) cells.push(`M${x} ${y}h1v1h-1z`);
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-2 -2 29 29" shape-rendering="crispEdges">` +
    `<rect x="-2" y="-2" width="29" height="29" fill="#fff"/><g fill="#000">${finder(0, 0)}${finder(18, 0)}${finder(0, 18)}` +
    `<path d="${cells.join('')}"/></g></svg>`
  );
}

function fail(code: string, message: string, details: Record<string, number> = {}) {
  return Promise.reject({ code, message, ...details });
}

function ticket(id: string): SampleTicket {
  const found = tickets.find((entry) => entry.id === id);
  if (!found) throw { code: 'not_found', message: 'Wartenummer nicht gefunden' };
  return found;
}

function handle(cmd: string, args: Record<string, unknown>): unknown {
  const lang = (args.lang as Lang) ?? 'de';
  switch (cmd) {
    case 'kiosk_info':
      return {
        station: selectedStation ? { id: selectedStation, name: plan.find((s) => s.id === selectedStation)?.name } : null,
        today,
        staffPinSet,
        idleSeconds: Number(params.get('idle') ?? 90),
      };
    case 'services_categories':
      return categories.map((c) => ({ id: c.id, name: c[lang] }));
    case 'services_search': {
      const query = String(args.query ?? '').toLocaleLowerCase('de-DE');
      return services
        .filter((s) => !args.category || s.category === args.category)
        .filter((s) => `${s.name[lang]} ${s.summary[lang]}`.toLocaleLowerCase('de-DE').includes(query))
        .map((s) => ({ id: s.id, name: s.name[lang], summary: s.summary[lang], category: s.category, url: s.url }));
    }
    case 'service_qr': {
      const service = services.find((s) => s.id === args.id);
      if (!service) return fail('not_found', 'Dienst nicht gefunden');
      return { url: service.url, svg: sampleQr(service.url) };
    }
    case 'ticket_draw': {
      if (!selectedStation) return fail('no_station', 'Keine Station gewählt');
      const number = tickets.length + 17;
      const label = `A-${String(number).padStart(3, '0')}`;
      const waiting = tickets.filter((t) => t.status === 'waiting').length;
      tickets.push({ id: `t${number}`, number, label, status: 'waiting', drawnAt: new Date().toISOString(), calledAt: null });
      const qrUrl = `https://service.potsdam.example/wartenummer/${today}/${label}`;
      return { number, label, day: today, expectedWaitMinutes: 15 + waiting * 5, qrSvg: sampleQr(qrUrl), qrUrl };
    }
    case 'staff_pin_setup':
      if (staffPinSet) return fail('staff_pin_already_set', 'PIN ist schon gesetzt');
      staffPinSet = true;
      return null;
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
    case 'tickets_today':
      return tickets.map((entry) => ({ ...entry }));
    case 'ticket_call_next': {
      const next = tickets.find((entry) => entry.status === 'waiting');
      if (!next) return null;
      next.status = 'called';
      next.calledAt = new Date().toISOString();
      return { ...next };
    }
    case 'ticket_mark': {
      const entry = ticket(String(args.id));
      entry.status = args.status as Status;
      return { ...entry };
    }
    case 'staff_lock':
      return null;
    default:
      return fail('unknown_command', `Befehl ${cmd} gibt es nicht`);
  }
}

// Sample tickets so the staff page has something to show.
for (let i = 0; i < 4; i++) handle('ticket_draw', { lang: 'de' });
handle('ticket_call_next', {});

mockIPC((cmd, payload) => {
  if (params.get('fail') === cmd) return fail('storage', `Beispielfehler in ${cmd}`);
  try {
    return handle(cmd, (payload ?? {}) as Record<string, unknown>);
  } catch (error) {
    return Promise.reject(error);
  }
});
