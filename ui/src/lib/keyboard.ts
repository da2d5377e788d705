/**
 * Layouts of the on-screen keyboards (German QWERTZ for text; the letters of the
 * kiosk's Ukrainian, Russian, Arabic and Turkish, each with a key to switch to
 * German letters and back; e-mail, phone and date keypads; the digit order of the
 * PIN pad) and how a key press changes the entered text.
 */
import type { Lang } from './fluent';

export type Key =
  | { kind: 'char'; value: string }
  | { kind: 'shift' }
  | { kind: 'space' }
  | { kind: 'backspace' }
  | { kind: 'clear' }
  | { kind: 'script' };

export type KeyboardLayout = readonly (readonly Key[])[];

const chars = (row: string): Key[] => [...row].map((value) => ({ kind: 'char', value }));

/** German keyboard rows as on a QWERTZ keyboard, with ä ö ü ß in their usual places. */
export const GERMAN_LAYOUT: KeyboardLayout = [
  chars('1234567890ß'),
  chars('qwertzuiopü'),
  chars('asdfghjklöä'),
  [{ kind: 'shift' }, ...chars('yxcvbnm-'), { kind: 'backspace' }],
  [{ kind: 'clear' }, { kind: 'space' }],
];

/** E-mail addresses: lower-case QWERTZ with @ . - _ and no space. */
export const EMAIL_LAYOUT: KeyboardLayout = [
  chars('1234567890'),
  chars('qwertzuiop'),
  chars('asdfghjkl@'),
  [...chars('yxcvbnm._-'), { kind: 'backspace' }],
  [{ kind: 'clear' }],
];

/** Phone numbers: digits in phone order, + for the country code and space for grouping. */
export const PHONE_LAYOUT: KeyboardLayout = [
  chars('123'),
  chars('456'),
  chars('789'),
  [...chars('+0'), { kind: 'space' }],
  [{ kind: 'backspace' }, { kind: 'clear' }],
];

/** Dates as TT.MM.JJJJ: digits and the dot. */
export const DATE_LAYOUT: KeyboardLayout = [
  chars('123'),
  chars('456'),
  chars('789'),
  [...chars('.0'), { kind: 'backspace' }],
  [{ kind: 'clear' }],
];

/** Ukrainian ЙЦУКЕН with ї є ґ and the apostrophe. */
const UKRAINIAN_LAYOUT: KeyboardLayout = [
  chars("1234567890'"),
  chars('йцукенгшщзхї'),
  chars('фівапролджє'),
  [{ kind: 'shift' }, ...chars('ячсмитьбюґ-'), { kind: 'backspace' }],
  [{ kind: 'clear' }, { kind: 'space' }],
];

/** Russian ЙЦУКЕН with ё. */
const RUSSIAN_LAYOUT: KeyboardLayout = [
  chars('1234567890ё'),
  chars('йцукенгшщзхъ'),
  chars('фывапролджэ'),
  [{ kind: 'shift' }, ...chars('ячсмитьбю-'), { kind: 'backspace' }],
  [{ kind: 'clear' }, { kind: 'space' }],
];

/** Arabic as on the usual Arabic keyboard; no capitals, so no shift. */
const ARABIC_LAYOUT: KeyboardLayout = [
  chars('1234567890'),
  chars('ضصثقفغعهخحجد'),
  chars('شسيبلاتنمكط'),
  [...chars('ئءؤرىةوزظذ'), { kind: 'backspace' }],
  [{ kind: 'clear' }, { kind: 'space' }],
];

/** Turkish Q with ı ğ ü ş i ö ç in their usual places. */
const TURKISH_LAYOUT: KeyboardLayout = [
  chars('1234567890-'),
  chars('qwertyuıopğü'),
  chars('asdfghjklşi'),
  [{ kind: 'shift' }, ...chars('zxcvbnmöç'), { kind: 'backspace' }],
  [{ kind: 'clear' }, { kind: 'space' }],
];

