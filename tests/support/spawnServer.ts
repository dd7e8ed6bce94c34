import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

export const SERVER_ENTRY = path.resolve(import.meta.dirname, '../../server/dist/minutes-server.mjs');
/** The node options `npm start` runs the server with. */
const NODE_FLAGS = (
  JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../server/node-options.json'), 'utf8'),
  ) as {
    flags: string[];
  }
).flags;

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  wsUrl: string;
  port: number;
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<number | string>;
  /** Calls `listener` with every JSON line the server logs. */
  onLog(listener: (entry: Record<string, unknown>) => void): void;
}

/** Runs the built server as its own process, the way `npm start` does, and waits until it listens. */
export async function spawnServer(
  dataDir: string,
  env: Record<string, string> = {},
  /** More node options, for tests that look inside the process (the soak's heap probe). */
  nodeOptions: string[] = [],
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...NODE_FLAGS, ...nodeOptions, SERVER_ENTRY], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? code ?? -1));
  });
  const lines = readline.createInterface({ input: child.stderr as NodeJS.ReadableStream });
  const listeners: Array<(entry: Record<string, unknown>) => void> = [];
  lines.on('line', (line) => {
    let entry: Record<string, unknown>;
    try {
      entry = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return; // not a log line
    }
    for (const listener of listeners) listener(entry);
  });
  const url = await new Promise<string>((resolve, reject) => {
    listeners.push((entry) => {
      if (entry.message === 'listening' && typeof entry.url === 'string') resolve(entry.url);
    });
    void exited.then((how) => reject(new Error(`server exited before listening (${how})`)));
  });
  const port = Number(new URL(url).port);
  return {
    child,
    url,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    port,
    exited,
    onLog: (listener) => listeners.push(listener),
  };
}
