/**
 * Walk-through of "Online-Ausweis & PIN" in German or English against the
 * sample card of the preview shim (dev/eidCard.ts: PIN 975312, CAN 628491,
 * PUK 1234567890): waiting for the card, which PIN, PIN entry, new-PIN rules
 * and mismatch, wrong PIN, CAN, success; and the branches (no reader, other
 * card, PUK, PUK used up, deactivated, PIN forgotten, card removed with and
 * without a known outcome, reader lost, card error, card taken away while
 * typing, shuffled keypad, idle reset).
 */
import { SIZES, check, fail, heading, openKiosk } from './harness.mjs';
import { text as localized } from './languages.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {{ width: number, height: number }} Size */

const PIN = '975312';
const NEW_PIN = '240613';
const CAN = '628491';
const PUK = '1234567890';

const TEXT = {
  de: {
    language: 'Deutsch',
    tile: 'Online-Ausweis & PIN',
    insert: 'Legen Sie Ihren Ausweis auf das Lesegerät',
    ready: /Das Lesegerät ist bereit/,
    otherCard: /Diese Karte hat keine Online-Ausweisfunktion/,
    noReader: 'Kein Lesegerät gefunden – bitte Mitarbeitende ansprechen',
    choose: 'Welche PIN haben Sie?',
    sixDigits: /^6-stellige PIN/,
    forgotten: /^PIN vergessen/,
    current: 'Jetzige PIN eingeben',
    newPin: 'Neue PIN wählen',
    repeat: 'Neue PIN wiederholen',
    sequence: 'Die neue PIN darf keine einfache Folge wie 123456 sein.',
    mismatch: /Die beiden Eingaben waren nicht gleich/,
    changing: 'Ihre PIN wird geändert …',
    twoLeft: 'Sie haben noch 2 Versuche.',
    can: 'Zugangsnummer eingeben',
    lastTry: /Das ist Ihr letzter Versuch/,
    changed: 'Ihre PIN ist geändert',
    puk: 'PUK eingeben',
    pukWrong: 'Die PUK war falsch',
    unblocked: 'Ihre PIN ist entsperrt',
    help: {
      other: 'Die Mitarbeitenden helfen Ihnen',
      puk_used_up: 'Ihre PUK ist verbraucht',
      deactivated: 'Die Online-Ausweisfunktion ist ausgeschaltet',
      pin_forgotten: 'PIN vergessen',
    },
    bookQr: 'QR-Code: Termin im Bürgerservicecenter buchen',
    told: 'Die Mitarbeitenden wissen Bescheid',
    removed: 'Der Ausweis wurde weggenommen',
    unknown: 'Bitte legen Sie den Ausweis wieder auf',
    readerGone: 'Das Lesegerät ist nicht mehr verbunden',
    failed: 'Das hat nicht geklappt',
    callStaff: 'Mitarbeitende rufen',
    pad: 'Ziffernblock',
    submit: 'Weiter',
    done: 'Fertig',
    noDigits: 'Keine Ziffer eingegeben',
  },
  en: {
    language: 'English',
    tile: 'Online ID & PIN',
    insert: 'Place your ID card on the card reader',
    ready: /The reader is ready/,
    otherCard: /This card has no online ID function/,
    noReader: 'No card reader found – please ask our staff',
    choose: 'Which PIN do you have?',
    sixDigits: /^6-digit PIN/,
    forgotten: /^I forgot my PIN/,
    current: 'Enter your current PIN',
    newPin: 'Choose a new PIN',
    repeat: 'Repeat the new PIN',
    sequence: 'The new PIN must not be a simple sequence like 123456.',
    mismatch: /The two entries were not the same/,
    changing: 'Changing your PIN …',
    twoLeft: 'You have 2 tries left.',
    can: 'Enter the card access number',
    lastTry: /This is your last try/,
    changed: 'Your PIN has been changed',
    puk: 'Enter the PUK',
    pukWrong: 'The PUK was wrong',
    unblocked: 'Your PIN is unblocked',
    help: {
      other: 'Our staff will help you',
      puk_used_up: 'Your PUK is used up',
      deactivated: 'The online ID function is switched off',
      pin_forgotten: 'Forgot your PIN',
    },
    bookQr: 'QR code: book an appointment at the Bürgerservicecenter',
    told: 'Our staff have been told',
    removed: 'The ID card was taken away',
    unknown: 'Please place your ID card on the reader again',
    readerGone: 'The card reader is no longer connected',
    failed: 'That did not work',
    callStaff: 'Call staff',
    pad: 'Keypad',
    submit: 'Next',
    done: 'Done',
    noDigits: 'No digit entered',
  },
};

