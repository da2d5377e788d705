/**
 * Fluent message bundles for the UI languages: parsing every .ftl file of
 * assets/locales/<lang>/ and formatting messages with a German fallback.
 */
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

/** Languages the citizen can choose, in the order the start screen offers them (crates/station/src/lang.rs). */
export const LANGUAGES = ['de', 'de-x-ls', 'en', 'uk', 'ru', 'ar', 'tr'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The languages of the staff window, the call display and the command line. */
export const STAFF_LANGUAGES = ['de', 'en'] as const satisfies readonly Lang[];

/** The staff language for a window showing `lang`: English for English, else German. */
export function staffLang(lang: Lang): Lang {
  return lang === 'en' ? 'en' : 'de';
}

/** The files every kiosk language has; the staff's files are German and English only. */
export const KIOSK_FILES = ['appointments.ftl', 'eid.ftl', 'main.ftl', 'requests.ftl', 'ticket.ftl', 'video.ftl'] as const;

/** The language used when a message is missing in the chosen one. */
export const FALLBACK_LANG: Lang = 'de';

/** Languages written right to left. */
const RIGHT_TO_LEFT: readonly Lang[] = ['ar'];

/** One Fluent file: its path below assets/locales (for error messages) and its text. */
export interface FtlFile {
  path: string;
  source: string;
}

export type LocaleSources = Readonly<Record<Lang, readonly FtlFile[]>>;

// upload.ftl, payment.ftl and call.ftl are the central's pages on the citizen's phone (crates/texts), not the UI's.
const RAW_FILES = import.meta.glob<string>(['../../../assets/locales/*/*.ftl', '!**/upload.ftl', '!**/payment.ftl', '!**/call.ftl'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Groups files by language directory, in file name order (main.ftl, then the feature files). */
export function groupByLang(files: Readonly<Record<string, string>>): LocaleSources {
  const grouped = Object.fromEntries(LANGUAGES.map((lang) => [lang, [] as FtlFile[]])) as Record<Lang, FtlFile[]>;
  for (const key of Object.keys(files).sort()) {
    const match = /locales\/([a-z-]+)\/([^/]+\.ftl)$/.exec(key);
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

/** The writing direction of `lang`, for `<html dir>`. */
export function direction(lang: Lang): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.includes(lang) ? 'rtl' : 'ltr';
}

/** Parses the .ftl files of one language; syntax errors and ids defined twice are reported, not swallowed. */
export function buildBundle(lang: Lang, files: readonly FtlFile[]): FluentBundle {
  // Unicode isolation marks only where the page runs right to left: there they keep a
  // Latin name, a number or a code in its own direction. In left-to-right languages
  // they would only end up in aria labels.
  const bundle = new FluentBundle(lang, { useIsolating: direction(lang) === 'rtl' });
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

  constructor(sources: Partial<LocaleSources> = FTL_SOURCES) {
    this.bundles = Object.fromEntries(LANGUAGES.map((lang) => [lang, buildBundle(lang, sources[lang] ?? [])])) as Record<
      Lang,
      FluentBundle
    >;
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
