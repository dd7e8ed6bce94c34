import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL instead of SQLite in `dataDir`: a postgres:// URL (DATABASE_URL). */
  databaseUrl: string | undefined;
  /** Redis (REDIS_URL), through which several server processes share documents. */
  redisUrl: string | undefined;
  /** With Redis, every loaded document is read from the database again this often (RESYNC_EVERY_MS). */
  resyncEveryMs: number;
  /** Behind one reverse proxy such as nginx (TRUST_PROXY=1): trust its X-Forwarded-For and -Proto. */
  trustProxy: boolean;
  /** Directory of the built client; served when it exists. */
  clientDir: string;
  logLevel: LogLevel;
  limits: Limits;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Limits {
  /** Largest WebSocket frame accepted, in bytes. */
  maxFrameBytes: number;
  /** A document may not grow beyond this many bytes of stored updates. */
  maxDocumentBytes: number;
  maxConnectionsPerAddress: number;
  /** Frames a connection may send within one second; beyond that, reading from it pauses. */
  maxFramesPerSecond: number;
  /** Seconds in a row over the frame rate after which a connection is closed as a flood. */
  maxFloodSeconds: number;
  /** Frames held for a connection while its document loads. */
  maxQueuedFrames: number;
  /** A connection that sends nothing for this long is closed (clients renew awareness every 15 s). */
  idleTimeoutMs: number;
  /** A document without connections is unloaded from memory after this long. */
  unloadAfterMs: number;
  /** The update log of a loaded document is compacted after this many appends. */
  compactEvery: number;
  /** In a busy document, keystrokes within this many milliseconds of its last write are written and sent together. */
  flushWindowMs: number;
}

export const defaultLimits: Limits = {
  maxFrameBytes: 2 * 1024 * 1024,
  maxDocumentBytes: 32 * 1024 * 1024,
  maxConnectionsPerAddress: 400,
  maxFramesPerSecond: 400,
  maxFloodSeconds: 10,
  maxQueuedFrames: 256,
  idleTimeoutMs: 60_000,
  unloadAfterMs: 10_000,
  compactEvery: 500,
  flushWindowMs: 20,
};

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a non-negative integer, got ${JSON.stringify(raw)}`);
  return value;
}

function redisUrlFrom(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.REDIS_URL;
  if (raw === undefined || raw === '') return undefined;
  if (!/^rediss?:\/\//.test(raw)) {
    throw new RangeError('REDIS_URL must be a Redis URL, redis://host:port');
  }
  return raw;
}

function databaseUrlFrom(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  if (!/^postgres(ql)?:\/\//.test(raw)) {
    throw new RangeError(
      'DATABASE_URL must be a PostgreSQL URL, postgres://user:password@host:port/database',
    );
  }
  return raw;
}

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const logLevel = (env.LOG_LEVEL ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel))
    throw new RangeError(
      `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(env.LOG_LEVEL)}`,
    );
  return {
    port: intFrom(env, 'PORT', 3000),
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(cwd, env.DATA_DIR || 'data'),
    databaseUrl: databaseUrlFrom(env),
    redisUrl: redisUrlFrom(env),
    resyncEveryMs: intFrom(env, 'RESYNC_EVERY_MS', 15_000),
    trustProxy: intFrom(env, 'TRUST_PROXY', 0) > 0,
    clientDir: path.resolve(import.meta.dirname, '../../client/dist'),
    logLevel,
    limits: {
      maxFrameBytes: intFrom(env, 'MAX_FRAME_BYTES', defaultLimits.maxFrameBytes),
      maxDocumentBytes: intFrom(env, 'MAX_DOCUMENT_BYTES', defaultLimits.maxDocumentBytes),
      maxConnectionsPerAddress: intFrom(
        env,
        'MAX_CONNECTIONS_PER_ADDRESS',
        defaultLimits.maxConnectionsPerAddress,
      ),
      maxFramesPerSecond: intFrom(env, 'MAX_FRAMES_PER_SECOND', defaultLimits.maxFramesPerSecond),
      maxFloodSeconds: intFrom(env, 'MAX_FLOOD_SECONDS', defaultLimits.maxFloodSeconds),
      maxQueuedFrames: intFrom(env, 'MAX_QUEUED_FRAMES', defaultLimits.maxQueuedFrames),
      idleTimeoutMs: intFrom(env, 'IDLE_TIMEOUT_MS', defaultLimits.idleTimeoutMs),
      unloadAfterMs: intFrom(env, 'UNLOAD_AFTER_MS', defaultLimits.unloadAfterMs),
      compactEvery: intFrom(env, 'COMPACT_EVERY', defaultLimits.compactEvery),
      flushWindowMs: intFrom(env, 'FLUSH_WINDOW_MS', defaultLimits.flushWindowMs),
    },
  };
}