/** @typedef {typeof TEXT.de} Texts */

/** @param {Page} page @param {Texts} text @param {string} digits */
async function typeDigits(page, text, digits) {
  const pad = page.getByRole('group', { name: text.pad });
  for (const digit of digits) await pad.getByRole('button', { name: digit, exact: true }).click();
}

/** @param {Page} page @param {Texts} text @param {string} digits */
async function enter(page, text, digits) {
  await typeDigits(page, text, digits);
  await page.getByRole('group', { name: text.pad }).getByRole('button', { name: text.submit }).click();
}

/** @param {Page} page @param {'none' | 'eid' | 'other'} kind */
const lay = (page, kind) => page.evaluate((card) => /** @type {any} */ (window).bkShim.card(card), kind);

/** Opens the eID flow with shim parameters. @param {Browser} browser @param {string} url @param {Size} size @param {Texts} text @param {string} query */
async function openEid(browser, url, size, text, query) {
  const page = await openKiosk(browser, url, size, query);
  await page.getByRole('button', { name: text.language }).click();
  await page.getByRole('button', { name: text.tile }).click();
  return page;
}

/** Current PIN, new PIN twice. @param {Page} page @param {Texts} text @param {string} current */
async function changeWith(page, text, current) {
  await heading(page, text.current);
  await enter(page, text, current);
  await heading(page, text.newPin);
  await enter(page, text, NEW_PIN);
  await heading(page, text.repeat);
  await enter(page, text, NEW_PIN);
}

/** The main path with the wrong-PIN and CAN branches. @param {Browser} browser @param {string} url @param {Size} size @param {'de' | 'en'} lang */
export async function eidWalk(browser, url, size, lang) {
  const text = TEXT[lang];
  const suffix = lang === 'de' ? '' : '-en';
  const page = await openEid(browser, url, size, text, '?card=none');
  await heading(page, text.insert);
  await page.getByText(text.ready).waitFor();
  await check(page, `eid-insert${suffix}`, { lang });
  await lay(page, 'other');
  await page.getByText(text.otherCard).waitFor();
  await check(page, `eid-other-card${suffix}`, { lang });

  await lay(page, 'eid');
  await heading(page, text.choose);
  await check(page, `eid-choose${suffix}`, { lang });
  await page.getByRole('button', { name: text.sixDigits }).click();
  await heading(page, text.current);
  await check(page, `eid-current${suffix}`, { lang });
  await enter(page, text, '111111');
  await heading(page, text.newPin);
  await check(page, `eid-new${suffix}`, { lang });
  await enter(page, text, '123456');
  await page.getByText(text.sequence).waitFor();
  await check(page, `eid-new-rule${suffix}`, { lang });
  await enter(page, text, NEW_PIN);
  await heading(page, text.repeat);
  await check(page, `eid-repeat${suffix}`, { lang });
  await enter(page, text, '240614');
  await page.getByText(text.mismatch).waitFor();
  await check(page, `eid-mismatch${suffix}`, { lang });
  await enter(page, text, NEW_PIN);
  await enter(page, text, NEW_PIN);
  await heading(page, text.changing);
  if ((await page.getByRole('button').count()) !== 0) fail('eid-changing', 'buttons are offered while the card is being changed');
  await check(page, `eid-changing${suffix}`, { lang });
  await heading(page, text.current);
  await page.getByText(text.twoLeft).waitFor();
  await check(page, `eid-pin-wrong${suffix}`, { lang });

  await changeWith(page, text, '111111');
  await heading(page, text.can);
  await check(page, `eid-can${suffix}`, { lang });
  await enter(page, text, CAN);
  await page.getByText(text.lastTry).waitFor();
  await check(page, `eid-last-try${suffix}`, { lang });
  await enter(page, text, PIN);
  await enter(page, text, NEW_PIN);
  await enter(page, text, NEW_PIN);
  await heading(page, text.changed);
  await page.getByRole('img', { name: /QR/ }).waitFor();
  await check(page, `eid-changed${suffix}`, { lang });
  await page.getByRole('button', { name: text.done }).click();
  await page.close();
}

