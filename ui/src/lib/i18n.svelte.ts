/**
 * The window's current language as reactive state, and `t()` to format a
 * message in it. Reading `t()` in a template re-renders when the language changes.
 */
import { FALLBACK_LANG, Translator, direction, type Lang, type MessageArgs } from './fluent';

const translator = new Translator();
const current = $state<{ lang: Lang }>({ lang: FALLBACK_LANG });

export function currentLang(): Lang {
  return current.lang;
}

/** Switches the language and sets `<html lang>` and `<html dir>`, so screen readers and the layout follow. */
export function setLang(lang: Lang): void {
  current.lang = lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = direction(lang);
}

export function t(id: string, args?: MessageArgs): string {
  return translator.format(current.lang, id, args);
}

/** A message in a given language, whatever the current one (the start screen greets in all). */
export function tIn(lang: Lang, id: string, args?: MessageArgs): string {
  return translator.format(lang, id, args);
}

/** Whether message `id` exists in `lang` (the current language unless given). */
export function hasMessage(id: string, lang: Lang = current.lang): boolean {
  return translator.has(lang, id);
}
