import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { Junk, parse } from '@fluent/syntax';
import { FTL_SOURCES, LANGUAGES, Translator, buildBundle, groupByLang, type FtlFile } from './fluent';

function messageIds(files: readonly FtlFile[]): string[] {
  return files.flatMap((file) => new FluentResource(file.source).body.map((entry) => entry.id)).sort();
}

const file = (source: string, path = 'de/main.ftl'): FtlFile[] => [{ path, source }];

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

  it('load every file of each language, the same files in German and English', () => {
    const names = (lang: (typeof LANGUAGES)[number]) => FTL_SOURCES[lang].map((entry) => entry.path.split('/')[1]);
    expect(names('de')).toEqual(['bk.ftl', 'eid.ftl', 'errors.ftl', 'main.ftl', 'requests.ftl', 'staff.ftl']);
    expect(names('en')).toEqual(names('de'));
  });

  it('group files by their language directory, ignoring other languages', () => {
    const grouped = groupByLang({
      '../../../assets/locales/en/b.ftl': 'b = B',
      '../../../assets/locales/de/a.ftl': 'a = A',
      '../../../assets/locales/xx/a.ftl': 'x = X',
    });
    expect(grouped.de).toEqual([{ path: 'de/a.ftl', source: 'a = A' }]);
    expect(grouped.en).toEqual([{ path: 'en/b.ftl', source: 'b = B' }]);
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
    const translator = new Translator({ de: file('only-de = Nur deutsch'), en: file('other = Other', 'en/main.ftl') });
    expect(translator.format('en', 'only-de')).toBe('Nur deutsch');
    expect(translator.format('en', 'nowhere')).toBe('nowhere');
    expect(translator.has('en', 'only-de')).toBe(true);
    expect(translator.has('en', 'nowhere')).toBe(false);
  });

  it('have no syntax errors (no junk entries)', () => {
    for (const lang of LANGUAGES) {
      for (const entry of FTL_SOURCES[lang]) {
        const junk = parse(entry.source, {}).body.filter((item) => item instanceof Junk);
        expect(junk.map((item) => `${entry.path}: ${(item as Junk).content}`)).toEqual([]);
      }
    }
  });

  it('refuses a file that defines a message twice', () => {
    expect(() => buildBundle('de', file('twice = a\ntwice = b'))).toThrow(/main\.ftl/);
  });

  it('refuses a message defined in two files, naming the second file', () => {
    const files = [...file('twice = a'), ...file('twice = b', 'de/eid.ftl')];
    expect(() => buildBundle('de', files)).toThrow(/de\/eid\.ftl/);
  });
});
