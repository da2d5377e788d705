/**
 * DEV PREVIEW ONLY — sample answers of the video call commands of docs/ipc.md: a call
 * opened with a sample link to the central's call page, answered by a clerk after the
 * second question and ended after the fourth; and the staff window's calls of the day.
 * `?video=down` answers as when the central or its video platform cannot be reached;
 * `?video=off` has the kiosk offer no calls.
 */
import { fail, sampleQr } from './sample';

let asked = 0;

/** Whether the kiosk offers video calls. */
export const videoOffered = (params: URLSearchParams): boolean => params.get('video') !== 'off';

/** The calls of the day in the staff window's list. */
export function callsOfDay(): unknown[] {
  const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  return [
    { id: '019a0000-0000-7000-8000-000000000001', openedAt: at(70), lang: 'uk', state: 'ended' },
    { id: '019a0000-0000-7000-8000-000000000002', openedAt: at(5), lang: 'de', state: 'waiting' },
  ];
}

export function handleVideoCalls(cmd: string, args: Record<string, unknown>, params: URLSearchParams): unknown {
  if (params.get('video') === 'down') {
    return fail('video_unavailable', 'Videogespräche sind gerade nicht möglich: Zentrale nicht erreichbar');
  }
  switch (cmd) {
    case 'video_call_open': {
      asked = 0;
      const url = `https://buergerkoffer.potsdam.example/gespraech/019a0000-0000-7000-8000-000000000003/QmVpc3BpZWw?sprache=${String(args.lang)}`;
      return { id: '019a0000-0000-7000-8000-000000000003', url, qrSvg: sampleQr(url), openedAt: new Date().toISOString() };
    }
    case 'video_call_status':
      asked += 1;
      return asked < 2 ? 'waiting' : asked < 4 ? 'answered' : 'ended';
    default:
      return fail('unknown_command', `Befehl ${cmd} gibt es nicht`);
  }
}
