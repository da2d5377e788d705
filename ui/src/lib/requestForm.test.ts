import { describe, expect, it } from 'vitest';
import {
  errorsForTopic,
  firstInvalid,
  layoutFor,
  precheck,
  submittedFields,
  toIsoDate,
  withoutError,
  type RequestTopic,
} from './requestForm';

const termin: RequestTopic = {
  id: 'termin',
  fields: [
    { name: 'name', kind: 'text', required: true, maxLength: 10 },
    { name: 'phone', kind: 'phone', required: false, maxLength: 30 },
    { name: 'email', kind: 'email', required: false, maxLength: 120 },
    { name: 'preferred_date', kind: 'date', required: false, maxLength: 10 },
    { name: 'message', kind: 'textarea', required: false, maxLength: 500 },
  ],
  oneOf: [['phone', 'email']],
  feeCents: null,
  feeOnline: false,
};

describe('precheck', () => {
  it('reports missing required fields and an empty one-of group on every field of the group', () => {
    expect(precheck(termin, {})).toEqual({ name: 'required', phone: 'one_of_required', email: 'one_of_required' });
  });

  it('passes when one field of the group is filled', () => {
    expect(precheck(termin, { name: 'Anna', email: 'a@b.de' })).toEqual({});
  });

  it('treats blanks as empty', () => {
    expect(precheck(termin, { name: '   ', phone: ' ' })).toMatchObject({ name: 'required', phone: 'one_of_required' });
  });

  it('counts characters, not UTF-16 units, for the length', () => {
    expect(precheck(termin, { name: 'Jürgen Öß', phone: '1' })).toEqual({});
    expect(precheck(termin, { name: 'Maximiliane', phone: '1' })).toEqual({ name: 'too_long' });
  });
});

describe('toIsoDate', () => {
  it('converts German dates', () => {
    expect(toIsoDate('03.11.2026')).toBe('2026-11-03');
    expect(toIsoDate(' 3.1.2027 ')).toBe('2027-01-03');
    expect(toIsoDate('29.02.2028')).toBe('2028-02-29');
  });

  it('refuses what is no calendar date', () => {
    for (const text of ['31.04.2026', '29.02.2026', '00.01.2026', '1.13.2026', '2026-01-03', '1.1.26', '']) {
      expect(toIsoDate(text)).toBeNull();
    }
  });
});

describe('submittedFields', () => {
  it('trims, leaves out empty fields and unknown names, converts dates', () => {
    expect(
      submittedFields(termin, { name: ' Anna ', phone: '', preferred_date: '1.2.2027', other: 'x', message: 'Hallo' }),
    ).toEqual({ name: 'Anna', preferred_date: '2027-02-01', message: 'Hallo' });
  });

  it('sends a date it cannot convert as typed, so the station can say why', () => {
    expect(submittedFields(termin, { preferred_date: '31.02.2027' })).toEqual({ preferred_date: '31.02.2027' });
  });
});

describe('errors', () => {
  it('finds the first invalid field in form order', () => {
    expect(firstInvalid(termin, { email: 'email_invalid', name: 'required' })).toBe('name');
    expect(firstInvalid(termin, {})).toBeNull();
  });

  it('drops the error of a field being corrected, keeping the others', () => {
    expect(withoutError(termin, { name: 'required', email: 'email_invalid' }, 'email')).toEqual({ name: 'required' });
  });

  it('clears the one-of error of the whole group once one of its fields is typed in', () => {
    const errors = { name: 'required', phone: 'one_of_required', email: 'one_of_required' };
    expect(withoutError(termin, errors, 'email')).toEqual({ name: 'required' });
    expect(withoutError(termin, { phone: 'phone_invalid', email: 'one_of_required' }, 'email')).toEqual({ phone: 'phone_invalid' });
  });

  it('keeps only reasons for fields of the topic', () => {
    expect(errorsForTopic(termin, { email: 'email_invalid', ghost: 'required' })).toEqual({ email: 'email_invalid' });
  });

  it('picks a keyboard per kind', () => {
    expect(layoutFor('textarea')).toBe('text');
    expect(layoutFor('email')).toBe('email');
    expect(layoutFor('phone')).toBe('phone');
    expect(layoutFor('date')).toBe('date');
    expect(layoutFor('choice')).toBeNull();
  });
});
