// A build's child processes stop when the build is killed, instead of going
// on writing into folders the next build removes.
export function exitWhenOrphaned(beforeExit?: () => Promise<unknown>): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    void Promise.resolve(beforeExit?.())
      .catch(() => undefined)
      .then(() => process.exit(130));
  }, 500);
  timer.unref();
}
