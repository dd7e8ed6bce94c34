// Loaded into the server by the soak (`node --expose-gc --import`): on SIGUSR2 it collects
// garbage and logs the heap in use, so that the soak can tell a leak from documents that grow.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  process.stderr.write(`${JSON.stringify({ message: 'heap probe', heapUsed, rss })}\n`);
});
