/**
 * Command errors from the Tauri shell (`{ code, message, …details }`, see
 * docs/ipc.md) and how they map to Fluent messages `error-<code>`.
 */
import type { MessageArgs } from './fluent';

/** Code used when a rejection does not have the documented error shape. */
export const UNKNOWN_CODE = 'unknown';
/** Message shown when there is no `error-<code>` text. */
export const GENERIC_MESSAGE_ID = 'error-generic';

export interface CommandError {
  /** Stable snake_case code, e.g. `staff_pin_wrong`. */
  code: string;
  /** German text for logs and staff; never shown to citizens. */
  message: string;
  /** Further numeric or text fields of the error (e.g. `triesLeft`): Fluent variables. */
  details: MessageArgs;
  /** Per-field reasons of `request_invalid` (`{ <field name>: <reason> }`), when the error has them. */
  fields?: Record<string, string>;
}

/** Thrown by the IPC wrappers so callers can tell command errors from bugs. */
export class CommandFailure extends Error {
  readonly error: CommandError;

  constructor(error: CommandError) {
    super(`${error.code}: ${error.message}`);
    this.name = 'CommandFailure';
    this.error = error;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` when it is an object whose values are all strings, else null. */
function stringRecord(value: unknown): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value);
  return entries.every(([, reason]) => typeof reason === 'string') ? Object.fromEntries(entries as [string, string][]) : null;
}

/** Normalises whatever `invoke` rejected with into a CommandError. */
export function toCommandError(rejection: unknown): CommandError {
  if (rejection instanceof CommandFailure) return rejection.error;
  if (isRecord(rejection) && typeof rejection.code === 'string' && /^[a-z0-9_]+$/.test(rejection.code)) {
    const details: MessageArgs = {};
    for (const [key, value] of Object.entries(rejection)) {
      if (key !== 'code' && key !== 'message' && (typeof value === 'number' || typeof value === 'string')) {
        details[key] = value;
      }
    }
    const message = typeof rejection.message === 'string' ? rejection.message : '';
    const fields = stringRecord(rejection.fields);
    return fields ? { code: rejection.code, message, details, fields } : { code: rejection.code, message, details };
  }
  const message = rejection instanceof Error ? rejection.message : String(rejection);
  return { code: UNKNOWN_CODE, message, details: {} };
}

/** The Fluent id and variables that describe `error` to the person in front of the screen. */
export function errorText(error: CommandError, hasMessage: (id: string) => boolean): { id: string; args: MessageArgs } {
  const id = `error-${error.code}`;
  return hasMessage(id) ? { id, args: error.details } : { id: GENERIC_MESSAGE_ID, args: {} };
}

/** Runs `action`; the error it failed with as a CommandError, or null when it worked. */
export async function failureOf(action: () => Promise<unknown>): Promise<CommandError | null> {
  try {
    await action();
    return null;
  } catch (rejection) {
    return toCommandError(rejection);
  }
}
