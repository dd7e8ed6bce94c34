#!/usr/bin/env node
// `npm start` and `npm test` on a machine with nothing but Node 20 and npm: install what is
// missing (pnpm, the workspace's packages, Debian's Chromium for the browser tests, PostgreSQL
// for the storage tests, Redis and nginx for the scale-out tests), then build and serve, or run
// the whole gate.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const PNPM_VERSION = '10.34.9';
const root = path.resolve(import.meta.dirname, '..');
const mode = process.argv[2];

function log(message) {
  process.stderr.write(`[minutes] ${message}\n`);
}

function works(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    log(`${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

/** Returns the command line that runs pnpm, installing it globally when it is missing. */
function ensurePnpm() {
  if (works('pnpm', ['--version'])) return ['pnpm'];
  log(`installing pnpm ${PNPM_VERSION}`);
  if (
    spawnSync('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`], { stdio: 'inherit' }).status === 0 &&
    works('pnpm', ['--version'])
  ) {
    return ['pnpm'];
  }
  log('a global install was not possible; using npx');
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

/** Whether Debian's postgresql package is installed: the storage tests start a server of their own. */
function hasPostgres() {
  const programs = '/usr/lib/postgresql';
  return (
    fs.existsSync(programs) &&
    fs.readdirSync(programs).some((version) => fs.existsSync(path.join(programs, version, 'bin', 'initdb')))
  );
}

function ensureTestPackages() {
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  // The PDF export tests read the PDFs back with poppler's pdftotext.
  const packages = [
    ...(fs.existsSync(executable) ? [] : ['chromium']),
    ...(works('pdftotext', ['-v']) ? [] : ['poppler-utils']),
    ...(hasPostgres() ? [] : ['postgresql']),
    // The scale-out tests run two server processes with Redis between them, behind nginx.
    ...(works('redis-server', ['--version']) ? [] : ['redis-server']),
    ...(fs.existsSync('/usr/sbin/nginx') || works('nginx', ['-v']) ? [] : ['nginx']),
  ];
  if (packages.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !works('apt-get', ['--version'])) {
    if (packages.includes('poppler-utils')) {
      log("pdftotext is needed for the PDF tests: install Debian's poppler-utils package.");
    }
    if (packages.includes('chromium')) {
      log(`Chromium is needed for the browser tests and was not found at ${executable}.`);
      log("Install Debian's chromium package (apt-get install chromium), or set CHROMIUM_PATH.");
    }
    if (packages.includes('postgresql')) {
      log('PostgreSQL is needed for the storage tests, which run every store on it as well as on SQLite.');
      log("Install Debian's postgresql package (apt-get install postgresql).");
    }
    for (const [name, why] of [
      ['redis-server', 'Redis is needed for the scale-out tests'],
      ['nginx', 'nginx is needed for the scale-out tests'],
    ]) {
      if (packages.includes(name)) log(`${why}: install Debian's ${name} package (apt-get install ${name}).`);
    }
    if (packages.some((name) => name !== 'poppler-utils')) process.exit(1);
    return;
  }
  log(`installing Debian's ${packages.join(', ')} for the tests`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...packages], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

const [pnpm, ...pnpmArgs] = ensurePnpm();
const pnpmRun = (...args) => run(pnpm, [...pnpmArgs, ...args]);

pnpmRun('install', '--frozen-lockfile', '--reporter=append-only');

if (mode === 'test') {
  ensureTestPackages();
  pnpmRun('run', 'gate');
} else if (mode === 'start') {
  pnpmRun('run', 'build');
  const { flags } = JSON.parse(fs.readFileSync(path.join(root, 'server/node-options.json'), 'utf8'));
  const server = spawn(process.execPath, [...flags, path.join(root, 'server/dist/minutes-server.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  log('usage: node scripts/bootstrap.mjs start|test');
  execFileSync('false');
}
