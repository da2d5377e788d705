/**
 * Accessibility and layout check of every kiosk screen, the staff page and the
 * call display,
 * including every page and branch of "Anliegen hinterlassen" (requests.mjs),
 * "Termin buchen" (appointments.mjs), "Videogespräch" (video.mjs, also in every
 * other kiosk language) and "Online-Ausweis & PIN" (eid.mjs), in
 * German and English, and the citizen's
 * screens in every other kiosk language and in the display modes (languages.mjs).
 *
 * Builds the pages with the dev-only sample-data IPC shim (dev/serve.mjs), opens
 * them in headless Chromium (playwright-core, /usr/bin/chromium), walks through
 * the screens as a citizen would, and fails on
 *   - any axe-core violation of WCAG 2.0/2.1 A and AA,
 *   - content wider than the window or (kiosk) taller than the screen,
 *   - a wrong `lang` on <html>, or the idle timeout not returning to the start.
 * Both kiosk sizes are checked: 1280×800 and 1920×1080.
 *
 *   node tests/a11y/run.mjs                      # check
 *   BK_SCREENSHOTS=/tmp/shots node tests/a11y/run.mjs   # also save a PNG per screen
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startPreview } from '../../dev/serve.mjs';
import { appointmentDown, appointmentWalk } from './appointments.mjs';
import { eidBranches, eidWalk, eidIdle, keypadOrderProblem } from './eid.mjs';
import { CHROMIUM_FLAGS, SIZES, WCAG_TAGS, check, fail, heading, openKiosk, results, screenshotDir } from './harness.mjs';
import { languageWalk, text } from './languages.mjs';
import { feeWalk, requestWalk } from './requests.mjs';
import { videoDown, videoWalk } from './video.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {{ width: number, height: number }} Size */

/** @param {Browser} browser @param {string} url @param {Size} size */
async function citizenWalk(browser, url, size) {
  const page = await openKiosk(browser, url, size);
  await check(page, 'start');

  await page.getByRole('button', { name: 'Deutsch' }).click();
  await heading(page, 'Wie können wir Ihnen helfen?');
  await check(page, 'home');

  await page.getByRole('button', { name: 'Online-Dienste der Stadt' }).click();
  await heading(page, 'Online-Dienste der Stadt');
  await page.getByText(/Dienste gefunden/).waitFor();
  await check(page, 'services');
  for (const key of ['h', 'u', 'n', 'd']) {
    await page.getByRole('group', { name: 'Bildschirmtastatur' }).getByRole('button', { name: key, exact: true }).click();
  }
  await page.getByText('1 Dienst gefunden').waitFor();
  if ((await page.getByLabel('Dienst suchen').inputValue()) !== 'hund') fail('walk-through', 'on-screen keyboard did not type "hund"');
  await check(page, 'services-search');
  await page.getByRole('button', { name: /Hund anmelden/ }).click();
  await page.getByRole('img', { name: /QR-Code/ }).waitFor();
  await check(page, 'service-detail');
  await page.getByRole('button', { name: 'Zurück zur Liste' }).click();
  await page.getByRole('button', { name: 'Zurück', exact: true }).click();

  await page.getByRole('button', { name: 'Wartenummer ziehen' }).click();
  await heading(page, 'Wartenummer');
  await check(page, 'ticket');
  await page.getByRole('button', { name: /Beratung Online-Dienste/ }).click();
  await heading(page, 'Ihre Wartenummer');
  await page.getByText(/ca\. \d+ Minuten Wartezeit/).waitFor();
  await page.getByText(/Bitte kommen Sie zwischen \d\d:\d\d und \d\d:\d\d Uhr wieder\./).waitFor();
  if (!(await page.getByText(/^B-\d{3}$/).isVisible())) fail('walk-through', 'the advice ticket has no B number');
  await check(page, 'ticket-drawn');
  await page.getByRole('button', { name: 'Fertig' }).click();
  await heading(page, 'Wie können wir Ihnen helfen?');
  await page.close();
}

