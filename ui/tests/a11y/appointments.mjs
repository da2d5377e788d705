/**
 * Walk-through of "Termin buchen" in any kiosk language: a service's page with
 * its booking button, the free times, the form with the time held for the
 * citizen, the privacy notice with who else receives the details, and the booked
 * appointment with its calendar QR code. In German and English also the page when
 * the appointment system cannot be reached, which offers the appointment wish.
 * Expected texts come from assets/locales.
 */
import { check, fail, heading, openKiosk } from './harness.mjs';
import { text } from './languages.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {{ width: number, height: number }} Size */

/** @param {string} value */
const pattern = (value) => new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** The kiosk in `lang` at the free times of the PIN service. @param {Browser} browser @param {string} url @param {Size} size @param {string} lang @param {string} [query] */
async function openTimes(browser, url, size, lang, query = '') {
  const page = await openKiosk(browser, url, size, query);
  await page.locator(`.bk-languages button[lang="${lang}"]`).click();
  await page.getByRole('button', { name: text(lang, 'tile-services'), exact: true }).click();
  await heading(page, text(lang, 'services-title'));
  // A hardware keyboard types into the search as the on-screen one does.
  await page.locator('#service-query').fill('PIN');
  await page.locator('main li button', { hasText: 'PIN' }).first().click();
  await page.getByRole('button', { name: text(lang, 'appointment-book') }).click();
  return page;
}

/** @param {Browser} browser @param {string} url @param {Size} size @param {string} lang */
export async function appointmentWalk(browser, url, size, lang) {
  const options = { lang };
  const suffix = lang === 'de' ? '' : `-${lang}`;
  const page = await openTimes(browser, url, size, lang);
  await page.locator('.bk-time').first().waitFor();
  await check(page, `appointment-times${suffix}`, options);

  await page.locator('.bk-time').first().click();
  await heading(page, text(lang, 'request-topic-terminbuchung'));
  const held = text(lang, 'appointment-held', { when: '§', until: '§' }).split('§')[0];
  await page.getByText(pattern(held)).waitFor();
  await check(page, `appointment-form${suffix}`, options);

  await page.getByLabel(pattern(text(lang, 'request-field-name'))).fill('Olena Test');
  await page.getByLabel(pattern(text(lang, 'request-field-email'))).fill('olena@example.org');
  await page.getByRole('button', { name: text(lang, 'request-next') }).click();
  await heading(page, text(lang, 'request-privacy-title'));
  await page.getByText(text(lang, 'appointment-privacy-system')).waitFor();
  await check(page, `appointment-privacy${suffix}`, { ...options, scrolls: true });
  await page.getByRole('checkbox', { name: pattern(text(lang, 'request-consent').slice(0, 20)) }).check();
  await page.getByRole('button', { name: text(lang, 'appointment-send') }).click();
  await heading(page, text(lang, 'appointment-done-title'));
  await page.getByRole('img', { name: pattern(text(lang, 'appointment-qr-label', { when: '§' }).split('§')[0]) }).waitFor();
  await check(page, `appointment-done${suffix}`, options);
  await page.getByRole('button', { name: text(lang, 'request-done') }).click();
  await heading(page, text(lang, 'home-title'));
  await page.close();
}

/** The appointment system cannot be reached: the error and the way to the appointment wish. @param {Browser} browser @param {string} url @param {Size} size @param {string} lang */
export async function appointmentDown(browser, url, size, lang) {
  const suffix = lang === 'de' ? '' : `-${lang}`;
  const page = await openTimes(browser, url, size, lang, '?appointments=down');
  await page.getByText(text(lang, 'error-appointments_unreachable')).waitFor();
  const wish = page.getByRole('button', { name: text(lang, 'appointment-wish') });
  await wish.waitFor();
  if ((await page.locator('.bk-time').count()) !== 0) fail(`appointment-down${suffix}`, 'times shown without the system');
  await check(page, `appointment-down${suffix}`, { lang });
  await wish.click();
  await heading(page, text(lang, 'request-topic-termin'));
  await page.close();
}