/** @param {Browser} browser @param {string} url @param {Size} size @param {'de' | 'en'} lang */
export async function eidBranches(browser, url, size, lang) {
  const text = TEXT[lang];
  const suffix = lang === 'de' ? '' : '-en';
  /** @param {string} query @param {(page: Page) => Promise<void>} steps */
  const scenario = async (query, steps) => {
    const page = await openEid(browser, url, size, text, query);
    await steps(page);
    await page.close();
  };

  await scenario('?reader=none', async (page) => {
    await page.getByText(text.noReader).waitFor();
    await check(page, `eid-no-reader${suffix}`, { lang });
    await page.getByRole('button', { name: text.callStaff }).click();
    await heading(page, text.help.other);
    await page.getByText(text.told).waitFor();
    await check(page, `eid-help-other${suffix}`, { lang, scrolls: true });
  });

  await scenario('?eidcard=blocked', async (page) => {
    await heading(page, text.puk);
    await check(page, `eid-puk${suffix}`, { lang });
    await enter(page, text, '1111111111');
    await page.getByText(text.pukWrong).waitFor();
    await check(page, `eid-puk-wrong${suffix}`, { lang });
    await enter(page, text, PUK);
    await heading(page, text.unblocked);
    await check(page, `eid-unblocked${suffix}`, { lang });
  });

  for (const state of /** @type {const} */ (['puk_used_up', 'deactivated'])) {
    await scenario(`?eidcard=${state}`, async (page) => {
      await heading(page, text.help[state]);
      await page.getByText(text.told).waitFor();
      await page.getByRole('img', { name: text.bookQr }).waitFor();
      await check(page, `eid-help-${state}${suffix}`, { lang, scrolls: true });
      // The way to a new PIN: the appointment, booked here.
      await page.getByRole('button', { name: localized(lang, 'appointment-book') }).click();
      await page.locator('.bk-time').first().waitFor();
    });
  }

  await scenario('?eidcard=suspended', async (page) => {
    await heading(page, text.can);
    await check(page, `eid-can-suspended${suffix}`, { lang });
    await enter(page, text, CAN);
    await heading(page, text.choose);
    await page.getByText(text.lastTry).or(page.getByText(/1 (Versuch|try)/)).first().waitFor();
    await check(page, `eid-choose-last-try${suffix}`, { lang });
    await page.getByRole('button', { name: text.forgotten }).click();
    await heading(page, text.help.pin_forgotten);
    await page.getByRole('img', { name: text.bookQr }).waitFor();
    await check(page, `eid-help-pin-forgotten${suffix}`, { lang, scrolls: true });
  });

  // A reader with a PIN pad: which PIN, then everything is typed on the reader.
  const onReader = localized(lang, 'eid-on-reader-title');
  await scenario('?pinpad=1', async (page) => {
    await heading(page, text.choose);
    await page.getByText(localized(lang, 'eid-choose-on-reader')).waitFor();
    await check(page, `eid-choose-pin-pad${suffix}`, { lang });
    await page.getByRole('button', { name: localized(lang, 'eid-choose-transport') }).click();
    await heading(page, onReader);
    await page.getByText(localized(lang, 'eid-on-reader-transport_pin')).waitFor();
    if ((await page.getByRole('button').count()) !== 0) fail('eid-on-reader', 'buttons are offered while the citizen types on the reader');
    await check(page, `eid-on-reader${suffix}`, { lang });
    await page.getByText(localized(lang, 'eid-on-reader-new_pin')).waitFor();
    await heading(page, text.changed);
  });
  await scenario('?pinpad=1&eidcard=blocked', async (page) => {
    await heading(page, onReader);
    await page.getByText(localized(lang, 'eid-on-reader-puk')).waitFor();
    await check(page, `eid-on-reader-puk${suffix}`, { lang });
    await heading(page, text.unblocked);
  });

  const failures = [
    ['not_changed', text.removed],
    ['unknown', text.unknown],
    ['reader_gone', text.readerGone],
    ['card_error', text.failed],
  ];
  for (const [failure, title] of failures) {
    await scenario(`?eidfail=${failure}`, async (page) => {
      await page.getByRole('button', { name: text.sixDigits }).click();
      await changeWith(page, text, PIN);
      await heading(page, title);
      await check(page, `eid-fail-${failure}${suffix}`, { lang });
      if (failure === 'unknown') {
        // The card is back: the kiosk checks whether the change took effect (here it did).
        await lay(page, 'eid');
        await heading(page, text.changed);
      }
    });
  }

  await scenario('?shuffle=1&eidcard=two_left', async (page) => {
    await heading(page, text.choose);
    await page.getByText(text.twoLeft).waitFor();
    await check(page, `eid-choose-two-left${suffix}`, { lang });
    await page.getByRole('button', { name: text.sixDigits }).click();
    await heading(page, text.current);
    const order = await page
      .getByRole('group', { name: text.pad })
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((button) => button.textContent?.trim()).filter((label) => /^\d$/.test(label ?? '')).join(''));
    const problem = keypadOrderProblem(order);
    if (problem) fail('eid-shuffle', problem);
    await check(page, `eid-shuffled${suffix}`, { lang });
    // The card is taken away while typing: nothing was changed.
    await typeDigits(page, text, '12');
    await lay(page, 'none');
    await heading(page, text.removed);
  });
}