/** Kiosk languages with letters of their own, and a sample of them for the switch key. */
const LETTERS: Partial<Record<Lang, { layout: KeyboardLayout; sample: string }>> = {
  uk: { layout: UKRAINIAN_LAYOUT, sample: 'АБВ' },
  ru: { layout: RUSSIAN_LAYOUT, sample: 'АБВ' },
  ar: { layout: ARABIC_LAYOUT, sample: 'أبت' },
  tr: { layout: TURKISH_LAYOUT, sample: 'ĞŞİ' },
};

/** What the switch key shows: the letters it switches to. */
export function scriptSample(lang: Lang, german: boolean): string {
  return german ? (LETTERS[lang]?.sample ?? 'ABC') : 'ABC';
}

/** Whether `lang` has letters of its own (and so a switch key to German letters). */
export function hasOwnLetters(lang: Lang): boolean {
  return LETTERS[lang] !== undefined;
}

/**
 * The text keyboard for a citizen reading `lang`: its own letters, or German ones when
 * `german` is set or the language has none; with a switch key where it has its own.
 */
export function textLayout(lang: Lang, german: boolean): KeyboardLayout {
  const own = LETTERS[lang];
  if (!own) return GERMAN_LAYOUT;
  const rows = german ? GERMAN_LAYOUT : own.layout;
  return [...rows.slice(0, -1), [{ kind: 'script' }, ...rows[rows.length - 1]]];
}

/** The layout for each kind of text a field holds. */
export const LAYOUTS = { text: GERMAN_LAYOUT, email: EMAIL_LAYOUT, phone: PHONE_LAYOUT, date: DATE_LAYOUT } as const;
export type LayoutName = keyof typeof LAYOUTS;

/** Digits of the PIN pad in phone order (1–9 in three rows, 0 in the last row between delete and submit). */
export const PIN_PAD_ORDER: readonly string[] = [...'1234567890'];

/**
 * A uniformly drawn whole number in [0, `bound`) from the operating system's
 * cryptographically secure source (`crypto.getRandomValues`), without modulo bias.
 */
export function secureIndex(bound: number): number {
  if (!Number.isInteger(bound) || bound < 1 || bound > 2 ** 32) throw new RangeError(`bound ${bound}`);
  const limit = 2 ** 32 - (2 ** 32 % bound);
  const word = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(word);
    if (word[0] < limit) return word[0] % bound;
  }
}

/**
 * The ten digits in a random order (Fisher–Yates), for a keypad whose layout an
 * onlooker cannot learn from finger positions. `randomIndex(bound)` returns a whole
 * number in [0, bound); by default the cryptographically secure [secureIndex].
 */
export function shuffledDigits(randomIndex: (bound: number) => number = secureIndex): string[] {
  const digits = [...PIN_PAD_ORDER];
  for (let i = digits.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.max(0, Math.floor(randomIndex(i + 1))));
    [digits[i], digits[j]] = [digits[j], digits[i]];
  }
  return digits;
}

/**
 * The character a char key types, upper case by the rules of `locale` (Turkish i → İ);
 * ß has no single upper-case letter and stays ß.
 */
export function keyChar(value: string, shifted: boolean, locale = 'de-DE'): string {
  if (!shifted || value === 'ß') return value;
  return value.toLocaleUpperCase(locale);
}

export interface KeyboardState {
  text: string;
  shifted: boolean;
}

/**
 * Applies a key press. Shift holds for one character, as on phone keyboards.
 * `maxLength` limits the text the way the input's maxlength does.
 */
export function pressKey(state: KeyboardState, key: Key, maxLength = Infinity, locale = 'de-DE'): KeyboardState {
  switch (key.kind) {
    case 'char': {
      if ([...state.text].length >= maxLength) return state;
      return { text: state.text + keyChar(key.value, state.shifted, locale), shifted: false };
    }
    case 'space':
      if ([...state.text].length >= maxLength) return state;
      return { text: state.text + ' ', shifted: state.shifted };
    case 'backspace':
      return { text: [...state.text].slice(0, -1).join(''), shifted: state.shifted };
    case 'clear':
      return { text: '', shifted: false };
    case 'shift':
      return { text: state.text, shifted: !state.shifted };
    case 'script':
      // The keyboard switches its letters itself; the text stays.
      return state;
  }
}
