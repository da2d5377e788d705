/**
 * Accessibility and layout check of every kiosk screen and the staff page.
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
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startPreview } from '../../dev/serve.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {{ width: number, height: number }} Size */
/** @typedef {{ run(context: Document, options: object): Promise<{ violations: { id: string, impact: string, help: string, nodes: { target: string[] }[] }[] }> }} Axe */

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
const screenshotDir = process.env.BK_SCREENSHOTS;
/** @type {string[]} */
const failures = [];
/** @type {Set<string>} */
const failedScreens = new Set();
let checked = 0;

/** @param {string} label @param {string} problem */
function fail(label, problem) {
  failedScreens.add(label);
  failures.push(`${label}: ${problem}`);
}

/**
 * Runs axe and the layout checks on what the page shows now.
 * @param {Page} page @param {string} name @param {{ kiosk?: boolean, lang?: string }} [options]
 */
async function check(page, name, { kiosk = true, lang = 'de' } = {}) {
  checked += 1;
  const size = /** @type {Size} */ (page.viewportSize());
  const label = `${name} @${size.width}x${size.height}`;
  await page.evaluate(() => document.fonts.ready);
  if (screenshotDir) {
    await page.screenshot({ path: join(screenshotDir, `${label.replace(/[^a-z0-9@-]+/gi, '_')}.png`) });
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(
    (tags) =>
      /** @type {{ axe: Axe }} */ (/** @type {unknown} */ (window)).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    WCAG_TAGS,
  );
  for (const violation of result.violations) {
    const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
    fail(label, `axe ${violation.id} (${violation.impact}): ${violation.help} — ${targets}`);
  }
  const layout = await page.evaluate((isKiosk) => {
    const problems = [];
    const width = document.documentElement.clientWidth;
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1 && !element.closest('dialog:not([open])')) {
        problems.push(`wider than the window: <${element.tagName.toLowerCase()} class="${element.getAttribute('class')}">`);
      }
    }
    const dialog = document.querySelector('dialog[open]');
    if (dialog && dialog.getBoundingClientRect().bottom > window.innerHeight + 1) {
      problems.push('the open dialog is taller than the screen');
    }
    const main = document.querySelector('main');
    if (isKiosk && main && main.scrollHeight > main.clientHeight + 1) {
      problems.push(`screen content taller than the screen (${main.scrollHeight} > ${main.clientHeight})`);
    }
    return problems;
  }, kiosk);
  for (const problem of layout) fail(label, problem);
  const actualLang = await page.evaluate(() => document.documentElement.lang);
  if (actualLang !== lang) fail(label, `<html lang="${actualLang}">, expected "${lang}"`);
}

/** @param {Browser} browser @param {string} url @param {Size} size @param {string} [query] */
async function openKiosk(browser, url, size, query = '') {
  const page = await browser.newPage({ viewport: size });
  page.on('pageerror', (error) => fail('page', error.message));
  await page.goto(`${url}${query}`);
  await page.getByRole('button', { name: 'Deutsch' }).waitFor();
  return page;
}

/** @param {Page} page @param {string} name */
const heading = (page, name) => page.getByRole('heading', { level: 1, name }).waitFor();

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
  await page.getByRole('button', { name: 'Wartenummer ziehen' }).click();
  await heading(page, 'Ihre Wartenummer');
  await page.getByText(/ca\. \d+ Minuten Wartezeit/).waitFor();
  await check(page, 'ticket-drawn');
  await page.getByRole('button', { name: 'Fertig' }).click();

  for (const tile of ['Online-Ausweis & PIN', 'Anliegen hinterlassen']) {
    await page.getByRole('button', { name: tile }).click();
    await page.getByText('Bald verfügbar').waitFor();
    await check(page, `soon-${tile}`);
    await page.getByRole('button', { name: 'Zurück', exact: true }).click();
    await heading(page, 'Wie können wir Ihnen helfen?');
  }
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
  await setup.getByRole('heading', { name: 'Mitarbeiter-PIN festlegen' }).waitFor();
  await check(setup, 'staff-pin-setup');
  await setup.close();
}

/** @param {Browser} browser @param {string} url @param {Size} size */
async function englishAndErrors(browser, url, size) {
  const page = await openKiosk(browser, url, size, '?fail=ticket_draw');
  await page.getByRole('button', { name: 'English' }).click();
  await heading(page, 'How can we help you?');
  await check(page, 'home-en', { lang: 'en' });
  await page.getByRole('button', { name: 'Take a waiting number' }).click();
  await page.getByRole('button', { name: 'Take a waiting number' }).click();
  await page.getByText('That did not work').waitFor();
  await check(page, 'ticket-error-en', { lang: 'en' });
  await page.close();
}

/** @param {Browser} browser @param {string} url */
async function idleTimeout(browser, url) {
  const page = await openKiosk(browser, url, SIZES[0], '?idle=1');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Online services of the city' }).click();
  await page.getByRole('group', { name: 'On-screen keyboard' }).getByRole('button', { name: 'k', exact: true }).click();
  // Back at the start screen, in German, with the search forgotten.
  await page.getByRole('button', { name: 'Deutsch' }).waitFor({ timeout: 5_000 });
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'de') fail('walk-through', 'idle: lang not reset to de');
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await page.getByRole('button', { name: 'Online-Dienste der Stadt' }).click();
  if ((await page.getByLabel('Dienst suchen').inputValue()) !== '') fail('walk-through', 'idle: search text survived the reset');
  await page.close();
}

/** @param {Browser} browser @param {string} url */
async function staffPage(browser, url) {
  const page = await browser.newPage({ viewport: SIZES[0] });
  page.on('pageerror', (error) => fail('page', error.message));
  await page.goto(`${url}staff.html`);
  await page.getByRole('button', { name: 'Nächste Nummer aufrufen' }).waitFor();
  await page.getByRole('table').waitFor();
  await check(page, 'staff', { kiosk: false });
  await page.getByRole('button', { name: 'Nächste Nummer aufrufen' }).click();
  await page.getByRole('button', { name: 'Nummer A-018 wurde bedient' }).waitFor();
  await check(page, 'staff-called', { kiosk: false });
  await page.close();
}

if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
const server = await startPreview(4300);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
try {
  for (const size of SIZES) {
    await citizenWalk(browser, server.url, size);
    await staffDialogs(browser, server.url, size);
    await englishAndErrors(browser, server.url, size);
  }
  await idleTimeout(browser, server.url);
  await staffPage(browser, server.url);
} catch (error) {
  fail('walk-through', `stopped: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
} finally {
  await browser.close();
  await server.close();
}

for (const failure of failures) console.error(`FAIL ${failure}`);
console.log(`a11y: ${checked} screen checks (axe ${WCAG_TAGS.join(', ')}, layout, lang)`);
const failedChecks = [...failedScreens].filter((label) => label.includes('@')).length;
console.log(`a11y: ${checked - failedChecks} passed, ${failedScreens.size} failed`);
process.exit(failures.length === 0 ? 0 : 1);
