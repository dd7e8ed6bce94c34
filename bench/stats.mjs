/** p50/p95/p99/max of a list of numbers (nearest-rank), or nulls when it is empty. */
export function summarize(values) {
  if (values.length === 0) return { p50: null, p95: null, p99: null, max: null, samples: 0 };
  const sorted = Float64Array.from(values).sort();
  const rank = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return {
    p50: rank(50),
    p95: rank(95),
    p99: rank(99),
    max: sorted[sorted.length - 1],
    samples: sorted.length,
  };
}

export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function round(value, digits = 1) {
  if (value === null || value === undefined) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Figures where one bad run is the answer, not the typical one. */
const WORST_OF = new Set(['lostUpdates', 'lostEdits', 'disconnects']);

/**
 * One result out of the repeated runs of a scenario on one server (BENCH_REPEATS): the median of
 * each figure, the worst run for losses and disconnects, converged only if every run converged,
 * and lists (each cold-load run) joined. A single run is returned as it is.
 */
export function combineRuns(runs) {
  const ok = runs.filter((run) => !run.error);
  if (ok.length === 0) return runs[0];
  if (ok.length === 1) return ok[0];
  const combined = combineValues(ok);
  if (ok.length < runs.length) combined.failedRuns = runs.length - ok.length;
  combined.repeats = ok.length;
  return combined;
}

function combineValues(values, key) {
  const first = values[0];
  if (typeof first === 'number') {
    return WORST_OF.has(key) ? Math.max(...values) : round(median(values), 2);
  }
  if (typeof first === 'boolean') return values.every(Boolean);
  if (Array.isArray(first)) return values.flat();
  if (first && typeof first === 'object') {
    return Object.fromEntries(
      Object.keys(first).map((name) => [
        name,
        combineValues(
          values.map((value) => value?.[name]),
          name,
        ),
      ]),
    );
  }
  return first;
}
