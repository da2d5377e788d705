import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { Junk, parse } from '@fluent/syntax';
import { FTL_SOURCES, LANGUAGES, Translator, buildBundle } from './fluent';

function messageIds(source: string): string[] {
  return new FluentResource(source).body.map((entry) => entry.id).sort();
}

/** Literal message ids in the code: t('id'), tIn(lang, 'id'), fooId = 'id', fooId="id". */
const MESSAGE_ID_PATTERNS = [
  /\b(?:t|tIn)\((?:\s*\w+,)?\s*'([a-z0-9-]+)'/g,
  /\w+Id\s*=\s*'([a-z0-9-]+)'/g,
  /\w+Id="([a-z0-9-]+)"/g,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('Fluent locales', () => {
  it('parse without errors', () => {
    for (const lang of LANGUAGES) {
      expect(() => buildBundle(lang, FTL_SOURCES[lang])).not.toThrow();
    }
  });

  it('define the same message ids in German and English', () => {
    const de = messageIds(FTL_SOURCES.de);
    expect(de.length).toBeGreaterThan(40);
    expect(messageIds(FTL_SOURCES.en)).toEqual(de);
  });

  it('define every message id the source code asks for', () => {
    const srcDir = new URL('..', import.meta.url).pathname;
    const used = new Set<string>();
    for (const file of sourceFiles(srcDir)) {
      const source = readFileSync(file, 'utf8');
      for (const pattern of MESSAGE_ID_PATTERNS) {
        for (const match of source.matchAll(pattern)) used.add(match[1]);
      }
    }
    expect(used.size).toBeGreaterThan(20);
    const known = new Set(messageIds(FTL_SOURCES.de));
    expect([...used].filter((id) => !known.has(id))).toEqual([]);
  });

  it('formats variables and plurals per language', () => {
    const translator = new Translator();
    expect(translator.format('de', 'ticket-wait', { minutes: 15 })).toBe('ca. 15 Minuten Wartezeit');
    expect(translator.format('en', 'ticket-wait', { minutes: 1 })).toBe('about 1 minute waiting time');
    expect(translator.format('de', 'error-staff_pin_wrong', { triesLeft: 1 })).toContain('1 Versuch');
  });

  it('falls back to German, then to the id', () => {
    const translator = new Translator({ de: 'only-de = Nur deutsch', en: 'other = Other' });
    expect(translator.format('en', 'only-de')).toBe('Nur deutsch');
    expect(translator.format('en', 'nowhere')).toBe('nowhere');
    expect(translator.has('en', 'only-de')).toBe(true);
    expect(translator.has('en', 'nowhere')).toBe(false);
  });

  it('have no syntax errors (no junk entries)', () => {
    for (const lang of LANGUAGES) {
      const junk = parse(FTL_SOURCES[lang], {}).body.filter((entry) => entry instanceof Junk);
      expect(junk.map((entry) => (entry as Junk).content)).toEqual([]);
    }
  });

  it('refuses a file that defines a message twice', () => {
    expect(() => buildBundle('de', 'twice = a\ntwice = b')).toThrow(/main\.ftl/);
  });
});
