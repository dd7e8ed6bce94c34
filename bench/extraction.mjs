// Extraction of a 300-agenda-item document, as the server does it after edits:
// clone the Y.Doc, convert it to ProseMirror with the shared schema, run extractMinutes.
//   node bench/extraction.mjs        (after `pnpm build`)
import { performance } from 'node:perf_hooks';
import { DOCUMENT_FIELD, extractMinutes, minutesSchema } from '@minutes/shared';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { longMinutesJson } from './minutesDocument.mjs';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);

const schema = minutesSchema();
const json = longMinutesJson(ITEMS);
const live = new Y.Doc();
prosemirrorJSONToYXmlFragment(schema, json, live.getXmlFragment(DOCUMENT_FIELD));

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function measure(label, run) {
  for (let i = 0; i < 5; i++) run();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const fmt = (v) => v.toFixed(2).padStart(8);
  console.log(
    `${label.padEnd(44)} p50 ${fmt(percentile(times, 50))} ms   p95 ${fmt(percentile(times, 95))} ms   max ${fmt(times.at(-1))} ms`,
  );
}

const node = schema.nodeFromJSON(json);
console.log(
  `extraction of a ${ITEMS}-agenda-item document (${Y.encodeStateAsUpdate(live).byteLength} bytes as Yjs), ${RUNS} runs`,
);
measure('extractMinutes (ProseMirror node)', () => extractMinutes(node, { meetingDate: '2026-02-24' }));
measure('server path: clone + convert + extract', () => {
  const clone = new Y.Doc();
  Y.applyUpdate(clone, Y.encodeStateAsUpdate(live));
  const doc = yXmlFragmentToProseMirrorRootNode(clone.getXmlFragment(DOCUMENT_FIELD), schema);
  const minutes = extractMinutes(doc, { meetingDate: '2026-02-24' });
  if (minutes.decisions.length !== ITEMS) throw new Error('extraction lost decisions');
  clone.destroy();
});
