/**
 * The citizen's screens in every kiosk language the start screen offers besides
 * German and English (walked in depth by the other walks): home, the language
 * switch, the staff PIN dialog (in German there), online services and a service,
 * waiting ticket, request topics, form errors and privacy notice, the eID pages
 * (card reader, which PIN, PIN entry, help with the booking QR code), and booking an
 * appointment (appointments.mjs). Expected texts come from assets/locales, so a
 * page that shows German instead of the chosen language fails; Arabic must run
 * right to left. Then the display modes (high contrast, large text, both) in
 * German and Arabic. At 1280×800, the smaller kiosk screen. Pages of running text
 * (privacy notice, help) may scroll there; the working screens may not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { appointmentWalk } from './appointments.mjs';
import { check, fail, heading, openKiosk } from './harness.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {{ width: number, height: number }} Size */

const LOCALES = new URL('../../../assets/locales/', import.meta.url);
const SIZE = { width: 1280, height: 800 };

/** @type {Map<string, FluentBundle>} */
const bundles = new Map();

/** The kiosk's bundle of `lang`, built as the app builds it (isolation marks only right to left). @param {string} lang */
function bundle(lang) {
  let built = bundles.get(lang);
  if (!built) {
    built = new FluentBundle(lang, { useIsolating: lang === 'ar' });
    for (const name of readdirSync(new URL(`${lang}/`, LOCALES)).sort()) {
      built.addResource(new FluentResource(readFileSync(new URL(`${lang}/${name}`, LOCALES), 'utf8')));
    }
    bundles.set(lang, built);
  }
  return built;
}

/** The text of message `id` in `lang`; a message missing there fails the walk. @param {string} lang @param {string} id @param {Record<string, string | number>} [args] */
export function text(lang, id, args) {
  const message = bundle(lang).getMessage(id);
  if (!message?.value) throw new Error(`no message ${id} in ${lang}`);
  return bundle(lang).formatPattern(message.value, args);
}

/** Opens the kiosk and chooses `lang` on the start screen. @param {Browser} browser @param {string} url @param {string} lang @param {string} [query] */
async function openIn(browser, url, lang, query = '') {
  const page = await openKiosk(browser, url, SIZE, query);
  await page.locator(`.bk-languages button[lang="${lang}"]`).click();
  await heading(page, text(lang, 'home-title'));
  const dir = await page.evaluate(() => document.documentElement.dir);
  if (dir !== (lang === 'ar' ? 'rtl' : 'ltr')) fail(`home-${lang}`, `<html dir="${dir}">`);
  return page;
}

/** @param {Page} page @param {string} lang @param {string} tile */
const openTile = (page, lang, tile) => page.getByRole('button', { name: text(lang, tile), exact: true }).click();

