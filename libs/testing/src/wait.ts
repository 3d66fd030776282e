/**
 * Waits until `condition` holds, checking every 20 ms, and fails with `what` after `timeoutMs`:
 * tests wait on what they expect, never for a fixed time.
 */
export async function waitFor(what: string, condition: () => Promise<boolean> | boolean, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