/** @param {Page} page */
async function tapStaffCorner(page) {
  for (let i = 0; i < 5; i++) await page.mouse.click(10, 10);
  await page.getByRole('dialog').waitFor();
}

/** @param {Browser} browser @param {string} url @param {Size} size */
async function staffDialogs(browser, url, size) {
  const page = await openKiosk(browser, url, size);
  await tapStaffCorner(page);
  await check(page, 'staff-pin-unlock');
  const pad = page.getByRole('group', { name: 'Ziffernblock' });
  for (const digit of '999999') await pad.getByRole('button', { name: digit, exact: true }).click();
  await pad.getByRole('button', { name: 'Bestätigen' }).click();
  await page.getByText(/Die PIN ist falsch\. Sie haben noch 2 Versuche\./).waitFor();
  await check(page, 'staff-pin-wrong');
  await page.close();

  const setup = await openKiosk(browser, url, size, '?pin=unset');
  await tapStaffCorner(setup);
  await setup.getByRole('heading', { name: 'Noch keine Mitarbeiter-PIN' }).waitFor();
  await check(setup, 'staff-pin-unset');
  await setup.close();
}

/** @param {Browser} browser @param {string} url @param {Size} size */
async function englishAndErrors(browser, url, size) {
  const page = await openKiosk(browser, url, size, '?fail=ticket_draw');
  await page.getByRole('button', { name: 'English' }).click();
  await heading(page, 'How can we help you?');
  await check(page, 'home-en', { lang: 'en' });
  await page.getByRole('button', { name: 'Take a waiting number' }).click();
  await page.getByRole('button', { name: /Online ID & PIN/ }).click();
  await page.getByText('That did not work').waitFor();
  await check(page, 'ticket-error-en', { lang: 'en' });
  await page.close();
}

/** @param {Browser} browser @param {string} url */
async function idleTimeout(browser, url) {
  const page = await openKiosk(browser, url, SIZES[0], '?idle=1');
  await page.getByRole('button', { name: text('de', 'mode-contrast') }).click();
  await page.getByRole('button', { name: 'العربية' }).click();
  await page.getByRole('button', { name: text('ar', 'tile-services') }).click();
  await page.getByRole('group', { name: text('ar', 'keyboard-label') }).locator('.bk-key--char').first().click();
  // Back at the start screen, in German, left to right, standard display, with the search forgotten.
  await page.getByRole('button', { name: 'Deutsch', exact: true }).waitFor({ timeout: 5_000 });
  const root = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    contrast: document.documentElement.classList.contains('bk-contrast'),
  }));
  if (root.lang !== 'de' || root.dir !== 'ltr' || root.contrast) fail('walk-through', `idle: not reset: ${JSON.stringify(root)}`);
  await page.getByRole('button', { name: 'Deutsch', exact: true }).click();
  await page.getByRole('button', { name: 'Online-Dienste der Stadt' }).click();
  if ((await page.getByLabel('Dienst suchen').inputValue()) !== '') fail('walk-through', 'idle: search text survived the reset');
  await page.close();
}

/** @param {Browser} browser @param {string} url @param {string} [query] @param {boolean} [clock] */
async function openStaff(browser, url, query = '', clock = false) {
  const page = await browser.newPage({ viewport: SIZES[0] });
  page.on('pageerror', (error) => fail('page', error.message));
  if (clock) await page.clock.install();
  await page.goto(`${url}staff.html${query}`);
  await page.getByRole('button', { name: 'Nächste Nummer aufrufen' }).waitFor();
  return page;
}

