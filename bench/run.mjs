#!/usr/bin/env node
// Minutes sync server vs Hocuspocus 4.7: `node bench/run.mjs` (or `pnpm bench`) from the repo root.
// Each scenario runs against both servers, one after the other, each a fresh process on a fresh
// data directory. Prints a table and writes the same figures to bench/output/results.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkGoals, tabulate } from './report.mjs';
import { runColdLoad } from './scenarios/coldLoad.mjs';
import { runCrash } from './scenarios/crash.mjs';
import { runExtraction } from './scenarios/extraction.mjs';
import { runManyMeetings } from './scenarios/manyMeetings.mjs';
import { runStress } from './scenarios/stress.mjs';
import { runTyping } from './scenarios/typing.mjs';
import { killAll, profileAs, SERVER_KINDS } from './servers.mjs';
import { combineRuns } from './stats.mjs';
import { warmUpClientCode } from './warmUp.mjs';

const KINDS = ['minutes', 'hocuspocus'];
const OUTPUT_FILE = path.join(import.meta.dirname, 'output', 'results.json');

const SCENARIOS = {
  typing: runTyping,
  stress: runStress,
  manyMeetings: runManyMeetings,
  coldLoad: runColdLoad,
  extraction: runExtraction,
  crash: runCrash,
};

function readSettings(env = process.env) {
  const int = (name, fallback) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a non-negative number`);
    return value;
  };
  const only = (env.BENCH_ONLY ?? '').split(',').filter(Boolean);
  for (const name of only) {
    if (!(name in SCENARIOS))
      throw new RangeError(`BENCH_ONLY: unknown scenario ${name} (${Object.keys(SCENARIOS)})`);
  }
  return {
    scenarios: only.length > 0 ? only : Object.keys(SCENARIOS),
    seconds: int('BENCH_SECONDS', 20),
    warmupMs: int('BENCH_WARMUP_MS', 2000),
    clients: int('BENCH_CLIENTS', 30),
    writers: int('BENCH_WRITERS', 6),
    tailMs: int('BENCH_TAIL_MS', 2500),
    minPauseMs: 100,
    maxPauseMs: 150,
    stressClients: int('BENCH_STRESS_CLIENTS', 60),
    stressPauseMs: int('BENCH_STRESS_PAUSE_MS', 100),
    meetings: int('BENCH_MEETINGS', 100),
    meetingClients: int('BENCH_MEETING_CLIENTS', 3),
    meetingMinPauseMs: 1000,
    meetingMaxPauseMs: 2000,
    extractionItems: int('BENCH_EXTRACTION_ITEMS', 300),
    extractionWriters: int('BENCH_EXTRACTION_WRITERS', 3),
    extractionMinPauseMs: 150,
    extractionMaxPauseMs: 300,
    // A pause longer than Minutes' extraction debounce (1 s) after every 20 letters or so.
    extractionBurst: int('BENCH_EXTRACTION_BURST', 20),
    extractionBurstPauseMs: int('BENCH_EXTRACTION_PAUSE_MS', 1500),
    coldUpdates: int('BENCH_COLD_UPDATES', 20_000),
    coldRepeats: int('BENCH_COLD_REPEATS', 3),
    settleMs: int('BENCH_SETTLE_MS', 3000),
    crashSeconds: int('BENCH_CRASH_SECONDS', 12),
    crashWriters: int('BENCH_CRASH_WRITERS', 3),
    killDelayMs: int('BENCH_KILL_DELAY_MS', 200),
    repeats: Math.max(1, int('BENCH_REPEATS', 1)),
    timeoutSeconds: int('BENCH_TIMEOUT_SECONDS', 900),
  };
}

function describeCommand() {
  const overrides = Object.entries(process.env)
    .filter(([name]) => name.startsWith('BENCH_'))
    .map(([name, value]) => `${name}=${value}`);
  const script = path.relative(process.cwd(), process.argv[1] ?? 'bench/run.mjs') || 'bench/run.mjs';
  const direct = [...overrides, 'node', script, ...process.argv.slice(2)].join(' ');
  return process.env.npm_lifecycle_event === 'bench' ? `pnpm bench  (${direct})` : direct;
}

function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

function installCleanup() {
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping the servers`);
      killAll();
      process.exit(130);
    });
  }
}

function startWatchdog(seconds) {
  const timer = setTimeout(() => {
    console.error(`\nthe bench took longer than ${seconds} s (BENCH_TIMEOUT_SECONDS); giving up`);
    killAll();
    process.exit(2);
  }, seconds * 1000);
  timer.unref();
}

