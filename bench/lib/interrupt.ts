/** Clean-ups to run if the benchmark is interrupted (Ctrl-C) while they are pending. */
const pending = new Set<() => Promise<void>>();

/** Registers `cleanup` until the returned function is called (after the normal clean-up). */
export function cleanUpIfInterrupted(cleanup: () => Promise<void>): () => void {
  pending.add(cleanup);
  return () => pending.delete(cleanup);
}

/** On SIGINT or SIGTERM: run every pending clean-up (10 s at most), then exit. */
export function installInterruptHandler(): void {
  const onSignal = async (signal: NodeJS.Signals) => {
    process.stderr.write(`\nbench: ${signal}, cleaning up...\n`);
    const timeout = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
    await Promise.race([Promise.allSettled([...pending].map((cleanup) => cleanup())), timeout]);
    process.exit(130);
  };
  process.once('SIGINT', (signal) => void onSignal(signal));
  process.once('SIGTERM', (signal) => void onSignal(signal));
}
