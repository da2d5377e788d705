/**
 * Fluent message bundles for the UI languages: parsing the .ftl files from
 * assets/locales and formatting messages with a German fallback.
 */
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import deSource from '../../../assets/locales/de/main.ftl?raw';
import enSource from '../../../assets/locales/en/main.ftl?raw';

/** Languages the citizen can choose, in the order the start screen offers them. */
export const LANGUAGES = ['de', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The language used when a message is missing in the chosen one. */
export const FALLBACK_LANG: Lang = 'de';

export const FTL_SOURCES: Readonly<Record<Lang, string>> = { de: deSource, en: enSource };

export type MessageArgs = Record<string, FluentVariable>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Parses one .ftl source; syntax errors are reported, not swallowed. */
export function buildBundle(lang: Lang, source: string): FluentBundle {
  // No Unicode isolation marks: the current languages are all left-to-right and
  // the marks would end up in aria labels. Revisit when Arabic is added.
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(source));
  if (errors.length > 0) {
    throw new Error(`assets/locales/${lang}/main.ftl: ${errors.map((e) => e.message).join('; ')}`);
  }
  return bundle;
}

/** Formats messages of all UI languages. */
export class Translator {
  private readonly bundles: Record<Lang, FluentBundle>;

  constructor(sources: Readonly<Record<Lang, string>> = FTL_SOURCES) {
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
