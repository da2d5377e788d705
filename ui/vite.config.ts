// Vite build of the three Tauri windows (kiosk: index.html, staff: staff.html,
// call display: display.html).
//
// `vite build` produces the production bundle in dist/ (Tauri's frontendDist).
// `vite build --mode preview-shim` produces dist-preview/: the same pages with the
// dev-only IPC shim from dev/tauri-shim.ts injected, for browser previews and the
// accessibility check. The shim is never part of dist/.
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { dropUnusedCss } from './build/usedCss.ts';

export const PREVIEW_MODE = 'preview-shim';

/** Injects the sample-data IPC shim as the first module script of each page. */
function previewShim(): Plugin {
  const appScript = '<script type="module" src="/src/';
  return {
    name: 'bk-preview-shim',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        if (!html.includes(appScript)) throw new Error(`${context.filename}: no app module script to put the shim before`);
        return html.replace(appScript, `<script type="module" src="/dev/tauri-shim.ts"></script>\n    ${appScript}`);
      },
    },
  };
}

/**
 * Preloads the bundled Fira Sans weights on every page: their fetch starts while the
 * page's scripts load, instead of when lib/mountWindow.ts asks for them (docs/ui.md).
 */
function preloadFonts(): Plugin {
  return {
    name: 'bk-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, filename }) {
        const fonts = Object.keys(bundle ?? {}).filter((file) => file.endsWith('.woff2'));
        if (fonts.length === 0) throw new Error(`${filename}: no bundled font to preload`);
        return fonts.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `/${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const preview = mode === PREVIEW_MODE;
  return {
    plugins: [svelte(), preloadFonts(), dropUnusedCss(), ...(preview ? [previewShim()] : [])],
    clearScreen: false,
    server: {
      host: '127.0.0.1',
      strictPort: true,
      // The Fluent files live in ../assets/locales (shared with the Rust side).
      fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
    },
    build: {
      outDir: preview ? 'dist-preview' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        input: {
          kiosk: fileURLToPath(new URL('index.html', import.meta.url)),
          staff: fileURLToPath(new URL('staff.html', import.meta.url)),
          display: fileURLToPath(new URL('display.html', import.meta.url)),
        },
      },
    },
    test: {
      include: ['src/**/*.test.ts', 'build/**/*.test.ts'],
      environment: 'node',
    },
  };
});
