/**
 * Layouts of the on-screen keyboards (German QWERTZ for text, a numeric pad for
 * PINs) and how a key press changes the entered text.
 */

export type Key =
  | { kind: 'char'; value: string }
  | { kind: 'shift' }
  | { kind: 'space' }
  | { kind: 'backspace' }
  | { kind: 'clear' };

const chars = (row: string): Key[] => [...row].map((value) => ({ kind: 'char', value }));

/** German keyboard rows as on a QWERTZ keyboard, with ä ö ü ß in their usual places. */
export const GERMAN_LAYOUT: readonly (readonly Key[])[] = [
  chars('1234567890ß'),
  chars('qwertzuiopü'),
  chars('asdfghjklöä'),
  [{ kind: 'shift' }, ...chars('yxcvbnm-'), { kind: 'backspace' }],
  [{ kind: 'clear' }, { kind: 'space' }],
];

/** Digits of the PIN pad in phone order; the last row holds backspace, 0 and the submit key. */
export const PIN_PAD_DIGITS: readonly (readonly string[])[] = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
];

/** The character a char key types; ß has no single upper-case letter and stays ß. */
export function keyChar(value: string, shifted: boolean): string {
  if (!shifted || value === 'ß') return value;
  return value.toLocaleUpperCase('de-DE');
}

export interface KeyboardState {
  text: string;
  shifted: boolean;
}

/**
 * Applies a key press. Shift holds for one character, as on phone keyboards.
 * `maxLength` limits the text the way the input's maxlength does.
 */
export function pressKey(state: KeyboardState, key: Key, maxLength = Infinity): KeyboardState {
  switch (key.kind) {
    case 'char': {
      if ([...state.text].length >= maxLength) return state;
      return { text: state.text + keyChar(key.value, state.shifted), shifted: false };
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
  }
}