/**
 * What is wrong with a keypad that should be shuffled, from its digits in reading order:
 * not each digit once, or the usual order (an onlooker learns the PIN from the fingers).
 * @param {string} order @returns {string | null}
 */
export function keypadOrderProblem(order) {
  if (order.split('').sort().join('') !== '0123456789') return `keypad digits ${order}`;
  if (order === '1234567890') return 'shuffling is on, but the keypad shows the usual order';
  return null;
}

/** The idle reset forgets typed digits. @param {Browser} browser @param {string} url */
export async function eidIdle(browser, url) {
  const text = TEXT.de;
  const page = await openEid(browser, url, SIZES[0], text, '?idle=2');
  await page.getByRole('button', { name: text.sixDigits }).click();
  await typeDigits(page, text, '975');
  // exact: the header's language menu button is named "Sprache wählen: Deutsch".
  await page.getByRole('button', { name: text.language, exact: true }).waitFor({ timeout: 6_000 });
  await page.getByRole('button', { name: text.language, exact: true }).click();
  await page.getByRole('button', { name: text.tile }).click();
  await page.getByRole('button', { name: text.sixDigits }).click();
  await heading(page, text.current);
  if ((await page.getByRole('status').filter({ hasText: text.noDigits }).count()) !== 1) {
    fail('walk-through', 'idle: the eID digits survived the reset');
  }
  await page.close();

  // The change takes 1.2 s, longer than the idle time of 1 s: the idle timer must stand
  // still while the card works, so the citizen sees the result.
  const slow = await openEid(browser, url, SIZES[0], text, '?idle=1');
  await slow.getByRole('button', { name: text.sixDigits }).click();
  await changeWith(slow, text, PIN);
  await heading(slow, text.changed).catch(() => fail('walk-through', 'idle: the reset cut off a running card command'));
  await slow.close();
}
