/**
 * The back office of bk-central in Debian's Chromium, as clerks and admins use it,
 * and the upload page a citizen's phone opens from a request's QR code, with axe-core
 * (WCAG 2.0/2.1 A and AA) and the layout check on every page.
 *
 * Started by the Rust test `crates/central/tests/central/browser.rs`, which runs the
 * real `bk-central serve`, pushes a sealed request as a station and creates the
 * accounts. Reads from the environment:
 *   BK_WEB            the back office's base URL (http://127.0.0.1:PORT)
 *   BK_UPLOAD         the upload page of the pushed request (its link, as the QR code has it)
 *   BK_PASSWORD       the accounts' password
 *   BK_ADMIN_TOTP     the admin's TOTP secret (base32)
 *   BK_ASSETS         the folder with services.json and stations.json to publish
 *   BK_SCREENSHOTS    optional: folder for a PNG of every page
 * Accounts: `s.sachbearbeitung` (clerk), `l.gesperrt` (clerk, gets locked),
 * `a.admin` (admin). Exits 0 when every step and check passed.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, check, fail, results, screenshotDir } from '../a11y/harness.mjs';
import { heading, newPage, signIn, totp, web } from './session.mjs';

/** The back office is a desktop page: checked without the touchscreen's 44 px targets. */
const DESKTOP = { kiosk: false, touch: false };

/** @typedef {import('playwright-core').Page} Page */

const upload = /** @type {string} */ (process.env.BK_UPLOAD);
const password = /** @type {string} */ (process.env.BK_PASSWORD);
const assets = /** @type {string} */ (process.env.BK_ASSETS);

/** @param {Page} page @param {string} path @returns {Promise<number>} status of a form post without the CSRF token */
const postWithoutToken = (page, path) =>
  page.evaluate(async (target) => (await fetch(target, { method: 'POST', body: new URLSearchParams({ note: 'x' }) })).status, path);

/** The upload page is a phone's page: a narrow touchscreen, no fixed kiosk height. */
const PHONE = { kiosk: false, touch: true };

/**
 * The citizen hands in a PDF and a file that only calls itself one, on a phone, in
 * German; the page in Arabic runs right to left.
 * @param {import('playwright-core').Browser} browser
 */
async function citizenUpload(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, bypassCSP: true });
  const page = await context.newPage();
  page.on('pageerror', (error) => fail('upload', error.message));
  await page.goto(`${upload}?sprache=de`);
  await heading(page, 'Unterlagen zu Ihrem Anliegen');
  await page.getByText('Zu diesem Anliegen liegen noch keine Unterlagen vor.').waitFor();
  await check(page, 'upload', PHONE);

  const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  await page.getByLabel('Dateien auswählen').setInputFiles([
    { name: 'Mietvertrag.pdf', mimeType: 'application/pdf', buffer: pdf },
    { name: 'Programm.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ not a PDF') },
  ]);
  await page.getByRole('button', { name: 'Hochladen' }).click();
  await page.getByText('Diese Datei haben wir erhalten:').waitFor();
  await page.getByText('Mietvertrag.pdf (1 KB)').waitFor();
  await page.getByText('Programm.pdf: keine PDF-, JPEG- oder PNG-Datei.').waitFor();
  await check(page, 'upload-received', PHONE);

  await page.goto(`${upload}?sprache=ar`);
  if ((await page.locator('html').getAttribute('dir')) !== 'rtl') fail('upload-ar', 'the Arabic page does not run right to left');
  await check(page, 'upload-ar', { ...PHONE, lang: 'ar' });
  await context.close();
}

