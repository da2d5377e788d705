/**
 * Keeps of the bundled CSS only the rules the pages can use.
 *
 * KERN's stylesheet (`@kern-ux/native`) styles every component of the design system:
 * about 3,200 rules, 340 KB, which WebKit parses on each start of a window before the
 * page's scripts run. The windows use a tenth of them. After the build, PurgeCSS
 * drops every rule whose classes and elements appear in none of the built scripts and
 * pages, and every `@keyframes` no rule animates with. Custom properties all stay: the
 * themes define them in chains PurgeCSS does not follow (docs/ui.md).
 */
import postcss from 'postcss';
import { PurgeCSS } from 'purgecss';
import type { Plugin } from 'vite';

/**
 * Rules whose selector has `:is()`, `:not()`, `:where()` or `:has()` stay as they are:
 * PurgeCSS 8 drops some that apply (KERN's `:is(body, …):not([class*=kern-level-])`,
 * which sets the colours of every theme).
 */
const FUNCTIONAL_PSEUDO_CLASS = /:(is|not|where|has)\(/;

/** `css` with PurgeCSS's ignore comment in each rule it must keep unread. */
function markKept(css: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (FUNCTIONAL_PSEUDO_CLASS.test(rule.selector)) rule.prepend(postcss.comment({ text: 'purgecss ignore current' }));
  });
  return root.toString();
}

/** Every word of `sources`: what PurgeCSS also takes as a class, element or attribute in use. */
function wordsOf(sources: readonly string[]): Set<string> {
  return new Set(sources.flatMap((source) => source.match(/[\w-]+/g) ?? []));
}

/**
 * The classes of `css` that a template builds from a value: `kern-icon--{tile.icon}`
 * leaves the stem `kern-icon--` before a `${` in the built script, and the values
 * (`'mail'`, `'checklist'`) as words elsewhere. A class is kept when it is such a stem
 * followed by a word of the sources.
 */
export function classesBuiltFromValues(css: string, sources: readonly string[]): string[] {
  const stems = new Set(sources.flatMap((source) => [...source.matchAll(/([A-Za-z][\w-]*-)\$\{/g)].map(([, stem]) => stem)));
  const words = wordsOf(sources);
  const classes = new Set([...css.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)].map(([, name]) => name));
  return [...classes].filter((name) =>
    [...stems].some((stem) => name.startsWith(stem) && words.has(name.slice(stem.length))),
  );
}

/** `css` without the rules and keyframes that `sources` cannot use. */
export async function usedCss(css: string, sources: readonly string[]): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    content: sources.map((raw) => ({ raw, extension: 'js' })),
    css: [{ raw: markKept(css) }],
    keyframes: true,
    safelist: { standard: classesBuiltFromValues(css, sources) },
  });
  if (result === undefined) throw new Error('PurgeCSS returned no stylesheet');
  return result.css;
}

/**
 * Rewrites each CSS file of the production build with `usedCss`, against every built
 * script and page (one stylesheet's classes may be set by another page's script).
 */
export function dropUnusedCss(): Plugin {
  return {
    name: 'bk-drop-unused-css',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const sources = files.flatMap((file) => {
        if (file.type === 'chunk') return [file.code];
        return file.fileName.endsWith('.html') ? [String(file.source)] : [];
      });
      for (const file of files) {
        if (file.type === 'asset' && file.fileName.endsWith('.css')) {
          file.source = await usedCss(String(file.source), sources);
        }
      }
    },
  };
}
