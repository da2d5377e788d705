import { describe, expect, it } from 'vitest';
import { CommandFailure, GENERIC_MESSAGE_ID, UNKNOWN_CODE, errorText, failureOf, toCommandError } from './errors';
import { Translator } from './fluent';

describe('toCommandError', () => {
  it('keeps code, message and detail fields of a documented error', () => {
    const error = toCommandError({ code: 'staff_pin_wrong', message: 'PIN falsch', triesLeft: 2, nested: { a: 1 } });
    expect(error).toEqual({ code: 'staff_pin_wrong', message: 'PIN falsch', details: { triesLeft: 2 } });
  });

  it('maps strings, Error objects and malformed codes to the unknown code', () => {
    expect(toCommandError('command ticket_draw not allowed')).toEqual({
      code: UNKNOWN_CODE,
      message: 'command ticket_draw not allowed',
      details: {},
    });
    expect(toCommandError(new TypeError('boom')).message).toBe('boom');
    expect(toCommandError({ code: 'Not A Code', message: 'x' }).code).toBe(UNKNOWN_CODE);
    expect(toCommandError(null).code).toBe(UNKNOWN_CODE);
  });

  it('keeps the per-field reasons of request_invalid, and only string reasons', () => {
    const error = toCommandError({ code: 'request_invalid', message: 'ungültig', fields: { email: 'email_invalid' } });
    expect(error.fields).toEqual({ email: 'email_invalid' });
    expect(toCommandError({ code: 'request_invalid', message: '', fields: { email: 3 } }).fields).toBeUndefined();
    expect(toCommandError({ code: 'request_invalid', message: '', fields: ['email'] }).fields).toBeUndefined();
  });

  it('unwraps a CommandFailure', () => {
    const error = { code: 'staff_locked', message: 'gesperrt', details: { secondsLeft: 30 } };
    expect(toCommandError(new CommandFailure(error))).toBe(error);
  });
});

describe('errorText', () => {
  const translator = new Translator();
  const has = (id: string) => translator.has('de', id);

  it('uses error-<code> with the details as variables', () => {
    const text = errorText(toCommandError({ code: 'staff_locked', message: '', secondsLeft: 42 }), has);
    expect(text).toEqual({ id: 'error-staff_locked', args: { secondsLeft: 42 } });
    expect(translator.format('de', text.id, text.args)).toContain('42');
    expect(translator.format('en', text.id, text.args)).toContain('42');
  });

  it('falls back to the generic text for codes without a message', () => {
    expect(errorText(toCommandError({ code: 'disk_on_fire', message: '' }), has)).toEqual({
      id: GENERIC_MESSAGE_ID,
      args: {},
    });
    expect(translator.has('de', GENERIC_MESSAGE_ID)).toBe(true);
  });
});

describe('failureOf', () => {
  it('is null when the action works and the command error when it fails', async () => {
    expect(await failureOf(async () => 'fine')).toBeNull();
    const failed = await failureOf(async () => {
      throw { code: 'printer_paper_out', message: 'Kein Papier' };
    });
    expect(failed?.code).toBe('printer_paper_out');
  });
});
