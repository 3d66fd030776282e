/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './build/graphql-documents.mts';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Where the console sends /graphql: the gateway `npm start` runs, unless GATEWAY_URL names another. */
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
const port = Number(process.env.CONSOLE_PORT ?? 4200);
// Same origin for the page and /graphql: the gateway needs no CORS and the token never leaves the site.
const proxy = { '/graphql': { target: gateway, changeOrigin: true } };

export default defineConfig({
  root,
  plugins: [graphqlDocuments(), react()],
  server: { port, strictPort: true, host: '127.0.0.1', proxy },
  preview: { port, strictPort: true, host: '127.0.0.1', proxy },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/console', import.meta.url)),
    emptyOutDir: true,
    // Budget for the initial JavaScript is checked by `npm run bench -- console` (gzipped); charts,
    // registers and Excel are lazy chunks, so the warning is about those, not the first page.
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
    manifest: true,
  },
  test: {
    root,
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    css: false,
  },
});
