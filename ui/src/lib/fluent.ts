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
  addFiles(bundle, files);
  return bundle;
}

function addFiles(bundle: FluentBundle, files: readonly FtlFile[]): void {
  for (const file of files) {
    const errors = bundle.addResource(new FluentResource(file.source));
    if (errors.length > 0) {
      throw new Error(`assets/locales/${file.path}: ${errors.map((e) => e.message).join('; ')}`);
    }
  }
}

/** The file a language's bundle starts with: the start screen's greetings and the frame's texts. */
const FIRST_FILE = 'main.ftl';

/**
 * One language's messages, parsed as they are needed: first its main.ftl, the rest
 * with the first message that is not there. The start screen greets in all seven
 * languages; parsing all 71 files before it took 14–25 ms of the kiosk's start in
 * WebKit, its seven main.ftl files take 4 ms.
 */
class LazyBundle {
  private readonly bundle: FluentBundle;
  private rest: readonly FtlFile[];

  constructor(lang: Lang, files: readonly FtlFile[]) {
    const isFirst = (file: FtlFile) => file.path.endsWith(`/${FIRST_FILE}`);
    this.bundle = buildBundle(lang, files.filter(isFirst));
    this.rest = files.filter((file) => !isFirst(file));
  }

  /** The bundle, with all its files parsed unless message `id` is among those parsed so far. */
  holding(id: string): FluentBundle {
    if (this.rest.length > 0 && !this.bundle.hasMessage(id)) {
      const rest = this.rest;
      this.rest = [];
      addFiles(this.bundle, rest);
    }
    return this.bundle;
  }
}

/** Formats messages of all UI languages. */
export class Translator {
  private readonly bundles = new Map<Lang, LazyBundle>();

  constructor(private readonly sources: Partial<LocaleSources> = FTL_SOURCES) {}

  /** The bundle of `lang` that holds `id` if the language has it. */
  private bundle(lang: Lang, id: string): FluentBundle {
    let lazy = this.bundles.get(lang);
    if (lazy === undefined) {
      lazy = new LazyBundle(lang, this.sources[lang] ?? []);
      this.bundles.set(lang, lazy);
    }
    return lazy.holding(id);
  }

  has(lang: Lang, id: string): boolean {
    return this.bundle(lang, id).hasMessage(id) || this.bundle(FALLBACK_LANG, id).hasMessage(id);
  }

  /** The message `id` in `lang`, else in German, else the id itself (visible, never blank). */
  format(lang: Lang, id: string, args?: MessageArgs): string {
    for (const candidate of [lang, FALLBACK_LANG]) {
      const bundle = this.bundle(candidate, id);
      const message = bundle.getMessage(id);
      if (message?.value) {
        return bundle.formatPattern(message.value, args);
      }
    }
    return id;
  }
}
