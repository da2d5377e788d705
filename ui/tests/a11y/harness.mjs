/**
 * Shared parts of the accessibility walk-through: the axe-core, layout, touch-target,
 * name and keyboard check of what a page shows (page-checks.js), opening the kiosk, and the list of failures.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {{ width: number, height: number }} Size */
/** @typedef {{ run(context: Document, options: object): Promise<{ violations: { id: string, impact: string, help: string, nodes: { target: string[] }[] }[] }> }} Axe */

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const pageChecksSource = readFileSync(new URL('./page-checks.js', import.meta.url), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
export const screenshotDir = process.env.BK_SCREENSHOTS;
/**
 * What the walk-through found: failures, the screens they concern, and every screen checked.
 * @type {{ failures: string[], failedScreens: Set<string>, checked: number, visited: string[] }}
 */
export const results = { failures: [], failedScreens: new Set(), checked: 0, visited: [] };

/** @param {string} label @param {string} problem */
export function fail(label, problem) {
  results.failedScreens.add(label);
  results.failures.push(`${label}: ${problem}`);
}

/**
 * Runs axe and the page checks on what the page shows now. `scrolls`: the kiosk
 * screen may be taller than the window (large text reflows into a scrolling page).
 * `touch`: the page is used on the station's touchscreen, so every control must be a
 * 44×44 px target (the back office, a desktop page, is not).
 * @param {Page} page @param {string} name @param {{ kiosk?: boolean, lang?: string, scrolls?: boolean, touch?: boolean }} [options]
 */
export async function check(page, name, { kiosk = true, lang = 'de', scrolls = false, touch = true } = {}) {
  results.checked += 1;
  const size = /** @type {Size} */ (page.viewportSize());
  const label = `${name} @${size.width}x${size.height}`;
  results.visited.push(label);
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
  if (!(await page.evaluate(() => 'bkPageChecks' in window))) await page.addScriptTag({ content: pageChecksSource });
  const problems = await page.evaluate(
    ({ fixedHeight, touch }) => {
      const checks = /** @type {any} */ (window).bkPageChecks;
      return [
        ...checks.layoutProblems({ fixedHeight }),
        ...checks.largeTextProblems(),
        ...(touch ? checks.targetProblems() : []),
        ...checks.nameProblems(),
      ];
    },
    { fixedHeight: kiosk && !scrolls, touch },
  );
  const presses = await page.evaluate(() => /** @type {any} */ (window).bkPageChecks.startTabWalk());
  for (let round = 0; round < 4; round++) {
    for (let press = 0; press < presses; press++) await page.keyboard.press('Tab');
    if (await page.evaluate(() => /** @type {any} */ (window).bkPageChecks.tabWalkRoundDone())) break;
  }
  problems.push(...(await page.evaluate(() => /** @type {any} */ (window).bkPageChecks.tabWalkProblems())));
  for (const problem of problems) fail(label, problem);
  const actualLang = await page.evaluate(() => document.documentElement.lang);
  if (actualLang !== lang) fail(label, `<html lang="${actualLang}">, expected "${lang}"`);
}

/** @param {Browser} browser @param {string} url @param {Size} size @param {string} [query] */
export async function openKiosk(browser, url, size, query = '') {
  const page = await browser.newPage({ viewport: size });
  page.on('pageerror', (error) => fail('page', error.message));
  await page.goto(`${url}${query}`);
  await page.getByRole('button', { name: 'Deutsch' }).waitFor();
  return page;
}

/** @param {Page} page @param {string} name */
export const heading = (page, name) => page.getByRole('heading', { level: 1, name }).waitFor();