/** The languages the start screen offers. @param {Browser} browser @param {string} url @returns {Promise<string[]>} */
async function offeredLanguages(browser, url) {
  const page = await openKiosk(browser, url, SIZE);
  const langs = await page.locator('.bk-languages button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('lang') ?? ''));
  await page.close();
  return langs;
}

/** @param {Browser} browser @param {string} url @param {string} lang */
async function walkIn(browser, url, lang) {
  const options = { lang };
  let page = await openIn(browser, url, lang);
  await check(page, `home-${lang}`, options);
  await page.getByRole('button', { name: `${text(lang, 'language-switch-label')}: ${text(lang, 'language-name')}` }).click();
  await page.locator('#bk-language-list').waitFor();
  await check(page, `language-switch-${lang}`, options);
  await page.keyboard.press('Escape');

  // The staff PIN dialog speaks the staff's language (German), keypad included.
  for (let tap = 0; tap < 5; tap++) await page.mouse.click(10, 10);
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('group', { name: text('de', 'pin-pad-label') }).waitFor();
  if ((await dialog.getAttribute('lang')) !== 'de') fail(`staff-pin-${lang}`, 'the staff PIN dialog is not marked lang="de"');
  await check(page, `staff-pin-${lang}`, options);
  await dialog.getByRole('button', { name: text('de', 'staff-pin-cancel') }).click();

  await openTile(page, lang, 'tile-services');
  await heading(page, text(lang, 'services-title'));
  await page.getByText(text(lang, 'services-most-asked')).waitFor();
  await check(page, `services-${lang}`, options);
  await page.locator('main li button').first().click();
  await page.getByRole('img', { name: /QR/ }).waitFor();
  await check(page, `service-detail-${lang}`, options);
  await page.close();

  page = await openIn(browser, url, lang);
  await openTile(page, lang, 'tile-ticket');
  await heading(page, text(lang, 'ticket-title'));
  await check(page, `ticket-${lang}`, options);
  await page.getByRole('button', { name: text(lang, 'ticket-kind-advice') }).click();
  await heading(page, text(lang, 'ticket-your-number'));
  await check(page, `ticket-drawn-${lang}`, options);
  await page.close();

  page = await openIn(browser, url, lang);
  await openTile(page, lang, 'tile-request');
  await heading(page, text(lang, 'request-title'));
  await check(page, `request-topics-${lang}`, options);
  await page.getByRole('button', { name: text(lang, 'request-topic-rueckruf') }).click();
  await page.getByRole('button', { name: text(lang, 'request-next') }).click();
  await page.getByText(text(lang, 'request-invalid-required')).first().waitFor();
  await check(page, `request-form-errors-${lang}`, options);
  const keyboard = page.getByRole('group', { name: text(lang, 'keyboard-label') });
  await page.getByLabel(new RegExp(`^${text(lang, 'request-field-name')}`)).click();
  if (lang !== 'de-x-ls' && (await keyboard.getByRole('button', { name: text(lang, 'keyboard-other-letters') }).count()) !== 1) {
    fail(`request-form-errors-${lang}`, 'the keyboard has no key for German letters');
  }
  await page.getByLabel(new RegExp(`^${text(lang, 'request-field-name')}`)).fill('Olena Test');
  await page.getByLabel(new RegExp(`^${text(lang, 'request-field-phone')}`)).fill('0331 123456');
  await page.getByRole('button', { name: text(lang, 'request-next') }).click();
  await heading(page, text(lang, 'request-privacy-title'));
  await check(page, `request-privacy-${lang}`, { ...options, scrolls: true });
  await page.getByRole('checkbox', { name: text(lang, 'request-consent') }).check();
  await page.getByRole('button', { name: text(lang, 'request-send') }).click();
  await heading(page, text(lang, 'request-done-title'));
  await page.getByRole('button', { name: text(lang, 'request-upload-show') }).click();
  await page.getByRole('heading', { level: 2, name: text(lang, 'request-upload-title') }).waitFor();
  await check(page, `request-done-upload-${lang}`, options);
  await page.close();

  page = await openIn(browser, url, lang);
  await openTile(page, lang, 'tile-eid');
  await heading(page, text(lang, 'eid-choose-title'));
  await check(page, `eid-choose-${lang}`, options);
  await page.getByRole('button', { name: new RegExp(`^${escape(text(lang, 'eid-choose-transport'))}`) }).click();
  await heading(page, text(lang, 'eid-transport-title'));
  await check(page, `eid-transport-pin-${lang}`, options);
  await page.close();

  page = await openIn(browser, url, lang, '?card=none');
  await openTile(page, lang, 'tile-eid');
  await heading(page, text(lang, 'eid-wait-title-start'));
  await check(page, `eid-insert-${lang}`, options);
  await page.close();

  page = await openIn(browser, url, lang, '?eidcard=puk_used_up');
  await openTile(page, lang, 'tile-eid');
  await heading(page, text(lang, 'eid-help-title-puk_used_up'));
  await page.getByRole('img', { name: text(lang, 'eid-help-qr-label') }).waitFor();
  await check(page, `eid-help-puk-used-up-${lang}`, { ...options, scrolls: true });
  await page.close();
}

/** @param {string} value */
const escape = (value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** @param {Browser} browser @param {string} url @param {string} lang */
async function modesIn(browser, url, lang) {
  for (const [name, ids] of /** @type {const} */ ([
    ['contrast', ['mode-contrast']],
    ['large', ['mode-large-text']],
    ['both', ['mode-contrast', 'mode-large-text']],
  ])) {
    const options = { lang, scrolls: name !== 'contrast' };
    // The first mode on the start screen (in German), the second on the page through the language and display menu.
    const page = await openKiosk(browser, url, SIZE);
    await page.getByRole('button', { name: text('de', ids[0]), exact: true }).click();
    await check(page, `start-${name}`, { scrolls: options.scrolls });
    await page.locator(`.bk-languages button[lang="${lang}"]`).click();
    await heading(page, text(lang, 'home-title'));
    const second = ids[1];
    if (second) {
      await page.getByRole('button', { name: `${text(lang, 'language-switch-label')}: ${text(lang, 'language-name')}` }).click();
      await page.getByRole('button', { name: text(lang, second), exact: true }).click();
      await check(page, `display-menu-${name}-${lang}`, options);
      await page.keyboard.press('Escape');
    }
    const marks = await page.evaluate(() => [...document.documentElement.classList].filter((c) => c.startsWith('bk-')).sort());
    const expected = ids.map((id) => (id === 'mode-contrast' ? 'bk-contrast' : 'bk-large-text')).sort();
    if (marks.join() !== expected.join()) fail(`home-${name}-${lang}`, `display marks ${marks}, expected ${expected}`);
    await check(page, `home-${name}-${lang}`, options);
    await openTile(page, lang, 'tile-eid');
    await heading(page, text(lang, 'eid-choose-title'));
    await page.getByRole('button', { name: new RegExp(`^${escape(text(lang, 'eid-choose-pin'))}`) }).click();
    await heading(page, text(lang, 'eid-current-title'));
    await check(page, `eid-pin-${name}-${lang}`, options);
    await page.close();
  }
}

/**
 * The done page of a request with a fee — the transfer, then the online payment's code —
 * switched to `lang` after a German walk to it: long labels must neither squeeze the
 * IBAN nor push the buttons off the screen. @param {Browser} browser @param {string} url @param {string} lang
 */
async function feeDoneIn(browser, url, lang) {
  const options = { lang };
  const page = await openIn(browser, url, 'de');
  await openTile(page, 'de', 'tile-services');
  const keyboard = page.getByRole('group', { name: text('de', 'keyboard-label') });
  for (const key of 'meldeb') await keyboard.getByRole('button', { name: key, exact: true }).click();
  await page.getByRole('button', { name: /^Meldebescheinigung beantragen/ }).click();
  await page.getByRole('button', { name: text('de', 'request-topic-meldebescheinigung') }).click();
  const fields = [
    ['request-field-name', 'Anna'],
    ['request-field-birth_date', '24.12.1950'],
    ['request-field-address', 'Am Kanal 5'],
    ['request-field-email', 'anna@web.de'],
  ];
  for (const [id, value] of fields) await page.getByLabel(new RegExp(`^${text('de', id)}`)).fill(value);
  await page.getByRole('button', { name: text('de', 'request-next') }).click();
  await page.getByRole('checkbox', { name: text('de', 'request-consent') }).check();
  await page.getByRole('button', { name: text('de', 'request-send') }).click();
  await heading(page, text('de', 'request-done-title'));
  await page.getByRole('button', { name: `${text('de', 'language-switch-label')}: ${text('de', 'language-name')}` }).click();
  await page.locator(`#bk-language-list button[lang="${lang}"]`).click();
  await heading(page, text(lang, 'request-done-title'));
  await check(page, `request-done-fee-${lang}`, options);
  await page.getByRole('button', { name: text(lang, 'request-pay-online-show') }).click();
  const title = (await page.locator('#bk-pay-online-title').textContent()) ?? '';
  const before = text(lang, 'request-pay-online-title', { amount: '§' }).split('§')[0].replace(/[\u2068\u2069]/g, '');
  if (!title.trim().startsWith(before.trim())) fail(`request-done-pay-online-${lang}`, `heading "${title}"`);
  await check(page, `request-done-pay-online-${lang}`, options);
  await page.close();
}

/** Every offered language but German and English, then the modes in German and Arabic. @param {Browser} browser @param {string} url */
export async function languageWalk(browser, url) {
  const offered = await offeredLanguages(browser, url);
  if (offered.length !== 7) fail('start', `the start screen offers ${offered.length} languages, not 7: ${offered}`);
  for (const lang of offered.filter((l) => l !== 'de' && l !== 'en')) {
    await walkIn(browser, url, lang);
    await feeDoneIn(browser, url, lang);
    await appointmentWalk(browser, url, SIZE, lang);
  }
  for (const lang of ['de', 'ar']) await modesIn(browser, url, lang);
}