async function main() {
  installCleanup();
  const settings = readSettings();
  startWatchdog(settings.timeoutSeconds);
  const results = {
    command: describeCommand(),
    machine: describeMachine(),
    startedAt: new Date().toISOString(),
    settings,
    labels: Object.fromEntries(KINDS.map((kind) => [kind, SERVER_KINDS[kind].label])),
    notes: [
      'Minutes runs with MAX_FRAMES_PER_SECOND=1000000 in the cold-load scenario only (the bench sends ~10,000 updates/s there); defaults otherwise (stress: 10 edits/s per client plus awareness stays far below the 400 frames/s limit).',
      'The clients run in the bench process and share the cores with the server: in stress they use much of a core themselves.',
      peerNote(),
    ],
    scenarios: {},
  };
  const { machine } = results;
  console.log(`Command: ${results.command}`);
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}`,
  );
  console.log(
    process.env.BENCH_BASELINE || process.env.BENCH_PEER
      ? `Servers: Minutes (server/dist/minutes-server.mjs) vs ${SERVER_KINDS.hocuspocus.label} (${path.relative(process.cwd(), SERVER_KINDS.hocuspocus.script)})`
      : 'Servers: Minutes (server/dist/minutes-server.mjs) vs Hocuspocus 4.7.0 + extension-sqlite (bench/hocuspocus-server.mjs)',
  );
  console.log('');

  // The clients run in this process: without this, whichever server is measured first would pay
  // for compiling the clients' Yjs code.
  warmUpClientCode(settings.coldUpdates);
  let failures = 0;
  const startedAt = performance.now();
  for (const scenario of settings.scenarios) {
    const runs = Object.fromEntries(KINDS.map((kind) => [kind, []]));
    profileAs(scenario);
    for (let repeat = 0; repeat < settings.repeats; repeat++) {
      // Alternating which server goes first spreads slow and fast moments of the machine over both.
      const order = repeat % 2 === 0 ? KINDS : [...KINDS].reverse();
      for (const kind of order) {
        const label = SERVER_KINDS[kind].label;
        const of = settings.repeats > 1 ? ` (${repeat + 1}/${settings.repeats})` : '';
        process.stderr.write(`running ${scenario} on ${label}${of}... `);
        const began = performance.now();
        try {
          runs[kind].push(await SCENARIOS[scenario](kind, settings));
          process.stderr.write(`done in ${((performance.now() - began) / 1000).toFixed(1)} s\n`);
        } catch (error) {
          failures += 1;
          runs[kind].push({ error: error instanceof Error ? error.message : String(error) });
          process.stderr.write(
            `FAILED: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`,
          );
        }
      }
    }
    results.scenarios[scenario] = Object.fromEntries(KINDS.map((kind) => [kind, combineRuns(runs[kind])]));
    if (settings.repeats > 1) results.runs = { ...results.runs, [scenario]: runs };
  }
  results.durationSeconds = Math.round((performance.now() - startedAt) / 1000);

  const { text, ratios } = tabulate(results, KINDS);
  results.ratios = ratios;
  const goals = checkGoals(results, KINDS);
  results.goals = goals.checks;
  console.log('');
  console.log(text);
  console.log('');
  console.log(goals.text);
  console.log('');
  if (results.runs) {
    console.log(`Each figure is the median of ${settings.repeats} runs per server (losses: the worst run).`);
    console.log('Server CPU (s) of each run, in the order run:');
    for (const [scenario, runs] of Object.entries(results.runs)) {
      const cpu = (kind) => runs[kind].map((run) => run.serverCpuSeconds ?? '-').join(' / ');
      if (runs.minutes.some((run) => run.serverCpuSeconds !== undefined))
        console.log(
          `  ${scenario}: ${SERVER_KINDS.minutes.label} ${cpu('minutes')}; ${SERVER_KINDS.hocuspocus.label} ${cpu('hocuspocus')}`,
        );
    }
    console.log('');
  }
  for (const note of results.notes) console.log(`Note: ${note}`);
  console.log(
    `Ratios are ours / ${SERVER_KINDS.hocuspocus.label}: below 1.00x means Minutes is lower (faster, smaller, fewer lost).`,
  );
  console.log(
    `Total ${results.durationSeconds} s. Results written to ${path.relative(process.cwd(), OUTPUT_FILE)}`,
  );

  fs.mkdirSync(path.dirname(OUTPUT_FILE), { recursive: true });
  fs.writeFileSync(OUTPUT_FILE, `${JSON.stringify(results, null, 2)}\n`);
  return failures === 0 ? 0 : 1;
}

main()
  .then((code) => {
    killAll();
    // Nothing should be left running; exit anyway so a stray timer cannot hold the run open.
    process.exit(code);
  })
  .catch((error) => {
    console.error(error);
    killAll();
    process.exit(1);
  });

/** What the peer in this run is, for the notes. */
function peerNote() {
  if (process.env.BENCH_BASELINE)
    return 'The baseline is an earlier build of Minutes (BENCH_BASELINE), run as Minutes is.';
  if (process.env.BENCH_PEER === 'relay') {
    return 'The relay (BENCH_PEER=relay, bench/relay-server.mjs) keeps and stores no document: it only passes each frame to the other clients, the floor for any server.';
  }
  return 'Hocuspocus 4.7 runs with its defaults: debounce 2000 ms, maxDebounce 10000 ms, unloadImmediately true; SQLite extension defaults.';
}
