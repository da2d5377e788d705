/**
 * Walk-through of "Anliegen hinterlassen" in German or English: topics, form
 * with the text, e-mail, phone and date keyboards, errors at the fields (from
 * the UI's own check and from the station), privacy notice and consent, done
 * page with the reference code; and a request with a fee (a certificate by
 * post), ordered from its service's page: the fee there and on the form, and
 * how to pay it on the done page; on both done pages the code to hand in
 * documents from the phone.
 */
import { check, fail, heading, openKiosk } from './harness.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {{ width: number, height: number }} Size */

const TEXT = {
  de: {
    language: 'Deutsch',
    home: 'Wie können wir Ihnen helfen?',
    tile: 'Anliegen hinterlassen',
    termin: 'Terminwunsch im Bürgerservicecenter',
    rueckruf: 'Rückruf',
    keyboard: 'Bildschirmtastatur',
    next: 'Weiter',
    name: 'Ihr Name',
    email: 'E-Mail-Adresse',
    phone: 'Telefonnummer',
    date: 'Wunschtag',
    required: 'Bitte füllen Sie dieses Feld aus.',
    oneOf: /Bitte geben Sie Telefonnummer oder E-Mail-Adresse an/,
    emailInvalid: /keine gültige E-Mail-Adresse/,
    dateInvalid: /kein gültiges Datum/,
    privacy: 'Datenschutz: Was passiert mit Ihren Angaben?',
    send: 'Anliegen absenden',
    consent: /Ich habe die Hinweise gelesen/,
    consentMissing: 'Bitte setzen Sie den Haken, wenn Sie einverstanden sind.',
    done: 'Danke, Ihr Anliegen ist gespeichert',
    finish: 'Fertig',
    clear: 'Alles löschen',
    services: 'Online-Dienste der Stadt',
    service: 'Meldebescheinigung beantragen',
    search: 'meldeb',
    certificate: 'Meldebescheinigung per Post',
    fee: 'Gebühr: 10,00\u00a0€',
    feeNotice: 'Das kostet 10,00\u00a0€.',
    birthDate: 'Ihr Geburtsdatum',
    address: 'Ihre Adresse in Potsdam',
    space: 'Leerzeichen',
    pay: 'Gebühr bezahlen: 10,00\u00a0€',
    payQr: 'QR-Code für die Überweisung von 10,00\u00a0€ an Landeshauptstadt Potsdam',
    uploadShow: 'Unterlagen mit dem Handy nachreichen',
    uploadQr: /^QR-Code zum Hochladen von Unterlagen für Vorgang BK-/,
    uploadBackPay: 'Zurück zur Zahlung',
    uploadBackReference: 'Zurück zur Vorgangsnummer',
    payOnlineShow: 'Mit dem Handy online bezahlen',
    payOnline: 'Online bezahlen: 10,00\u00a0€',
    payOnlineQr: /^QR-Code zur Online-Bezahlung von 10,00\s€ für Vorgang BK-/,
    payOnlineBack: 'Zurück zur Überweisung',
  },
  en: {
    language: 'English',
    home: 'How can we help you?',
    tile: 'Leave a request',
    termin: 'Appointment at the citizen service centre',
    rueckruf: 'Call back',
    keyboard: 'On-screen keyboard',
    next: 'Next',
    name: 'Your name',
    email: 'E-mail address',
    phone: 'Phone number',
    date: 'Preferred day',
    required: 'Please fill in this field.',
    oneOf: /Please fill in one of these fields so that we can reach you: Phone number or E-mail address/,
    emailInvalid: /not a valid e-mail address/,
    dateInvalid: /not a valid date/,
    privacy: 'Privacy: what happens to your details?',
    send: 'Send request',
    consent: /I have read the information/,
    consentMissing: 'Please tick the box if you agree.',
    done: 'Thank you, your request is saved',
    finish: 'Done',
    clear: 'Delete all',
    services: 'Online services of the city',
    service: 'Certificate of registration',
    search: 'registration',
    certificate: 'Certificate of registration by post',
    fee: 'Fee: €10.00',
    feeNotice: 'This costs €10.00.',
    birthDate: 'Your date of birth',
    address: 'Your address in Potsdam',
    space: 'Space',
    pay: 'Pay the fee: €10.00',
    payQr: 'QR code for the transfer of €10.00 to Landeshauptstadt Potsdam',
    uploadShow: 'Upload documents with your phone',
    uploadQr: /^QR code for uploading documents for the request with reference number BK-/,
    uploadBackPay: 'Back to the payment',
    uploadBackReference: 'Back to the reference number',
    payOnlineShow: 'Pay online with your phone',
    payOnline: 'Pay online: €10.00',
    payOnlineQr: /^QR code for paying €10\.00 online for the request with reference number BK-/,
    payOnlineBack: 'Back to the bank transfer',
  },
};

