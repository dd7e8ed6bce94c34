// The peer for the benchmark: a stock Hocuspocus 4.7 server with its SQLite extension, run as its
// own process. Configured as a user would from the docs; every setting not named here is
// Hocuspocus's default (debounce 2000 ms, maxDebounce 10000 ms, unloadImmediately true,
// flushDelay 0, SQLite extension with better-sqlite3's defaults: rollback journal, synchronous FULL).
//
// Env: PORT (0 picks a free port), HOST, DATA_DIR (holds hocuspocus.sqlite).
// Prints one JSON line `{"message":"listening","url":...}` to stderr once it accepts connections,
// like the Minutes server does. SIGTERM stops it the Hocuspocus way (stores pending documents).
import fs from 'node:fs';
import path from 'node:path';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';

const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST || '127.0.0.1';
const dataDir = path.resolve(process.env.DATA_DIR || 'hocuspocus-data');
fs.mkdirSync(dataDir, { recursive: true });

const server = new Server({
  port,
  address: host,
  // Only hides the start screen (stdout); changes no behaviour.
  quiet: true,
  extensions: [new SQLite({ database: path.join(dataDir, 'hocuspocus.sqlite') })],
});

await server.listen();
process.stderr.write(
  `${JSON.stringify({ level: 'info', message: 'listening', url: `http://${host}:${server.address.port}` })}\n`,
);
