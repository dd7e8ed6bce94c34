import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exited, freePort, isRunning, portAnswers } from './processes.js';

/** The configuration the README tells people to install. */
export const NGINX_CONFIG = path.resolve(import.meta.dirname, '../../deploy/nginx-minutes.conf');

const NOT_INSTALLED =
  "nginx is not installed: the scale-out tests start one from Debian's nginx package " +
  '(`npm test` installs it; or apt-get install nginx).';

export interface TestNginx {
  readonly url: string;
  readonly wsUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts nginx in a temporary folder with `deploy/nginx-minutes.conf`, changed only where it
 * names addresses: it listens on a free port of 127.0.0.1 and balances over `upstreamPorts`.
 */
export async function startNginx(upstreamPorts: number[]): Promise<TestNginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-nginx-'));
  const port = await freePort();
  const site = fs.readFileSync(NGINX_CONFIG, 'utf8');
  const servers = site.match(/^ {4}server 127\.0\.0\.1:\d+ (.*);$/m);
  if (!servers || !/^ {4}listen 8080;$/m.test(site)) throw new Error(`${NGINX_CONFIG} changed shape`);
  const upstream = upstreamPorts.map((upstreamPort) => `    server 127.0.0.1:${upstreamPort} ${servers[1]};`);
  const ours = site
    .replace(/^ {4}server 127\.0\.0\.1:\d+ .*;\n/gm, '')
    .replace(/^upstream minutes \{\n/m, `upstream minutes {\n${upstream.join('\n')}\n`)
    .replace(/^ {4}listen 8080;$/m, `    listen 127.0.0.1:${port};`);
  fs.writeFileSync(path.join(dir, 'minutes.conf'), ours);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      'daemon off;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include ${path.join(dir, 'minutes.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  // Debian installs it in /usr/sbin, which is not on every PATH.
  const program = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const child: ChildProcess = spawn(program, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const kill = () => {
    if (isRunning(child)) child.kill('SIGKILL');
  };
  process.once('exit', kill);
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new Error(NOT_INSTALLED) : error),
    );
    child.once('exit', (code) => reject(new Error(`nginx exited with ${code}: ${stderr}`)));
  });
  try {
    await Promise.race([portAnswers(port), failed]);
  } catch (error) {
    kill();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  failed.catch(() => undefined);
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    async stop() {
      // SIGTERM: nginx's fast shutdown, which closes open WebSockets at once.
      if (isRunning(child)) child.kill('SIGTERM');
      await exited(child);
      process.off('exit', kill);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
