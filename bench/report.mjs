// The printed table: one row per figure, both servers side by side, and ours / Hocuspocus.

/** Rows of the table: scenario, label, how to get the figure from a scenario result. */
export const ROWS = [
  { scenario: 'typing', label: 'latency p50 (ms)', get: (r) => r.latencyMs.p50 },
  { scenario: 'typing', label: 'latency p95 (ms)', get: (r) => r.latencyMs.p95 },
  { scenario: 'typing', label: 'latency p99 (ms)', get: (r) => r.latencyMs.p99 },
  { scenario: 'typing', label: 'latency max (ms)', get: (r) => r.latencyMs.max },
  { scenario: 'typing', label: 'latency samples', get: (r) => r.samples },
  { scenario: 'typing', label: 'samples expected', get: (r) => r.expectedSamples, ratio: false },
  { scenario: 'typing', label: 'edits in window', get: (r) => r.editsMeasured, ratio: false },
  { scenario: 'typing', label: 'client disconnects', get: (r) => r.disconnects, ratio: false },
  {
    scenario: 'typing',
    label: 'all clients converged',
    get: (r) => (r.converged ? 'yes' : 'NO'),
    ratio: false,
  },
  { scenario: 'typing', label: 'server CPU (s)', get: (r) => r.serverCpuSeconds },
  { scenario: 'typing', label: 'server memory idle at start (MB)', get: (r) => r.serverStartMemoryMb },
  { scenario: 'typing', label: 'server peak memory (MB)', get: (r) => r.serverPeakMemoryMb },
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
  { scenario: 'crash', label: 'edits sent', get: (r) => r.editsSent, ratio: false },
  { scenario: 'crash', label: 'edits seen by observer', get: (r) => r.editsObserved, ratio: false },
  { scenario: 'crash', label: 'edits after restart', get: (r) => r.editsAfterRestart, ratio: false },
  { scenario: 'crash', label: 'lost edits', get: (r) => r.lostEdits },
];

export function scenarioTitles(settings) {
  return {
    typing: `1. One meeting: ${settings.clients} clients, ${settings.writers} typing every ${settings.minPauseMs}-${settings.maxPauseMs} ms for ${settings.seconds} s (after ${settings.warmupMs / 1000} s warm-up)`,
    coldLoad: `2. Cold load after restart: document of ${settings.coldUpdates.toLocaleString('en')} single-letter updates (${settings.coldRepeats} restarts)`,
    crash: `3. SIGKILL ${settings.killDelayMs} ms after ${settings.crashWriters} writers left (typed ${settings.crashSeconds} s; observer still connected)`,
  };
}

/** Builds the table rows (strings) and the ratios, from `results.scenarios`. */
export function tabulate(results, kinds) {
  const lines = [];
  const ratios = {};
  const titles = scenarioTitles(results.settings);
  const header = ['', ...kinds.map((kind) => results.labels[kind]), 'ours / HP'];
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
