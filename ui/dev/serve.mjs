/**
 * DEV PREVIEW ONLY: builds the pages with the sample-data IPC shim into
 * dist-preview/ and serves them on 127.0.0.1 (default port 4173).
 *
 *   npm run preview:dev            # then open http://127.0.0.1:4173/?pin=unset
 *
 * `startPreview()` is also used by the accessibility check.
 */
import { build, preview } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds dist-preview/ and starts a static server on 127.0.0.1; resolves to { url, close }. */
export async function startPreview(port = 4173) {
  await build({ root, mode: 'preview-shim', logLevel: 'warn' });
  const server = await preview({
    root,
    mode: 'preview-shim',
    preview: { host: '127.0.0.1', port, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no local address');
  return { url, close: () => server.close() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startPreview(Number(process.env.PORT ?? 4173));
  console.log(`Kiosk: ${url}   Staff: ${url}staff.html   (Ctrl+C to stop)`);
}
