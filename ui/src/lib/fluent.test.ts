import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { Junk, Message, Visitor, parse } from '@fluent/syntax';
import {
  FTL_SOURCES,
  KIOSK_FILES,
  LANGUAGES,
  STAFF_LANGUAGES,
  Translator,
  buildBundle,
  direction,
  groupByLang,
  type FtlFile,
  type Lang,
} from './fluent';

function messageIds(files: readonly FtlFile[]): string[] {
  return files.flatMap((file) => new FluentResource(file.source).body.map((entry) => entry.id)).sort();
}

/** Collects the names of the variables a message uses. */
class VariableNames extends Visitor {
  readonly names = new Set<string>();
  visitVariableReference(node: { id: { name: string } }): void {
    this.names.add(node.id.name);
  }
}

/** `file/id: $a,$b` for each message of `files`: the message with the variables it uses. */
function messagesWithVariables(files: readonly FtlFile[]): string[] {
  return files
    .flatMap((file) =>
      parse(file.source, {})
        .body.filter((entry): entry is Message => entry instanceof Message)
        .map((message) => {
          const variables = new VariableNames();
          variables.visit(message);
          return `${file.path.split('/')[1]}/${message.id.name}: ${[...variables.names].sort().join(',')}`;
        }),
    )
    .sort();
}

const fileNames = (lang: Lang) => FTL_SOURCES[lang].map((entry) => entry.path.split('/')[1]);
const germanFiles = (names: readonly string[]) =>
  FTL_SOURCES.de.filter((entry) => names.includes(entry.path.split('/')[1]));

const file = (source: string, path = 'de/main.ftl'): FtlFile[] => [{ path, source }];

/** Literal message ids in the code: t('id'), tIn(lang, 'id'), fooId = 'id', fooId="id". */
const MESSAGE_ID_PATTERNS = [
  /\b(?:t|tIn)\((?:\s*\w+,)?\s*'([a-z0-9-]+)'/g,
  /\w+Id\s*=\s*'([a-z0-9-]+)'/g,
  /\w+Id="([a-z0-9-]+)"/g,
];

function sourceFiles(dir: string, pattern = /\.(ts|svelte)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, pattern);
    return pattern.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('Fluent locales', () => {
  it('parse without errors', () => {
    for (const lang of LANGUAGES) {
      expect(() => buildBundle(lang, FTL_SOURCES[lang])).not.toThrow();
    }
  });

  it('load every file of each language: all in German and English, the kiosk files in every kiosk language', () => {
    expect(fileNames('de')).toEqual([
      'appointments.ftl',
      'bk.ftl',
      'eid.ftl',
      'errors.ftl',
      'main.ftl',
      'requests.ftl',
      'staff-window.ftl',
      'staff.ftl',
      'ticket.ftl',
      'video.ftl',
    ]);
    for (const lang of STAFF_LANGUAGES) expect(fileNames(lang)).toEqual(fileNames('de'));
    for (const lang of LANGUAGES.filter((l) => !(STAFF_LANGUAGES as readonly Lang[]).includes(l))) {
      expect(fileNames(lang), lang).toEqual([...KIOSK_FILES]);
    }
  });

  it('group files by their language directory, ignoring other languages', () => {
    const grouped = groupByLang({
      '../../../assets/locales/en/b.ftl': 'b = B',
      '../../../assets/locales/de/a.ftl': 'a = A',
      '../../../assets/locales/de-x-ls/a.ftl': 'a = Leicht',
      '../../../assets/locales/xx/a.ftl': 'x = X',
    });
    expect(grouped.de).toEqual([{ path: 'de/a.ftl', source: 'a = A' }]);
    expect(grouped.en).toEqual([{ path: 'en/b.ftl', source: 'b = B' }]);
    expect(grouped['de-x-ls']).toEqual([{ path: 'de-x-ls/a.ftl', source: 'a = Leicht' }]);
    expect(grouped.uk).toEqual([]);
  });

  it('define every German message in every language that has its file, with the same variables', () => {
    expect(messageIds(FTL_SOURCES.de).length).toBeGreaterThan(40);
    for (const lang of LANGUAGES) {
      const german = messagesWithVariables(germanFiles(fileNames(lang)));
      expect(messagesWithVariables(FTL_SOURCES[lang]), lang).toEqual(german);
    }
  });

  it('notice a message with other variables than the German one', () => {
    const german = messagesWithVariables([{ path: 'de/main.ftl', source: 'a = { $count } Dienste' }]);
    const other = messagesWithVariables([{ path: 'uk/main.ftl', source: 'a = { $number } послуг' }]);
    expect(other).not.toEqual(german);
  });

  it('use every kiosk message somewhere in the UI or the app', () => {
    const sources = [
      ...sourceFiles(new URL('..', import.meta.url).pathname),
      ...sourceFiles(new URL('../../../crates/app/src', import.meta.url).pathname, /\.rs$/),
    ].map((path) => readFileSync(path, 'utf8'));
    const text = sources.join('\n');
    // Ids put together in code: t(`eid-help-${reason}`), format!("ticket-kind-{}", …).
    const prefixes = [...text.matchAll(/[`"]([a-z0-9-]+-)(?:\$\{|\{)/g)].map((match) => match[1]);
    const used = (id: string) =>
      text.includes(`'${id}'`) || text.includes(`"${id}"`) || prefixes.some((prefix) => id.startsWith(prefix));
    const kioskIds = messageIds(germanFiles(KIOSK_FILES));
    expect(kioskIds.filter((id) => !used(id))).toEqual([]);
  });

  it('write Arabic right to left and every other language left to right', () => {
    expect(LANGUAGES.filter((lang) => direction(lang) === 'rtl')).toEqual(['ar']);
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
    expect(translator.format('uk', 'only-de')).toBe('Nur deutsch');
    expect(translator.format('en', 'only-de')).toBe('Nur deutsch');
    expect(translator.format('en', 'nowhere')).toBe('nowhere');
    expect(translator.has('en', 'only-de')).toBe(true);
    expect(translator.has('en', 'nowhere')).toBe(false);
  });

  it('finds a message in any file of the language before falling back to German', () => {
    const translator = new Translator({
      de: [...file('greeting = Willkommen'), ...file('pin = PIN ändern', 'de/eid.ftl')],
      en: [...file('greeting = Welcome', 'en/main.ftl'), ...file('pin = Change PIN', 'en/eid.ftl')],
    });
    expect(translator.format('en', 'greeting')).toBe('Welcome');
    expect(translator.format('en', 'pin')).toBe('Change PIN');
    expect(translator.has('de', 'pin')).toBe(true);
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