/** @param {Browser} browser @param {string} url */
async function staffPage(browser, url) {
  let page = await openStaff(browser, url);
  await page.getByRole('table', { name: 'Wartenummern heute' }).waitFor();
  await page.getByText('Station ist angemeldet').waitFor();
  // The day's bookings, fees (one paid online) and video calls.
  await page.getByRole('table', { name: 'Termine, die Bürgerinnen und Bürger heute hier gebucht haben' }).waitFor();
  await page.getByText('Terminwunsch: wird gebucht, sobald die Zentrale ihn hat').waitFor();
  const fees = page.getByRole('table', { name: 'Gebühren, die heute hier angefordert wurden' });
  await fees.getByText('10,00\u00a0€').first().waitFor();
  await fees.getByText(/^online bezahlt, \d\d:\d\d$/).waitFor();
  await fees.getByText('noch kein Zahlungseingang gemeldet').waitFor();
  const calls = page.getByRole('table', { name: 'Videogespräche, die heute hier begonnen wurden' });
  await calls.getByText('Українська').waitFor();
  await calls.getByText('wartet auf den Bürgerservice').waitFor();
  // A video call staff open for someone at the station, in that person's language.
  await page.getByLabel('Sprache der Person').selectOption('uk');
  await page.getByRole('button', { name: 'Videogespräch beginnen' }).click();
  await page.getByRole('img', { name: 'QR-Code: Link zum Videogespräch für das Handy der Person' }).waitFor();
  await page.getByText(/\/gespraech\/.*\?sprache=uk$/).waitFor();
  await check(page, 'staff', { kiosk: false });
  await page.getByRole('button', { name: 'Nächste Nummer aufrufen' }).click();
  await page.getByRole('button', { name: 'Nummer A-018 wurde bedient' }).waitFor();
  await check(page, 'staff-called', { kiosk: false });

  // Figures: the last 7 days with four charts and their tables, then the CSV file.
  await page.getByRole('button', { name: 'Letzte 7 Tage' }).click();
  await page.getByRole('table', { name: 'Besucher und Wartezeit je Tag' }).getByRole('row').nth(7).waitFor();
  if ((await page.getByRole('img', { name: /Balken: Besucher je Tag/ }).count()) !== 1) {
    fail('staff-figures', 'the chart of the days has no description');
  }
  await check(page, 'staff-figures', { kiosk: false });
  await page.getByRole('button', { name: 'Als CSV-Datei speichern' }).click();
  await page.getByText('/media/kiosk/USB-STICK/Kennzahlen_', { exact: false }).waitFor();
  await check(page, 'staff-figures-saved', { kiosk: false });

  // Desks: two desks, the second without eID; then the printer with a problem.
  await page.getByLabel('Anzahl der Schalter').selectOption('2');
  await page.getByRole('group', { name: 'Schalter 2' }).getByRole('checkbox', { name: 'Online-Ausweis & PIN' }).uncheck();
  await page.getByRole('button', { name: 'Schalter speichern' }).click();
  await page.getByText('Die Schalter sind gespeichert.').waitFor();
  await page.getByLabel('Mein Schalter').selectOption('2');
  await check(page, 'staff-desks', { kiosk: false });
  await page.getByLabel('Adresse des Druckers').fill('drucker.local');
  await page.getByRole('button', { name: 'Drucker speichern' }).click();
  await page.getByText('Das ist keine Druckeradresse.', { exact: false }).waitFor();
  await check(page, 'staff-printer-wrong', { kiosk: false });
  await page.close();
  const paperOut = await openStaff(browser, url, '?printer=paper_out');
  await paperOut.getByRole('link', { name: 'Zum Bondrucker' }).waitFor();
  await paperOut.getByText('Problem mit dem Bondrucker').nth(1).waitFor();
  await check(paperOut, 'staff-printer-paper-out', { kiosk: false });
  await paperOut.close();
  page = await openStaff(browser, url);
  await page.getByRole('table', { name: 'Wartenummern heute' }).waitFor();

  // A citizen at the kiosk asks for help: alert with "Erledigt".
  await page.evaluate(() => /** @type {any} */ (window).bkShim.askHelp('pin_forgotten'));
  await page.getByText('Eine Person am Kiosk braucht Hilfe').waitFor();
  await check(page, 'staff-help', { kiosk: false });
  await page.getByRole('button', { name: /^Hilfe erledigt: PIN vergessen/ }).click();
  await page.getByText('Eine Person am Kiosk braucht Hilfe').waitFor({ state: 'detached' });
  if ((await page.getByText('An Mitarbeitende verwiesen').locator('xpath=..').textContent())?.includes('1') !== true) {
    fail('staff', 'the referred count did not go up');
  }

  // Request for a citizen: errors at the fields, then saved.
  await page.getByRole('button', { name: 'Anliegen speichern' }).click();
  await page.getByText('Bitte füllen Sie dieses Feld aus.').first().waitFor();
  if ((await page.getByLabel('Ihr Name', { exact: true }).evaluate((element) => element === document.activeElement)) !== true) {
    fail('staff-request', 'focus is not on the first invalid field');
  }
  await check(page, 'staff-request-errors', { kiosk: false });
  await page.getByLabel('Ihr Name', { exact: true }).fill('Anna Muster');
  await page.getByLabel('Telefonnummer', { exact: true }).fill('0331 123456');
  await page.getByRole('checkbox', { name: /Die Person hat die Datenschutzhinweise gelesen/ }).check();
  await page.getByRole('button', { name: 'Anliegen speichern' }).click();
  await page.getByText(/Vorgangsnummer: BK-/).waitFor();
  await page.getByRole('img', { name: /^QR-Code zum Hochladen von Unterlagen für Vorgang BK-/ }).waitFor();
  await check(page, 'staff-request-saved', { kiosk: false });

  // A request with a fee: the transfer and the online payment's link beside the reference.
  await page.getByRole('radio', { name: 'Meldebescheinigung per Post' }).check();
  await page.getByLabel('Ihr Name', { exact: true }).fill('Anna Muster');
  await page.getByLabel(/^Ihr Geburtsdatum/).fill('24.12.1950');
  await page.getByLabel(/^Ihre Adresse in Potsdam/).fill('Am Kanal 5');
  await page.getByLabel(/^E-Mail-Adresse/).fill('anna@web.de');
  await page.getByRole('checkbox', { name: /Die Person hat die Datenschutzhinweise gelesen/ }).check();
  await page.getByRole('button', { name: 'Anliegen speichern' }).click();
  await page.getByText(/^Online bezahlt die Person über diesen Link/).waitFor();
  await page.getByText(/\/zahlung\/station\/1\/meldebescheinigung\/BK-/).waitFor();
  await check(page, 'staff-request-saved-fee', { kiosk: false });

  // Sync now: busy, then done.
  await page.getByRole('button', { name: 'Jetzt synchronisieren' }).click();
  await page.getByRole('button', { name: 'Synchronisation läuft …' }).waitFor();
  await check(page, 'staff-syncing', { kiosk: false });
  await page.getByText('Synchronisation beendet.').waitFor();
  await page.close();

  for (const state of ['error', 'unenrolled']) {
    const other = await openStaff(browser, url, `?sync=${state}`);
    await other.getByText(state === 'error' ? 'Letzte Synchronisation fehlgeschlagen' : /noch nicht angemeldet/).waitFor();
    await check(other, `staff-sync-${state}`, { kiosk: false });
    await other.close();
  }

  // Rejected items: send them again, after which the button is gone.
  const dead = await openStaff(browser, url, '?sync=dead');
  await dead.getByRole('button', { name: 'Abgewiesene erneut senden' }).waitFor();
  await check(dead, 'staff-sync-dead', { kiosk: false });
  await dead.getByRole('button', { name: 'Abgewiesene erneut senden' }).click();
  await dead.getByText('Synchronisation beendet.').waitFor();
  if ((await dead.getByRole('button', { name: 'Abgewiesene erneut senden' }).count()) !== 0) {
    fail('staff-sync-dead', 'the retry button stays after the rejected items were sent again');
  }
  await dead.close();

  // Ending the kiosk asks first; the window locks itself after two minutes without
  // input, and not before (a touch starts the two minutes again).
  const quit = await openStaff(browser, url, '', true);
  await quit.getByRole('button', { name: 'Kiosk beenden' }).click();
  await quit.getByRole('button', { name: 'Ja, Kiosk beenden' }).waitFor();
  await check(quit, 'staff-quit-question', { kiosk: false });
  await quit.getByRole('button', { name: 'Abbrechen', exact: true }).click();
  const closedBy = () => quit.evaluate(() => document.documentElement.dataset.shimClosed ?? null);
  await quit.clock.runFor(110_000);
  await quit.mouse.click(5, 5);
  await quit.clock.runFor(110_000);
  if ((await closedBy()) !== null) fail('staff-idle', 'the staff window locked itself within two minutes of a touch');
  await quit.clock.runFor(11_000);
  if ((await closedBy()) !== 'staff_lock') fail('staff-idle', 'the staff window did not lock itself after two minutes without input');
  await quit.close();
}

