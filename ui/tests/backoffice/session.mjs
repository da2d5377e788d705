/**
 * What the back office's browser walks share: the back office's address (BK_WEB), a
 * page in a context of its own, signing in, the one-time code of an admin.
 */
import { createHmac } from 'node:crypto';
import { fail } from '../a11y/harness.mjs';

/** @typedef {import('playwright-core').Page} Page */

/** The back office's base URL (http://127.0.0.1:PORT). */
export const web = /** @type {string} */ (process.env.BK_WEB);

/** RFC 6238 code (HMAC-SHA-1, 30 s, 6 digits) of a base32 secret. @param {string} base32 */
export function totp(base32) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of base32) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000)));
  const digest = createHmac('sha1', Buffer.from(bytes)).update(counter).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/**
 * A page in its own browser context. axe-core is injected as a script, which the
 * back office's CSP (no scripts at all) would block: only for the test it is bypassed.
 * @param {import('playwright-core').Browser} browser
 */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', bypassCSP: true });
  const page = await context.newPage();
  page.on('pageerror', (error) => fail('page', error.message));
  return page;
}

/** @param {Page} page @param {string} name */
export const heading = (page, name) => page.getByRole('heading', { level: 1, name }).waitFor();

/** @param {Page} page @param {string} name @param {string} secret @param {string} [code] */
export async function signIn(page, name, secret, code = '') {
  await page.goto(`${web}/anmelden`);
  await page.getByLabel('Anmeldename').fill(name);
  await page.getByLabel('Passwort').fill(secret);
  await page.getByLabel('Einmalcode').fill(code);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

