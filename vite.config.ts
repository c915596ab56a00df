import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/contentSecurityPolicy';

/** Every file under a directory, as paths relative to it with forward slashes. */
async function listFiles(root: string, dir = root): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? listFiles(root, join(dir, entry.name))
        : [relative(root, join(dir, entry.name)).split('\\').join('/')],
    ),
  );
  return nested.flat();
}

// Offline after the first visit: write the built files (hashed names) into public/sw.js's
// precache manifest, with a version taken from those names so each build gets a fresh cache.
function offlinePrecache(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'clusnet-offline-precache',
    apply: 'build',
    configResolved: (resolved) => {
      config = resolved;
    },
    async closeBundle() {
      const outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
      const swPath = join(outDir, 'sw.js');
      const files = (await listFiles(outDir)).filter((file) => file !== 'sw.js' && !file.endsWith('.map')).sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const sw = await readFile(swPath, 'utf8');
      const manifest = `const PRECACHE_MANIFEST = ${JSON.stringify({ version, files })};`;
      if (!sw.includes("const PRECACHE_MANIFEST = { version: 'development', files: [] };"))
        throw new Error('sw.js: precache manifest line not found');
      await writeFile(swPath, sw.replace("const PRECACHE_MANIFEST = { version: 'development', files: [] };", manifest));
    },
  };
}

export default defineConfig({
  // Relative base: dist/ works from any sub-path of any static host.
  base: './',
  plugins: [react(), contentSecurityPolicy(), offlinePrecache()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.tsx'],
    setupFiles: ['test/component/setup.ts'],
    // Property tests run hundreds of imports; a loaded 2-core CI machine needs room (not a speed check).
    testTimeout: 60_000,
  },
});
