/**
 * A video call in Debian's Chromium: the citizen's phone opens the call link a station
 * got, a clerk answers in the back office, and both send camera and microphone (the
 * browser's fake devices) through the city's video platform (Janus on 127.0.0.1);
 * the call passes when audio and video arrive on both sides (`getStats`). The phone
 * hands in a document during the call, which appears on the clerk's page. Then the
 * clerk ends the call and the phone shows that it ended. axe-core and the layout
 * checks run on the phone's page, the list of calls and the clerk's call page.
 *
 * Started by the Rust test `crates/central/tests/central/calls.rs`, which runs Janus and
 * the real `bk-central serve` and opens the call as a station. Reads from the
 * environment:
 *   BK_WEB          the back office's base URL
 *   BK_PHONE        the phone's call page (the link the kiosk's QR code has)
 *   BK_PASSWORD     the password of the clerk `s.sachbearbeitung`
 *   BK_SCREENSHOTS  optional: folder for a PNG of every page
 * Exits 0 when every step and check passed.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, check, fail, results, screenshotDir } from '../a11y/harness.mjs';
import { heading, newPage, signIn, web } from './session.mjs';

/** @typedef {import('playwright-core').Page} Page */

const phoneUrl = /** @type {string} */ (process.env.BK_PHONE);
const password = /** @type {string} */ (process.env.BK_PASSWORD);

/** The browser's camera and microphone are fake devices; loopback candidates are allowed. */
const MEDIA_FLAGS = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--allow-loopback-in-peer-connection'];

const PHONE_SIZE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'de-DE' };
const PHONE = { kiosk: false, touch: true };
const DESKTOP = { kiosk: false, touch: false };

/**
 * Bytes received so far per kind (audio, video) on the page's receiving connection.
 * @param {Page} page @returns {Promise<{ audio: number, video: number }>}
 */
const received = (page) =>
  page.evaluate(async () => {
    const connection = /** @type {any} */ (document.querySelector('[data-janus]')).connections?.receiving;
    const bytes = { audio: 0, video: 0 };
    if (!connection) return bytes;
    (await connection.getStats()).forEach((/** @type {any} */ report) => {
      if (report.type === 'inbound-rtp') bytes[/** @type {'audio'|'video'} */ (report.kind)] += report.bytesReceived;
    });
    return bytes;
  });

/**
 * Waits until both kinds have arrived on `page` and grow, and answers the bytes.
 * @param {Page} page @param {string} side
 */
async function mediaArrives(page, side) {
  /** @type {{ audio: number, video: number }} */
  let first = { audio: 0, video: 0 };
  for (let tries = 0; tries < 60; tries++) {
    const now = await received(page);
    if (first.audio > 0 && first.video > 0 && now.audio > first.audio && now.video > first.video) return now;
    if (now.audio > 0 && now.video > 0 && first.audio === 0) first = now;
    await page.waitForTimeout(500);
  }
  fail(side, `no media arrived: ${JSON.stringify(await received(page))}`);
  return first;
}

/** @param {Page} page @param {string} name */
const shoot = async (page, name) => {
  if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/${name}.png` });
};

/** @param {import('playwright-core').Browser} browser */
async function call(browser) {
  // The phone's page as the citizen first sees it, checked (axe needs its CSP bypassed).
  const preview = await (await browser.newContext({ ...PHONE_SIZE, bypassCSP: true })).newPage();
  await preview.goto(phoneUrl);
  await heading(preview, 'Videogespräch mit dem Bürgerservice');
  await check(preview, 'call-phone', PHONE);
  await preview.context().close();

  // The call itself under the page's own content security policy.
  const phoneContext = await browser.newContext(PHONE_SIZE);
  await phoneContext.grantPermissions(['camera', 'microphone']);
  const phone = await phoneContext.newPage();
  phone.on('pageerror', (error) => fail('call-phone', error.message));
  await phone.goto(phoneUrl);
  await phone.getByRole('button', { name: 'Kamera und Mikrofon freigeben und verbinden' }).click();
  await phone.getByText('Sie sind verbunden. Bitte warten Sie einen Moment').waitFor();

  const clerk = await newPage(browser);
  await clerk.context().grantPermissions(['camera', 'microphone']);
  await signIn(clerk, 's.sachbearbeitung', password);
  await clerk.goto(`${web}/gespraeche`);
  await heading(clerk, 'Videogespräche');
  await check(clerk, 'calls-waiting', DESKTOP);
  await clerk.getByRole('button', { name: /^Annehmen: Bürgerkoffer Stern-Center/ }).click();
  await heading(clerk, 'Videogespräch mit Bürgerkoffer Stern-Center');
  await clerk.getByRole('button', { name: 'Kamera und Mikrofon einschalten und beitreten' }).click();
  await clerk.getByText('Sie sprechen mit der Bürgerin oder dem Bürger.').waitFor({ timeout: 20000 });
  await phone.getByText('Sie sprechen mit dem Bürgerservice.').waitFor({ timeout: 20000 });

  const atClerk = await mediaArrives(clerk, 'call-clerk');
  const atPhone = await mediaArrives(phone, 'call-phone');
  console.log(`call: clerk received ${JSON.stringify(atClerk)}, phone received ${JSON.stringify(atPhone)}`);
  await shoot(phone, 'call-phone-talking');
  await check(clerk, 'call-clerk-talking', DESKTOP);

  // A document during the call: sent from the phone without leaving the call, it shows
  // on the clerk's page by itself.
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  await phone.getByLabel('Dateien auswählen').setInputFiles([{ name: 'Mietvertrag.pdf', mimeType: 'application/pdf', buffer: pdf }]);
  await phone.getByRole('button', { name: 'Hochladen' }).click();
  await phone.getByText('Mietvertrag.pdf (1 KB)').waitFor();
  await phone.getByText('Sie sprechen mit dem Bürgerservice.').waitFor();
  await clerk.getByRole('link', { name: 'Mietvertrag.pdf' }).waitFor({ timeout: 25000 });
  if ((await received(phone)).video === 0) fail('call-phone', 'the call stopped when the document was sent');

  await clerk.getByRole('button', { name: 'Mikrofon aus' }).click();
  await clerk.getByRole('button', { name: 'Mikrofon an' }).waitFor();

  await clerk.getByRole('button', { name: 'Gespräch beenden' }).click();
  await heading(clerk, 'Videogespräche');
  await clerk.getByText(/beendet \d\d\.\d\d\.\d{4}/).waitFor();
  await phone.getByText('Das Gespräch ist beendet. Vielen Dank!').waitFor({ timeout: 20000 });
  await shoot(phone, 'call-phone-ended');
  await check(clerk, 'calls-ended', DESKTOP);

  await phone.reload();
  await phone.getByText('Dieses Gespräch ist bereits beendet.').waitFor();
  await phoneContext.close();
  await clerk.context().close();
}

if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_FLAGS, ...MEDIA_FLAGS] });
try {
  await call(browser);
} catch (error) {
  fail('call', `stopped: ${String(error instanceof Error ? error.message : error).split('\n').slice(0, 4).join(' | ')}`);
} finally {
  await browser.close();
}
for (const failure of results.failures) console.error(`FAIL ${failure}`);
console.log(`call: ${results.checked} page checks, ${results.failures.length} failures`);
process.exit(results.failures.length === 0 ? 0 : 1);
