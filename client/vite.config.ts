import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const clientDir = path.dirname(fileURLToPath(import.meta.url));
const sharedDir = path.resolve(clientDir, '../shared/src');
const server = process.env.MINUTES_SERVER ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: clientDir,
  plugins: [react()],
  resolve: {
    // The shared package is consumed as source so the client needs no build step for it.
    // Regexes so that '@minutes/shared' does not also catch '@minutes/shared/recognise'.
    alias: [
      {
        find: /^@minutes\/shared\/recognise$/,
        replacement: path.resolve(clientDir, '../shared/src/recognise/index.ts'),
      },
      { find: /^@minutes\/shared$/, replacement: path.resolve(clientDir, '../shared/src/index.ts') },
    ],
  },
  // The editor chunk (Tiptap, ProseMirror, Yjs) is large by nature; it loads only on meeting pages.
  build: {
    outDir: path.resolve(clientDir, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // shared/ is pure (no module does anything on import), so a page that takes one constant from
      // it does not pull in the schema, Tiptap and zod with it.
      treeshake: { moduleSideEffects: (id) => (id.startsWith(sharedDir) ? false : undefined) },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': server,
      '/collab': { target: server, ws: true },
    },
  },
});
