// The printed table: one row per figure, both servers side by side, and ours / Hocuspocus.

/** The rows every scenario that types and times edits (see measure.mjs) shows. */
function typingRows(scenario, { loadedMemory = false } = {}) {
  return [
    { scenario, label: 'latency p50 (ms)', get: (r) => r.latencyMs.p50 },
    { scenario, label: 'latency p95 (ms)', get: (r) => r.latencyMs.p95 },
    { scenario, label: 'latency p99 (ms)', get: (r) => r.latencyMs.p99 },
    { scenario, label: 'latency max (ms)', get: (r) => r.latencyMs.max },
    { scenario, label: 'latency samples', get: (r) => r.samples },
    { scenario, label: 'samples expected', get: (r) => r.expectedSamples, ratio: false },
    { scenario, label: 'edits in window', get: (r) => r.editsMeasured, ratio: false },
    { scenario, label: 'lost updates', get: (r) => r.lostUpdates, ratio: false },
    { scenario, label: 'client disconnects', get: (r) => r.disconnects, ratio: false },
    { scenario, label: 'all clients converged', get: (r) => (r.converged ? 'yes' : 'NO'), ratio: false },
    { scenario, label: 'server CPU (s)', get: (r) => r.serverCpuSeconds },
    { scenario, label: 'server memory idle at start (MB)', get: (r) => r.serverStartMemoryMb },
    ...(loadedMemory
      ? [{ scenario, label: 'server memory, all loaded (MB)', get: (r) => r.serverLoadedMemoryMb }]
      : []),
    { scenario, label: 'server peak memory (MB)', get: (r) => r.serverPeakMemoryMb },
    { scenario, label: 'server peak while typing (MB)', get: (r) => r.serverTypingPeakMemoryMb },
  ];
}

/** Rows of the table: scenario, label, how to get the figure from a scenario result. */
export const ROWS = [
  ...typingRows('typing'),
  ...typingRows('stress'),
  ...typingRows('manyMeetings', { loadedMemory: true }),
  { scenario: 'coldLoad', label: 'cold load, median (ms)', get: (r) => r.coldLoadMs },
  {
    scenario: 'coldLoad',
    label: 'cold load, each run (ms)',
    get: (r) => r.coldLoadRunsMs.join(' / '),
    ratio: false,
  },
  { scenario: 'coldLoad', label: 'warm sync, median (ms)', get: (r) => r.warmSyncMs },
  { scenario: 'coldLoad', label: 'data dir size (KB)', get: (r) => r.storedKb },
  { scenario: 'coldLoad', label: 'time to send updates (s)', get: (r) => r.writeSeconds },
  ...typingRows('extraction', { loadedMemory: true }),
  { scenario: 'crash', label: 'edits sent', get: (r) => r.editsSent, ratio: false },
  { scenario: 'crash', label: 'edits seen by observer', get: (r) => r.editsObserved, ratio: false },
  { scenario: 'crash', label: 'edits after restart', get: (r) => r.editsAfterRestart, ratio: false },
  { scenario: 'crash', label: 'lost edits', get: (r) => r.lostEdits },
];

export function scenarioTitles(settings) {
  const s = settings;
  return {
    typing: `1. One meeting: ${s.clients} clients, ${s.writers} typing every ${s.minPauseMs}-${s.maxPauseMs} ms for ${s.seconds} s (after ${s.warmupMs / 1000} s warm-up)`,
    stress: `2. Stress: ${s.stressClients} clients on one document, all typing every ${s.stressPauseMs} ms for ${s.seconds} s`,
    manyMeetings: `3. Many meetings: ${s.meetings} meetings x ${s.meetingClients} people, each typing every ${s.meetingMinPauseMs / 1000}-${s.meetingMaxPauseMs / 1000} s for ${s.seconds} s`,
    coldLoad: `4. Cold load after restart: document of ${s.coldUpdates.toLocaleString('en')} single-letter updates (${s.coldRepeats} restarts)`,
    extraction: `5. Long minutes: ${s.extractionItems} agenda items, ${s.extractionWriters} typing every ${s.extractionMinPauseMs}-${s.extractionMaxPauseMs} ms, ${s.extractionBurstPauseMs / 1000} s pause every ${s.extractionBurst} edits, for ${s.seconds} s`,
    crash: `6. SIGKILL ${s.killDelayMs} ms after ${s.crashWriters} writers left (typed ${s.crashSeconds} s; observer still connected)`,
  };
}

/**
 * What Minutes should reach, as ours / Hocuspocus in the same run (`max`), or as an absolute
 * count that must be zero (`zero`). Checked for every scenario that was run and has the figure.
 */
const TYPING_GOALS = [
  { goal: 'p95 edit latency', get: (r) => r.latencyMs.p95, max: 0.8 },
  { goal: 'server CPU', get: (r) => r.serverCpuSeconds, max: 0.8 },
  { goal: 'peak memory', get: (r) => r.serverPeakMemoryMb, max: 1.0 },
  { goal: 'lost updates', get: (r) => r.lostUpdates, zero: true },
];
export const GOALS = {
  typing: TYPING_GOALS,
  stress: TYPING_GOALS,
  manyMeetings: TYPING_GOALS,
  coldLoad: [{ goal: 'cold load', get: (r) => r.coldLoadMs, max: 0.5 }],
  extraction: TYPING_GOALS,
  crash: [{ goal: 'lost edits', get: (r) => r.lostEdits, zero: true }],
};

