/** Polls until `check` stops throwing (or returns true), then returns its result. Never sleeps a fixed time. */
export async function waitFor<T>(
  check: () => T,
  { timeoutMs = 10_000, intervalMs = 20 } = {},
): Promise<Exclude<Awaited<T>, false>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const result = await check();
      if (result !== false) return result as Exclude<Awaited<T>, false>;
      throw new Error('condition is false');
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
