#!/usr/bin/env node
// Bundles the compiled server (dist/main.js, from `tsc -b`) into dist/minutes-server.mjs, which is
// what `npm start`, the tests and the bench run. One minified file holds far less than the 500
// modules it replaces: V8 keeps every module's source text in the heap, in UTF-16 when a file has a
// single character beyond Latin-1. The bundle is ASCII, so its source costs one byte per character.
// Idle memory goes from about 85 to 65 MB, with the two packages below kept out (bench/RESULTS.md).
//
// Packages with native code, and those only some requests need (exports, imports, calendars,
// PostgreSQL, Redis), stay outside and are loaded from node_modules when first used. So do the two
// that are mostly data: iconv-lite's tables of Asian character sets (400 KB, read only for a request
// in such a character set) and mime-db (150 KB of JSON, which node parses without keeping its text).
import fs from 'node:fs';
import path from 'node:path';
import { rolldown } from 'rolldown';

const SERVER_DIR = import.meta.dirname;
const EXTERNAL = [
  'better-sqlite3',
  'pg',
  'ioredis',
  'docx',
  'pdfkit',
  'mammoth',
  'ical-generator',
  'iconv-lite',
  'mime-db',
];

const bundle = await rolldown({
  input: path.join(SERVER_DIR, 'dist/main.js'),
  platform: 'node',
  cwd: SERVER_DIR,
  external: (id) =>
    id.startsWith('node:') || EXTERNAL.some((name) => id === name || id.startsWith(`${name}/`)),
});
fs.rmSync(path.join(SERVER_DIR, 'dist/bundle'), { recursive: true, force: true });
await bundle.write({
  // The entry lies next to dist/config.js, so paths it resolves from its own folder still hold.
  dir: path.join(SERVER_DIR, 'dist'),
  entryFileNames: 'minutes-server.mjs',
  chunkFileNames: 'bundle/[name]-[hash].mjs',
  format: 'esm',
  minify: true,
  charset: 'ascii',
  sourcemap: true,
});
await bundle.close();
