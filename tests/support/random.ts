/** A seeded pseudo-random source (mulberry32), so that a fuzz run that fails can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of this run: FUZZ_SEED when given, else a fixed one. */
export function fuzzSeed(): number {
  const given = Number(process.env.FUZZ_SEED);
  return Number.isInteger(given) ? given : 20261122;
}

export function randomBytes(random: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

/**
 * A mutated copy of `input`: bytes flipped, cut off, duplicated, or spliced with random bytes,
 * the mutations a fuzzer tries on a valid input to reach deeper into a decoder.
 */
export function mutate(random: () => number, input: Uint8Array): Uint8Array {
  const pick = (n: number) => Math.floor(random() * n);
  const bytes = Array.from(input);
  const rounds = 1 + pick(4);
  for (let round = 0; round < rounds; round++) {
    const at = pick(bytes.length + 1);
    switch (pick(5)) {
      case 0:
        if (bytes.length > 0) {
          const index = Math.min(at, bytes.length - 1);
          bytes[index] = (bytes[index] as number) ^ (1 << pick(8));
        }
        break;
      case 1:
        bytes.length = at;
        break;
      case 2:
        bytes.splice(at, 0, ...bytes.slice(pick(bytes.length + 1), pick(bytes.length + 1)));
        break;
      case 3:
        bytes.splice(at, pick(8), ...randomBytes(random, pick(8)));
        break;
      default:
        bytes[Math.min(at, Math.max(0, bytes.length - 1))] = [0, 0x7f, 0x80, 0xff][pick(4)] as number;
    }
  }
  return Uint8Array.from(bytes);
}
