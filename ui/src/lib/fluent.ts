/**
 * Fluent message bundles for the UI languages: parsing every .ftl file of
 * assets/locales/<lang>/ and formatting messages with a German fallback.
 */
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

/** Languages the citizen can choose, in the order the start screen offers them. */
export const LANGUAGES = ['de', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The language used when a message is missing in the chosen one. */
export const FALLBACK_LANG: Lang = 'de';

/** One Fluent file: its path below assets/locales (for error messages) and its text. */
export interface FtlFile {
  path: string;
  source: string;
}

export type LocaleSources = Readonly<Record<Lang, readonly FtlFile[]>>;

const RAW_FILES = import.meta.glob<string>('../../../assets/locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Groups files by language directory, in file name order (main.ftl, then the feature files). */
export function groupByLang(files: Readonly<Record<string, string>>): LocaleSources {
  const grouped: Record<Lang, FtlFile[]> = { de: [], en: [] };
  for (const key of Object.keys(files).sort()) {
    const match = /locales\/([a-z]+)\/([^/]+\.ftl)$/.exec(key);
    if (match && isLang(match[1])) grouped[match[1]].push({ path: `${match[1]}/${match[2]}`, source: files[key] });
  }
  return grouped;
}

/** Every .ftl file of every UI language. */
export const FTL_SOURCES: LocaleSources = groupByLang(RAW_FILES);

export type MessageArgs = Record<string, FluentVariable>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Parses the .ftl files of one language; syntax errors and ids defined twice are reported, not swallowed. */
export function buildBundle(lang: Lang, files: readonly FtlFile[]): FluentBundle {
  // No Unicode isolation marks: the current languages are all left-to-right and
  // the marks would end up in aria labels. Revisit when Arabic is added.
  const bundle = new FluentBundle(lang, { useIsolating: false });
  for (const file of files) {
    const errors = bundle.addResource(new FluentResource(file.source));
    if (errors.length > 0) {
      throw new Error(`assets/locales/${file.path}: ${errors.map((e) => e.message).join('; ')}`);
    }
  }
  return bundle;
}

/** Formats messages of all UI languages. */
export class Translator {
  private readonly bundles: Record<Lang, FluentBundle>;

  constructor(sources: LocaleSources = FTL_SOURCES) {
    this.bundles = { de: buildBundle('de', sources.de), en: buildBundle('en', sources.en) };
  }

  has(lang: Lang, id: string): boolean {
    return this.bundles[lang].hasMessage(id) || this.bundles[FALLBACK_LANG].hasMessage(id);
  }

  /** The message `id` in `lang`, else in German, else the id itself (visible, never blank). */
  format(lang: Lang, id: string, args?: MessageArgs): string {
    for (const bundle of [this.bundles[lang], this.bundles[FALLBACK_LANG]]) {
      const message = bundle.getMessage(id);
      if (message?.value) {
        return bundle.formatPattern(message.value, args);
      }
    }
    return id;
  }
}
