/**
 * Holds the digits of a PIN while it is typed on the on-screen pad. The digits
 * live in an array that is overwritten on clear, so the PIN does not linger as
 * long-lived strings. JavaScript strings cannot be overwritten, so the string
 * for the command is built only inside the call and no reference is kept.
 */
export class PinBuffer {
  private digits: number[] = [];

  constructor(readonly maxLength: number) {}

  get length(): number {
    return this.digits.length;
  }

  /** Appends a digit 0–9; false when full or not a digit. */
  push(digit: string): boolean {
    if (this.digits.length >= this.maxLength || !/^[0-9]$/.test(digit)) return false;
    this.digits.push(digit.charCodeAt(0) - 48);
    return true;
  }

  pop(): void {
    if (this.digits.length > 0) {
      this.digits[this.digits.length - 1] = 0;
      this.digits.pop();
    }
  }

  /** Overwrites every digit, then empties the buffer. */
  clear(): void {
    this.digits.fill(0);
    this.digits.length = 0;
  }

  /** Moves the digits of `source` into this buffer (replacing its own) and clears `source`. */
  takeFrom(source: PinBuffer): void {
    this.clear();
    this.digits.push(...source.digits);
    source.clear();
  }

  equals(other: PinBuffer): boolean {
    return this.digits.length === other.digits.length && this.digits.every((d, i) => d === other.digits[i]);
  }

  /** Passes the PIN as a string to `use` (a check that needs the PIN kept) without clearing the buffer. */
  async lend<T>(use: (pin: string) => Promise<T>): Promise<T> {
    return use(this.digits.join(''));
  }

  /** Passes the PIN as a string to `use` (the command call) and clears the buffer afterwards. */
  async consume<T>(use: (pin: string) => Promise<T>): Promise<T> {
    try {
      return await use(this.digits.join(''));
    } finally {
      this.clear();
    }
  }
}
