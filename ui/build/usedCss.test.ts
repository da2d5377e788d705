import { describe, expect, it } from 'vitest';
import { classesBuiltFromValues, usedCss } from './usedCss';

const CSS = `
:root { --kern-color-used: red; --kern-color-unused: blue; --kern-color-chart: green; }
.kern-btn { color: var(--kern-color-used); }
.kern-card { border: 1px solid; }
.kern-icon--language { mask: none; }
.kern-badge--success { color: green; }
@keyframes kern-spin { to { transform: rotate(1turn); } }
@keyframes kern-fade { to { opacity: 0; } }
.kern-loader { animation: kern-spin 1s; }
html[data-kern-theme=dark] body { background: black; }
`;

describe('usedCss', () => {
  it('keeps the rules whose classes a script sets and drops the others', async () => {
    const css = await usedCss(CSS, ['template(`<button class="kern-btn svelte-1x">`)']);
    expect(css).toContain('.kern-btn');
    expect(css).not.toContain('.kern-card');
    expect(css).not.toContain('.kern-loader');
  });

  it('keeps the classes a template builds from a value the scripts hold', async () => {
    const css = await usedCss(CSS, ['`kern-icon kern-icon--${icon}`; `kern-badge--${status}`', "const icons = { lang: 'language' };"]);
    expect(css).toContain('.kern-icon--language');
    expect(css).not.toContain('.kern-badge--success');
  });

  it('keeps keyframes only while a kept rule animates with them, and every custom property', async () => {
    const css = await usedCss(CSS, ['"kern-btn kern-loader"']);
    expect(css).toContain('@keyframes kern-spin');
    expect(css).not.toContain('kern-fade');
    expect(css).toContain('--kern-color-unused');
  });

  it('keeps rules with functional pseudo-classes whatever they name', async () => {
    const css = await usedCss(':is(body, .kern-dark):not([class*=kern-level-]) { --kern-text: white; } .kern-card:not(.x) {}', ['']);
    expect(css).toContain(':is(body, .kern-dark):not([class*=kern-level-])');
    expect(css).toContain('.kern-card:not(.x)');
  });

  it('keeps selectors on elements and attributes the pages have', async () => {
    const css = await usedCss(CSS, ['<html lang="de" data-kern-theme="light"><body>', 'setAttribute("data-kern-theme", "dark")']);
    expect(css).toContain('html[data-kern-theme=dark] body');
  });

  it('finds a built class only after a stem the scripts build on', () => {
    const css = '.kern-icon--mail {} .kern-icon--add {} .bk-key--digit {} .mail {}';
    expect(classesBuiltFromValues(css, ['`kern-icon--${name}`', '"mail" "digit"'])).toEqual(['kern-icon--mail']);
  });
});
