// A build's processes wait for the children their libraries start (Vite's
// esbuild service, for one) before they exit: a child left to outlive its
// parent may never be reaped, and holds the build's process group.
import type { ChildProcess } from 'node:child_process';
import { subscribe } from 'node:diagnostics_channel';

const children = new Set<ChildProcess>();

/** From now on, every child process this process starts is remembered until it exits. */
export function trackChildren(): void {
  subscribe('child_process', (message) => {
    const child = (message as { process: ChildProcess }).process;
    children.add(child);
    child.once('exit', () => children.delete(child));
  });
}

/** Ends the children still running (stdin closed, then SIGTERM, then SIGKILL) and waits for each to exit. */
export function endChildren(graceMs = 2000): Promise<void> {
  return Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          const term = setTimeout(() => child.kill('SIGTERM'), graceMs);
          const kill = setTimeout(() => child.kill('SIGKILL'), 2 * graceMs);
          child.once('exit', () => {
            clearTimeout(term);
            clearTimeout(kill);
            done();
          });
          child.ref();
          child.stdin?.end();
        }),
    ),
  ).then(() => undefined);
}
