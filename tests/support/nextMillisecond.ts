/** Waits until the clock has moved on, so that the next timestamp is later than any taken before. */
export async function nextMillisecond(): Promise<void> {
  const now = Date.now();
  while (Date.now() === now) await new Promise((resolve) => setImmediate(resolve));
}
