// Import of a 1 MB minutes text, as the server does it: recognise, build the document, encode it
// for Yjs (MinutesImport.prepare), and the recogniser alone.
//   node bench/import.mjs        (after `pnpm build`)
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { recogniseMinutes } from '@minutes/shared/recognise';
import { MinutesImport } from '../server/dist/import/MinutesImport.js';

const FIXTURES = path.resolve(import.meta.dirname, '../tests/fixtures/minutes');
const TARGET_BYTES = Number(process.env.BENCH_IMPORT_BYTES ?? 1024 * 1024);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

// One long meeting: a real header and attendee list, then the bodies of all fixtures repeated.
const first = fs.readFileSync(path.join(FIXTURES, '2025-03-06-rektorsnatverket.txt'), 'utf8');
const bodies = fs
  .readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
let text = first;
for (let n = 0; Buffer.byteLength(text) < TARGET_BYTES; n++) {
  text += `\n\n${n + 10}. Punkt ${n + 10}\n\n${bodies[n % bodies.length]}`;
}

const imports = new MinutesImport(null, null);
function measure(label, run) {
  const times = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(48)} first ${times[0].toFixed(0).padStart(5)} ms   median ${times[Math.floor(RUNS / 2)].toFixed(0).padStart(5)} ms   max ${times.at(-1).toFixed(0).padStart(5)} ms`,
  );
  return result;
}

console.log(`import of ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB of minutes text, ${RUNS} runs`);
const minutes = measure('recogniseMinutes', () => recogniseMinutes(text, { format: 'text' }));
const prepared = measure('MinutesImport.prepare (recognise + document)', () =>
  imports.prepare({ text, format: 'text' }),
);
console.log(
  `found ${minutes.agenda.length} agenda items, ${minutes.decisions.length} decisions, ${minutes.actions.length} tasks; document ${(prepared.update.byteLength / 1024).toFixed(0)} KB as Yjs`,
);