/** The form field whose label starts with `label` (optional fields add "(freiwillig)"). @param {Page} page @param {string} label */
const field = (page, label) => page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

/** Types `text` on the on-screen keyboard (one key per character). @param {Page} page @param {string} keyboard @param {string} text */
async function typeKeys(page, keyboard, text) {
  const keys = page.getByRole('group', { name: keyboard });
  for (const char of text) await keys.getByRole('button', { name: char, exact: true }).click();
}

/** Fails unless the field labelled `label` has aria-invalid and an error matching `message`. @param {Page} page @param {string} label @param {string | RegExp} message @param {string} screen */
async function expectFieldError(page, label, message, screen) {
  const input = field(page, label);
  const state = await input.evaluate((element) => ({
    invalid: element.getAttribute('aria-invalid'),
    description: (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  }));
  if (state.invalid !== 'true') fail(screen, `${label}: aria-invalid is ${state.invalid}`);
  const matches = typeof message === 'string' ? state.description.includes(message) : message.test(state.description);
  if (!matches) fail(screen, `${label}: described as "${state.description.trim()}", expected ${message}`);
}

/** @param {Page} page @param {string} label @param {string} screen */
async function expectFocus(page, label, screen) {
  const focused = await field(page, label).evaluate((element) => element === document.activeElement);
  if (!focused) fail(screen, `focus is not on the field "${label}"`);
}

/** The kiosk at its home screen in `lang`, with the walk's texts and the screen name suffix. @param {Browser} browser @param {string} url @param {Size} size @param {'de' | 'en'} lang */
async function openIn(browser, url, size, lang) {
  const text = TEXT[lang];
  const page = await openKiosk(browser, url, size);
  await page.getByRole('button', { name: text.language }).click();
  return { page, text, suffix: lang === 'de' ? '' : '-en' };
}

/** @param {Browser} browser @param {string} url @param {Size} size @param {'de' | 'en'} lang */
export async function requestWalk(browser, url, size, lang) {
  const { page, text, suffix } = await openIn(browser, url, size, lang);
  await page.getByRole('button', { name: text.tile }).click();
  await heading(page, text.tile);
  await check(page, `request-topics${suffix}`, { lang });

  await page.getByRole('button', { name: new RegExp(`^${text.termin}`) }).click();
  await heading(page, text.termin);
  await check(page, `request-form${suffix}`, { lang });

  // Nothing filled in: errors at the fields, focus on the first one.
  await page.getByRole('button', { name: text.next }).click();
  await page.getByText(text.required).first().waitFor();
  await expectFieldError(page, text.name, text.required, 'request-form-errors');
  await expectFieldError(page, text.email, text.oneOf, 'request-form-errors');
  await expectFocus(page, text.name, 'request-form-errors');
  await check(page, `request-form-errors${suffix}`, { lang });

  await typeKeys(page, text.keyboard, 'anna');
  await field(page, text.email).click();
  await typeKeys(page, text.keyboard, 'anna@web');
  await check(page, `request-form-email${suffix}`, { lang });
  await field(page, text.date).click();
  await typeKeys(page, text.keyboard, '31.02.2027');
  await check(page, `request-form-date${suffix}`, { lang });
  if ((await field(page, text.name).inputValue()) !== 'anna') fail('request-walk', 'the keyboard did not type the name');

  await page.getByRole('button', { name: text.next }).click();
  await heading(page, text.privacy);
  const checkbox = page.getByRole('checkbox', { name: text.consent });
  if (await checkbox.isChecked()) fail('request-privacy', 'the consent box is ticked in advance');
  await check(page, `request-privacy${suffix}`, { lang });
  await page.getByRole('button', { name: text.send }).click();
  await page.getByText(text.consentMissing).waitFor();
  if (!(await checkbox.evaluate((element) => element === document.activeElement))) fail('request-consent', 'focus not on the consent box');
  await check(page, `request-consent-missing${suffix}`, { lang });

  // The station refuses the e-mail address and the date: back at the form, at the fields.
  await checkbox.check();
  await page.getByRole('button', { name: text.send }).click();
  await page.getByText(text.emailInvalid).waitFor();
  await expectFieldError(page, text.email, text.emailInvalid, 'request-station-errors');
  await expectFieldError(page, text.date, text.dateInvalid, 'request-station-errors');
  await expectFocus(page, text.email, 'request-station-errors');
  await check(page, `request-station-errors${suffix}`, { lang });

  await page.getByRole('group', { name: text.keyboard }).getByRole('button', { name: text.clear }).click();
  await typeKeys(page, text.keyboard, 'anna@web.de');
  await field(page, text.date).click();
  await page.getByRole('group', { name: text.keyboard }).getByRole('button', { name: text.clear }).click();
  await typeKeys(page, text.keyboard, '01.02.2027');
  await page.getByRole('button', { name: text.next }).click();
  await heading(page, text.privacy);
  await page.getByRole('checkbox', { name: text.consent }).check();
  await page.getByRole('button', { name: text.send }).click();
  await heading(page, text.done);
  await page.getByText(/^BK-[A-Z0-9]{4}-[A-Z0-9]{4}$/).waitFor();
  await check(page, `request-done${suffix}`, { lang });
  const upload = { show: text.uploadShow, heading: text.uploadShow, qr: text.uploadQr, back: text.uploadBackReference };
  await showPhoneCode(page, upload, `request-done-upload${suffix}`, lang);
  await page.getByRole('button', { name: text.finish }).click();
  await heading(page, text.home);

  // Phone layout (call back).
  await page.getByRole('button', { name: text.tile }).click();
  await page.getByRole('button', { name: new RegExp(`^${text.rueckruf}`) }).click();
  await field(page, text.phone).click();
  await typeKeys(page, text.keyboard, '+49331');
  if ((await field(page, text.phone).inputValue()) !== '+49331') fail('request-walk', 'the phone keypad did not type');
  await check(page, `request-form-phone${suffix}`, { lang });
  await page.close();
}

/**
 * A code of the done page for the phone (the upload page's, the payment page's): shown
 * in place of the other code, with the focus on its heading, then back to the other.
 * @param {Page} page @param {{ show: string, heading: string, qr: RegExp, back: string }} code
 * @param {string} name @param {'de' | 'en'} lang
 */
async function showPhoneCode(page, code, name, lang) {
  await page.getByRole('button', { name: code.show }).click();
  await page.getByRole('img', { name: code.qr }).waitFor();
  const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  if (focused !== code.heading) fail(name, `focus not on the code's heading but on "${focused}"`);
  if ((await page.locator('.bk-qr').count()) !== 1) fail(name, 'more than one QR code on the screen');
  await check(page, name, { lang });
  await page.getByRole('button', { name: code.back }).click();
  await page.getByRole('button', { name: code.show }).waitFor();
}

/** A request with a fee: a certificate by post, paid by bank transfer or online. @param {Browser} browser @param {string} url @param {Size} size @param {'de' | 'en'} lang */
export async function feeWalk(browser, url, size, lang) {
  const { page, text, suffix } = await openIn(browser, url, size, lang);
  await page.getByRole('button', { name: text.services }).click();
  await typeKeys(page, text.keyboard, text.search);
  await page.getByRole('button', { name: new RegExp(`^${text.service}`) }).click();
  await heading(page, text.service);
  await page.getByText(text.fee).waitFor();
  await check(page, `service-detail-fee${suffix}`, { lang });
  await page.getByRole('button', { name: text.certificate }).click();
  await heading(page, text.certificate);
  await page.getByText(text.feeNotice).waitFor();
  await check(page, `request-fee-form${suffix}`, { lang });

  // The check walks the focus through the page: the name field is chosen again.
  await field(page, text.name).click();
  await typeKeys(page, text.keyboard, 'anna');
  await field(page, text.birthDate).click();
  await typeKeys(page, text.keyboard, '24.12.1950');
  await field(page, text.address).click();
  await typeKeys(page, text.keyboard, 'am');
  await page.getByRole('group', { name: text.keyboard }).getByRole('button', { name: text.space }).click();
  await typeKeys(page, text.keyboard, 'kanal');
  await field(page, text.email).click();
  await typeKeys(page, text.keyboard, 'anna@web.de');
  await page.getByRole('button', { name: text.next }).click();
  await heading(page, text.privacy);
  await page.getByRole('checkbox', { name: text.consent }).check();
  await page.getByRole('button', { name: text.send }).click();
  await heading(page, text.done);
  await page.getByRole('heading', { level: 2, name: text.pay }).waitFor();
  const reference = (await page.getByText(/^BK-[A-Z0-9]{4}-[A-Z0-9]{4}$/).textContent()) ?? '';
  await page.getByText(`Meldebescheinigung ${reference}`, { exact: true }).waitFor();
  await page.getByText('DE47 1605 0000 0000 0000 00', { exact: true }).waitFor();
  await page.getByRole('img', { name: text.payQr }).waitFor();
  await check(page, `request-done-fee${suffix}`, { lang });
  const upload = { show: text.uploadShow, heading: text.uploadShow, qr: text.uploadQr, back: text.uploadBackPay };
  await showPhoneCode(page, upload, `request-done-fee-upload${suffix}`, lang);
  await page.getByRole('img', { name: text.payQr }).waitFor();
  const online = { show: text.payOnlineShow, heading: text.payOnline, qr: text.payOnlineQr, back: text.payOnlineBack };
  await showPhoneCode(page, online, `request-done-pay-online${suffix}`, lang);
  await page.getByRole('img', { name: text.payQr }).waitFor();
  await page.getByRole('button', { name: text.finish }).click();
  await heading(page, text.home);
  await page.close();
}
