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

export default defineConfig(({ mode }) => {
  const preview = mode === PREVIEW_MODE;
  return {
    plugins: [svelte(), ...(preview ? [previewShim()] : [])],
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
      include: ['src/**/*.test.ts'],
      environment: 'node',
    },
  };
});
