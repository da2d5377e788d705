/**
 * Walk-through of "Videogespräch" in any kiosk language: the home screen with the
 * video button, what the call is, the QR code for the phone with the steps and how the
 * call stands (waiting, then answered, then ended, as the dev preview's sample call
 * goes), and the page when no call can be opened. Expected texts come from
 * assets/locales.
 */
import { check, fail, heading, openKiosk } from './harness.mjs';
import { text } from './languages.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {{ width: number, height: number }} Size */

/** The kiosk in `lang` at the video call's first page. @param {Browser} browser @param {string} url @param {Size} size @param {string} lang @param {string} [query] */
async function openVideo(browser, url, size, lang, query = '') {
  const page = await openKiosk(browser, url, size, query);
  await page.locator(`.bk-languages button[lang="${lang}"]`).click();
  await heading(page, text(lang, 'home-title'));
  return page;
}

/**
 * The call from the tile to the QR code; with `follow`, also until the sample call ended
 * (the kiosk asks every few seconds, so only once per run).
 * @param {Browser} browser @param {string} url @param {Size} size @param {string} lang @param {boolean} [follow]
 */
export async function videoWalk(browser, url, size, lang, follow = false) {
  const options = { lang };
  const suffix = lang === 'de' ? '' : `-${lang}`;
  const page = await openVideo(browser, url, size, lang);
  await check(page, `home-with-video${suffix}`, options);
  await page.getByRole('button', { name: text(lang, 'home-video'), exact: true }).click();
  await heading(page, text(lang, 'video-title'));
  await check(page, `video-intro${suffix}`, options);

  await page.getByRole('button', { name: text(lang, 'video-start') }).click();
  await heading(page, text(lang, 'video-open-title'));
  await page.getByRole('img', { name: text(lang, 'video-qr-label') }).waitFor();
  await page.getByText(text(lang, 'video-state-waiting')).waitFor();
  await check(page, `video-open${suffix}`, options);
  if (follow) {
    await page.getByText(text(lang, 'video-state-answered')).waitFor({ timeout: 15000 });
    await page.getByText(text(lang, 'video-state-ended')).waitFor({ timeout: 15000 });
  }
  await page.getByRole('button', { name: text(lang, 'request-done') }).click();
  await heading(page, text(lang, 'home-title'));
  await page.close();
}

/** No call can be opened now: the error with what to do instead; a kiosk without calls has no button. @param {Browser} browser @param {string} url @param {Size} size @param {string} lang */
export async function videoDown(browser, url, size, lang) {
  const suffix = lang === 'de' ? '' : `-${lang}`;
  const page = await openVideo(browser, url, size, lang, '?video=down');
  await page.getByRole('button', { name: text(lang, 'home-video'), exact: true }).click();
  await page.getByRole('button', { name: text(lang, 'video-start') }).click();
  await page.getByText(text(lang, 'error-video_unavailable')).waitFor();
  await check(page, `video-down${suffix}`, { lang });
  await page.getByRole('button', { name: text(lang, 'tile-request') }).click();
  await heading(page, text(lang, 'request-title'));
  await page.close();

  const without = await openVideo(browser, url, size, lang, '?video=off');
  if ((await without.getByRole('button', { name: text(lang, 'home-video'), exact: true }).count()) !== 0) {
    fail(`home-without-video${suffix}`, 'the video button shows on a kiosk that offers no calls');
  }
  await without.close();
}
