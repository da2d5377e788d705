/**
 * DEV PREVIEW ONLY — sample answers of the request and sync commands of
 * docs/ipc.md: the five topics with their fields and fees, a submit that checks
 * them the way the station does (so field errors can be seen) and answers with
 * the transfer of a fee, and a sync status.
 */
import { delay, fail, sampleQr } from './sample';

type Kind = 'text' | 'email' | 'phone' | 'textarea' | 'choice' | 'date';
const field = (name: string, kind: Kind, required: boolean, maxLength: number, options?: string[]) =>
  options ? { name, kind, required, maxLength, options } : { name, kind, required, maxLength };

const name = field('name', 'text', true, 80);
const phone = (required: boolean) => field('phone', 'phone', required, 30);
const email = field('email', 'email', false, 120);
const preferredTime = field('preferred_time', 'choice', false, 20, ['morning', 'afternoon', 'any']);
const message = (required: boolean, maxLength: number) => field('message', 'textarea', required, maxLength);
const reachable = [['phone', 'email']];

const topics = [
  { id: 'rueckruf', fields: [name, phone(true), preferredTime, message(false, 500)], feeCents: null as number | null, feeOnline: false },
  {
    id: 'termin',
    fields: [name, phone(false), email, field('preferred_date', 'date', false, 10), preferredTime, message(false, 500)],
    oneOf: reachable,
    feeCents: null,
    feeOnline: false,
  },
  {
    id: 'frage',
    fields: [name, phone(false), email, field('service', 'text', false, 120), message(true, 1000)],
    oneOf: reachable,
    feeCents: null,
    feeOnline: false,
  },
  {
    id: 'ummeldung',
    fields: [
      name,
      phone(false),
      email,
      field('move_date', 'date', true, 10),
      field('new_address', 'text', true, 160),
      message(false, 500),
    ],
    oneOf: reachable,
    feeCents: null,
    feeOnline: false,
  },
  {
    id: 'meldebescheinigung',
    fields: [
      name,
      field('birth_date', 'date', true, 10),
      field('address', 'text', true, 160),
      phone(false),
      email,
      message(false, 500),
    ],
    oneOf: reachable,
    service: 'meldebescheinigung',
    feeCents: 1000,
    feeOnline: true,
  },
];

/** A page of the central for the phone, valid 14 days from `createdAt`, with its code. */
function phoneQr(url: string, createdAt: Date) {
  return {
    url,
    validUntil: new Date(createdAt.getTime() + 14 * 24 * 3600 * 1000).toISOString(),
    qrSvg: sampleQr(url),
  };
}

/** The transfer that pays `cents` for the request `reference` and the link that pays it online, as the station answers them. */
function payment(cents: number, reference: string, lang: string, createdAt: Date) {
  const transfer = {
    recipient: 'Landeshauptstadt Potsdam',
    iban: 'DE47 1605 0000 0000 0000 00',
    bic: 'WELADED1PMB',
    cents,
    remittance: `Meldebescheinigung ${reference}`,
  };
  const online = `https://zentrale.potsdam.example/zahlung/station/1/meldebescheinigung/${reference}/1/sample-tag?sprache=${lang}`;
  return {
    transfer,
    qrSvg: sampleQr(`BCD\n002\n1\nSCT\n${transfer.bic}\n${transfer.remittance}`),
    online: phoneQr(online, createdAt),
  };
}

type Field = ReturnType<typeof field>;

function formatProblem(spec: Field, value: string): string | null {
  switch (spec.kind) {
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? null : 'email_invalid';
    case 'phone':
      return /^\+?[0-9 ]{4,}$/.test(value) ? null : 'phone_invalid';
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'date_invalid';
    case 'choice':
      return 'options' in spec && spec.options?.includes(value) ? null : 'choice_invalid';
    default:
      return null;
  }
}

function validate(topic: (typeof topics)[number], values: Record<string, string>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const group of topic.oneOf ?? []) {
    if (!group.some((entry) => values[entry])) for (const entry of group) problems[entry] = 'one_of_required';
  }
  for (const spec of topic.fields) {
    const value = values[spec.name];
    if (!value) {
      if (spec.required) problems[spec.name] = 'required';
      continue;
    }
    const problem = [...value].length > spec.maxLength ? 'too_long' : formatProblem(spec, value);
    if (problem) problems[spec.name] = problem;
  }
  return problems;
}

let submitted = 0;
/** `?sync=dead` gives the sample two dead letters once (until they are sent again). */
let deadShown = false;
const sync = {
  enrolled: true,
  centralUrl: 'https://central.potsdam.example',
  pending: 3,
  deadLetter: 0,
  acknowledged: 41,
  lastSuccessAt: new Date(Date.now() - 3_600_000).toISOString() as string | null,
  lastError: null as { at: string; message: string } | null,
  running: false,
};

function reference(): string {
  submitted += 1;
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const part = (seed: number) => [0, 1, 2, 3].map((i) => letters[(seed * 7 + i * 13 + submitted * 5) % letters.length]).join('');
  return `BK-${part(17)}-${part(29)}`;
}

/** The answer to a request or sync command. */
export function handleRequests(cmd: string, args: Record<string, unknown>, params: URLSearchParams): unknown {
  if (params.get('sync') === 'unenrolled') Object.assign(sync, { enrolled: false, centralUrl: null, lastSuccessAt: null });
  if (params.get('sync') === 'error' && !sync.lastError) {
    sync.lastError = { at: new Date(Date.now() - 600_000).toISOString(), message: 'Zentrale nicht erreichbar (Zeitüberschreitung)' };
  }
  if (params.get('sync') === 'dead' && !deadShown) {
    deadShown = true;
    sync.deadLetter = 2;
  }
  switch (cmd) {
    case 'request_topics':
      return topics;
    case 'request_submit': {
      const topic = topics.find((entry) => entry.id === args.topic);
      if (!topic) return fail('unknown_topic', 'Unbekanntes Thema');
      const problems = validate(topic, (args.fields ?? {}) as Record<string, string>);
      if (Object.keys(problems).length > 0) return fail('request_invalid', 'Angaben ungültig', { fields: problems });
      if (args.consent !== true) return fail('consent_required', 'Keine Einwilligung');
      sync.pending += 1;
      const code = reference();
      const createdAt = new Date();
      const url = `https://zentrale.potsdam.example/unterlagen/station/${code}/1/sample-tag?sprache=${String(args.lang)}`;
      return {
        reference: code,
        qrSvg: sampleQr(code),
        createdAt: createdAt.toISOString(),
        payment: topic.feeCents === null ? null : payment(topic.feeCents, code, String(args.lang), createdAt),
        upload: phoneQr(url, createdAt),
      };
    }
    case 'sync_status':
      return { ...sync };
    case 'sync_retry_dead':
      sync.pending += sync.deadLetter;
      sync.deadLetter = 0;
      return handleRequests('sync_now', args, params);
    case 'sync_now':
      if (!sync.enrolled) return fail('sync_not_enrolled', 'Station nicht angemeldet');
      sync.running = true;
      return delay(1_500).then(() => {
        Object.assign(sync, {
          running: false,
          acknowledged: sync.acknowledged + sync.pending,
          pending: 0,
          lastSuccessAt: new Date().toISOString(),
          lastError: null,
        });
        return { ...sync };
      });
    default:
      return fail('unknown_command', `Befehl ${cmd} gibt es nicht`);
  }
}