/** @param {Browser} browser @param {string} url */
async function callDisplay(browser, url) {
  for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
    const page = await browser.newPage({ viewport: size });
    page.on('pageerror', (error) => fail('page', error.message));
    await page.goto(`${url}display.html?desks=2&calls=6`);
    await page.getByText('Zuvor aufgerufen').waitFor();
    await page.getByText('Schalter 2', { exact: true }).first().waitFor();
    await check(page, 'display', { kiosk: true });
    await page.close();
  }
  const empty = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await empty.goto(`${url}display.html?calls=0`);
  await empty.getByText('Noch wurde keine Nummer aufgerufen.').waitFor();
  await check(empty, 'display-none', { kiosk: true });
  await empty.close();
}

if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
// The shuffle check itself must fail on an unshuffled pad, or it proves nothing.
if (keypadOrderProblem('1234567890') === null || keypadOrderProblem('7305196284') !== null) {
  fail('eid-shuffle', 'the keypad order check does not tell a shuffled pad from the usual one');
}
const server = await startPreview(4300);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
try {
  for (const size of SIZES) {
    await citizenWalk(browser, server.url, size);
    await staffDialogs(browser, server.url, size);
    await englishAndErrors(browser, server.url, size);
    for (const lang of /** @type {const} */ (['de', 'en'])) {
      await requestWalk(browser, server.url, size, lang);
      await feeWalk(browser, server.url, size, lang);
      await appointmentWalk(browser, server.url, size, lang);
      await appointmentDown(browser, server.url, size, lang);
      await videoWalk(browser, server.url, size, lang, lang === 'de' && size === SIZES[0]);
      await videoDown(browser, server.url, size, lang);
      await eidWalk(browser, server.url, size, lang);
      await eidBranches(browser, server.url, size, lang);
    }
  }
  await languageWalk(browser, server.url);
  for (const lang of ['de-x-ls', 'uk', 'ru', 'ar', 'tr']) await videoWalk(browser, server.url, SIZES[0], lang);
  await eidIdle(browser, server.url);
  await idleTimeout(browser, server.url);
  await staffPage(browser, server.url);
  await callDisplay(browser, server.url);
} catch (error) {
  fail('walk-through', `stopped: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
} finally {
  await browser.close();
  await server.close();
}

console.log(`a11y: screens visited:\n  ${results.visited.join('\n  ')}`);
for (const failure of results.failures) console.error(`FAIL ${failure}`);
console.log(`a11y: ${results.checked} screen checks (axe ${WCAG_TAGS.join(', ')}, layout, lang)`);
const failedChecks = [...results.failedScreens].filter((label) => label.includes('@')).length;
console.log(`a11y: ${results.checked - failedChecks} passed, ${results.failedScreens.size} failed`);
process.exit(results.failures.length === 0 ? 0 : 1);