/** @param {import('playwright-core').Browser} browser */
async function clerkWalk(browser) {
  const page = await newPage(browser);

  await page.goto(`${web}/anliegen`);
  await heading(page, 'Anmelden');
  await check(page, 'login', DESKTOP);

  for (let i = 0; i < 3; i++) await signIn(page, 'l.gesperrt', 'falsches-Passwort-123');
  await page.getByText(/Zu viele Fehlversuche/).waitFor();
  await check(page, 'login-locked', DESKTOP);

  await signIn(page, 's.sachbearbeitung', password);
  await heading(page, 'Anliegen');
  await page.getByRole('cell', { name: 'Bürgerkoffer Stern-Center' }).waitFor();
  await check(page, 'inbox', DESKTOP);
  if ((await page.getByRole('link', { name: 'Stationen' }).count()) !== 0) fail('inbox', 'a clerk is offered the admin pages');

  await page.getByRole('link', { name: /^Öffnen/ }).first().click();
  await heading(page, 'Rückruf');
  await page.getByText('Erika Mustermann').waitFor();
  await page.getByRole('table', { name: 'Unterlagen zum Anliegen' }).getByText('Mietvertrag.pdf').waitFor();
  await check(page, 'request', DESKTOP);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Mietvertrag.pdf' }).click()]);
  if (download.suggestedFilename() !== 'Mietvertrag.pdf') fail('request', `the document downloads as ${download.suggestedFilename()}`);
  const status = await postWithoutToken(page, new URL(page.url()).pathname + '/notiz');
  if (status !== 403) fail('request', `a form post without the CSRF token answered ${status}, not 403`);

  await page.getByLabel(/Notiz/).fill('Rückruf am Dienstag vereinbart');
  await page.getByRole('button', { name: 'Notiz speichern' }).click();
  await page.getByRole('button', { name: 'Als erledigt markieren' }).click();
  await page.getByText(/von s\.sachbearbeitung/).waitFor();
  await check(page, 'request-done', DESKTOP);

  await page.getByRole('link', { name: 'Druckansicht' }).click();
  await page.getByText(/Gedruckt von s\.sachbearbeitung/).waitFor();
  await check(page, 'print', DESKTOP);

  await page.goto(`${web}/kennzahlen`);
  await heading(page, 'Kennzahlen');
  await page.getByRole('table', { name: 'Besucher und Wartezeiten je Station und Tag' }).getByText('Bürgerkoffer Stern-Center').waitFor();
  await check(page, 'figures', DESKTOP);
  const csvHref = await page.getByRole('link', { name: /Als CSV-Datei herunterladen/ }).getAttribute('href');
  const csv = await page.evaluate(async (target) => (await fetch(target)).text(), csvHref ?? '');
  if (!csv.includes('Tag;Station;Orte;Besucher')) fail('figures', `the CSV file does not start with its columns: ${csv.slice(0, 80)}`);

  const forbidden = await page.goto(`${web}/protokoll`);
  if (forbidden?.status() !== 403) fail('forbidden', `a clerk got ${forbidden?.status()} for the audit log`);
  await heading(page, 'Kein Zugriff');
  await check(page, 'forbidden', DESKTOP);

  await page.goto(`${web}/anliegen`);
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await heading(page, 'Anmelden');
  await page.goto(`${web}/anliegen`);
  await heading(page, 'Anmelden');
  await page.context().close();
}

/** @param {import('playwright-core').Browser} browser */
async function adminWalk(browser) {
  const page = await newPage(browser);
  await signIn(page, 'a.admin', password, totp(/** @type {string} */ (process.env.BK_ADMIN_TOTP)));
  await heading(page, 'Anliegen');
  await page.goto(`${web}/anliegen?status=alle`);
  await check(page, 'inbox-admin', DESKTOP);

  await page.getByRole('link', { name: 'Protokoll' }).click();
  await heading(page, 'Protokoll');
  for (const action of ['Anliegen geöffnet', 'Anliegen erledigt', 'Anliegen gedruckt', 'Anmeldung abgelehnt']) {
    await page.getByRole('cell', { name: action, exact: true }).first().waitFor();
  }
  await check(page, 'audit', DESKTOP);

  await page.getByRole('link', { name: 'Stationen' }).click();
  await heading(page, 'Stationen');
  await check(page, 'stations', DESKTOP);
  await page.getByLabel('Name der Station').fill('Weihnachtsmarkt');
  await page.getByRole('button', { name: 'Station anlegen' }).click();
  await heading(page, 'Station angelegt: Weihnachtsmarkt');
  await page.getByRole('img', { name: 'QR-Code mit dem Anmeldecode' }).waitFor();
  await check(page, 'station-code', DESKTOP);
  await page.getByRole('link', { name: 'Zurück zu den Stationen' }).click();
  await page.getByRole('button', { name: 'Sperren: Bürgerkoffer Stern-Center' }).click();
  await page.getByRole('cell', { name: 'gesperrt' }).waitFor();
  await check(page, 'stations-revoked', DESKTOP);

  await page.getByRole('link', { name: 'Konfiguration' }).click();
  await heading(page, 'Konfiguration');
  await check(page, 'config', DESKTOP);
  await page.getByLabel('Leistungskatalog (JSON)').setInputFiles(join(assets, 'services.json'));
  await page.getByLabel('Stationsplan (JSON)').setInputFiles(join(assets, 'stations.json'));
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await page.getByText(/Version 1 ist veröffentlicht/).waitFor();
  await check(page, 'config-published', DESKTOP);
  await page.context().close();
}

if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
try {
  await citizenUpload(browser);
  await clerkWalk(browser);
  await adminWalk(browser);
} catch (error) {
  fail('walk-through', `stopped: ${String(error instanceof Error ? error.message : error).split('\n').slice(0, 4).join(' | ')}`);
} finally {
  await browser.close();
}
for (const failure of results.failures) console.error(`FAIL ${failure}`);
console.log(`backoffice: ${results.checked} page checks, ${results.failures.length} failures`);
process.exit(results.failures.length === 0 ? 0 : 1);
