// What the bench writes into a document. Every edit is one Yjs transaction that inserts one
// letter into the shared text and appends `{ seq, t }` to the writer's own edit log, a Y.Array
// named `edits-<writer>`: `t` is performance.now() at the writer. All clients live in this process,
// so a reader's performance.now() - t is the end-to-end latency of that edit.

export const TEXT = 'bench';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function editLog(doc, writer) {
  return doc.getArray(`edits-${writer}`);
}

/** A small seeded PRNG (mulberry32), so runs type the same positions and pauses. */
export function randomSource(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The shared text the bench types into unless told otherwise. */
export function benchText(doc) {
  return doc.getText(TEXT);
}

/**
 * Inserts one letter at a random position of a text (`target(doc)`: the bench's own Y.Text by
 * default, or an XML text inside a minutes document), logging it under `writer`.
 */
export function typeOne(doc, writer, seq, random, target = benchText) {
  const text = target(doc);
  const letter = LETTERS[Math.floor(random() * LETTERS.length)];
  const t = performance.now();
  doc.transact(() => {
    text.insert(Math.floor(random() * (text.length + 1)), letter);
    editLog(doc, writer).push([{ seq, t }]);
  });
  return t;
}

/**
 * Types one edit every `minMs`..`maxMs` (uniformly random) until stopped. `sentAt` holds the
 * timestamp of every edit sent, in order. With `burst`, the typist stops for `burst.pauseMs`
 * after every `burst.edits` edits, as people do between sentences: that is when Minutes
 * extracts the minutes again.
 */
export function startTyping(client, writer, { minMs, maxMs, seed, target = benchText, burst }) {
  const random = randomSource(seed);
  const sentAt = [];
  let timer;
  let stopped = false;
  const tick = () => {
    if (stopped || client.destroyed) return;
    sentAt.push(typeOne(client.doc, writer, sentAt.length, random, target));
    const pausing = burst && sentAt.length % burst.edits === 0;
    timer = setTimeout(tick, pausing ? burst.pauseMs : minMs + random() * (maxMs - minMs));
  };
  // Stagger the writers' first edits over one interval.
  timer = setTimeout(tick, random() * maxMs);
  return {
    sentAt,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** Calls `onEdit(writer, { seq, t })` for every edit by `writers` that reaches `client` from elsewhere. */
export function observeEdits(client, writers, onEdit) {
  for (const writer of writers) {
    editLog(client.doc, writer).observe((event, transaction) => {
      if (transaction.local) return;
      for (const item of event.changes.added) {
        for (const edit of item.content.getContent()) onEdit(writer, edit);
      }
    });
  }
}

/** The ids (`writer:seq`) of all edits by `writers` present in `doc`. */
export function editIds(doc, writers) {
  const ids = new Set();
  for (const writer of writers) {
    for (const edit of editLog(doc, writer).toArray()) ids.add(`${writer}:${edit.seq}`);
  }
  return ids;
}