/** Checks the goals: one entry per scenario and goal, and the lines that show them. */
export function checkGoals(results, kinds) {
  const [ours, theirs] = kinds;
  const checks = [];
  for (const [scenario, byKind] of Object.entries(results.scenarios)) {
    for (const { goal, get, max, zero } of GOALS[scenario] ?? []) {
      const mine = byKind[ours]?.error ? undefined : byKind[ours] && get(byKind[ours]);
      const peer = byKind[theirs]?.error ? undefined : byKind[theirs] && get(byKind[theirs]);
      const ratio = ratioValue(mine, peer);
      let met = false;
      if (zero) met = mine === 0;
      else if (ratio !== null) met = ratio <= max;
      checks.push({
        scenario,
        goal,
        target: zero ? 'ours = 0' : `ours / HP <= ${max.toFixed(1)}`,
        ours: mine ?? null,
        hocuspocus: peer ?? null,
        ratio,
        met,
      });
    }
  }
  const cells = checks.map((check) => [
    `  ${check.scenario}: ${check.goal}`,
    formatValue(check.ours),
    formatValue(check.hocuspocus),
    check.ratio === null ? '' : `${check.ratio.toFixed(2)}x`,
    check.target,
    check.met ? 'met' : 'NOT MET',
  ]);
  const header = [
    'Goals',
    results.labels[ours],
    results.labels[theirs],
    ratioTitle(results, theirs),
    'goal',
    '',
  ];
  const lines = formatTable(header, cells);
  const perScenario = Object.keys(results.scenarios).map((scenario) => {
    const own = checks.filter((check) => check.scenario === scenario);
    const met = own.filter((check) => check.met).length;
    return `${scenario} ${met}/${own.length}`;
  });
  lines.push(`Goals met per scenario: ${perScenario.join(', ')}`);
  return { text: lines.join('\n'), checks };
}

/** The ratio column's title: against Hocuspocus unless a baseline or the relay took its place. */
function ratioTitle(results, peer) {
  const label = results.labels[peer];
  return label === 'Hocuspocus' ? 'ours / HP' : `ours / ${label}`;
}

function formatTable(header, rows) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => String(row[i]).length)));
  const format = (cells) =>
    cells
      .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
      .join('  ');
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(format)];
}

/** Builds the table rows (strings) and the ratios, from `results.scenarios`. */
export function tabulate(results, kinds) {
  const lines = [];
  const ratios = {};
  const titles = scenarioTitles(results.settings);
  const header = ['', ...kinds.map((kind) => results.labels[kind]), ratioTitle(results, kinds[1])];
  const table = [];
  let current;
  for (const row of ROWS) {
    const byKind = results.scenarios[row.scenario];
    if (!byKind) continue;
    if (row.scenario !== current) {
      current = row.scenario;
      table.push({ title: titles[row.scenario] });
      for (const kind of kinds) {
        const error = byKind[kind]?.error;
        if (error)
          table.push({
            note: `  ERROR (${results.labels[kind]}): ${error.split('\n').slice(0, 3).join(' | ')}`,
          });
      }
    }
    const values = kinds.map((kind) => {
      const result = byKind[kind];
      if (!result || result.error) return undefined;
      return row.get(result);
    });
    let ratio = '';
    if (row.ratio !== false) {
      ratio = formatRatio(values[0], values[1]);
      ratios[row.scenario] ??= {};
      ratios[row.scenario][row.label] = ratioValue(values[0], values[1]);
    }
    table.push({ cells: [`  ${row.label}`, ...values.map(formatValue), ratio] });
  }
  const widths = header.map((cell, i) =>
    Math.max(
      cell.length,
      ...table.filter((row) => row.cells).map((row) => String(row.cells[i] ?? '').length),
    ),
  );
  const format = (cells) =>
    cells
      .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell ?? '').padStart(widths[i])))
      .join('  ');
  lines.push(format(header));
  lines.push(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of table) lines.push(row.title ?? row.note ?? format(row.cells));
  return { text: lines.join('\n'), ratios };
}

function formatValue(value) {
  if (value === undefined || value === null) return '-';
  if (typeof value === 'number') return value.toLocaleString('en', { maximumFractionDigits: 2 });
  return String(value);
}

function ratioValue(ours, theirs) {
  if (typeof ours !== 'number' || typeof theirs !== 'number' || theirs === 0) return null;
  return Math.round((ours / theirs) * 100) / 100;
}

function formatRatio(ours, theirs) {
  const ratio = ratioValue(ours, theirs);
  if (ratio === null) return typeof ours === 'number' && typeof theirs === 'number' ? 'n/a' : '';
  return `${ratio.toFixed(2)}x`;
}
