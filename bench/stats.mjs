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
