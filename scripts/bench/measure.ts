// Runs a command and measures it: wall time, and memory of its whole process
// tree sampled from /proc (Linux). Each process is also put in a phase by its
// command line, so one build's Astro and Pagefind steps are timed apart.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PhaseStats {
  /** ms after start when a process of this phase was first / last seen. */
  firstMs: number;
  lastMs: number;
  /** Largest sum of VmRSS of this phase's processes at one sample. */
  peakRssKb: number;
}

export interface Measurement {
  status: number | null;
  wallMs: number;
  /** Largest sum of VmRSS over the whole tree at one sample. */
  peakTreeRssKb: number;
  /** Largest VmHWM (kernel-kept peak) of any single process in the tree. */
  peakProcessHwmKb: number;
  phases: Record<string, PhaseStats>;
  samples: number;
  /**
   * User + system CPU time of every process of the tree, each as last sampled
   * from /proc/<pid>/stat (so at most one interval short per process).
   * /usr/bin/time alone misses processes that outlive their parent, such as
   * the Pagefind binary.
   */
  cpuMs: number;
  /** The same from /usr/bin/time (reaped descendants only), if available. */
  reapedCpuMs?: number;
  /** 1-minute load average when the command started: other work on the machine skews wall times. */
  loadAtStart: number;
  stdout: string;
  stderr: string;
}

const INTERVAL_MS = 100;

function readStatus(pid: number): { ppid: number; rss: number; hwm: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const num = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { ppid: num('PPid'), rss: num('VmRSS'), hwm: num('VmHWM') };
  } catch {
    return undefined;
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU time (user + system) a process has used so far, in ms. */
function cpuOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(rest[11]) + Number(rest[12])) * TICK_MS;
  } catch {
    return undefined;
  }
}

/** Descendants of `root` (itself included) with their status. */
function tree(root: number): Map<number, { rss: number; hwm: number }> {
  const all = new Map<number, { ppid: number; rss: number; hwm: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = readStatus(Number(name));
    if (s) all.set(Number(name), s);
  }
  const children = new Map<number, number[]>();
  for (const [pid, s] of all) children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  const out = new Map<number, { rss: number; hwm: number }>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const s = all.get(pid);
    if (!s) continue;
    out.set(pid, { rss: s.rss, hwm: s.hwm });
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; phaseOf?: (cmdline: string) => string | undefined; echo?: boolean },
): Promise<Measurement> {
  return new Promise((resolvePromise, reject) => {
    const loadAtStart = loadavg()[0]!;
    // /usr/bin/time reports CPU time including every reaped descendant.
    const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
    const timeDir = timeBin ? mkdtempSync(join(tmpdir(), 'bench-time-')) : undefined;
    const timeFile = timeDir ? join(timeDir, 'time') : undefined;
    const [cmd, argv] = timeBin ? [timeBin, ['-f', '%U %S', '-o', timeFile!, command, ...args]] : [command, args];
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      if (options.echo) process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
      if (options.echo) process.stderr.write(d);
    });
    const phases: Record<string, PhaseStats> = {};
    const phaseOfPid = new Map<number, string | undefined>();
    const cpuByPid = new Map<number, number>();
    let peakTree = 0;
    let peakHwm = 0;
    let samples = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const now = performance.now() - started;
      const procs = tree(child.pid);
      let sum = 0;
      const phaseSums: Record<string, number> = {};
      for (const [pid, s] of procs) {
        sum += s.rss;
        const cpu = cpuOf(pid);
        if (cpu !== undefined) cpuByPid.set(pid, cpu);
        peakHwm = Math.max(peakHwm, s.hwm);
        if (!phaseOfPid.has(pid)) phaseOfPid.set(pid, options.phaseOf?.(cmdline(pid)));
        const phase = phaseOfPid.get(pid);
        if (phase) phaseSums[phase] = (phaseSums[phase] ?? 0) + s.rss;
      }
      for (const [phase, rss] of Object.entries(phaseSums)) {
        const p = (phases[phase] ??= { firstMs: now, lastMs: now, peakRssKb: 0 });
        p.lastMs = now;
        p.peakRssKb = Math.max(p.peakRssKb, rss);
      }
      peakTree = Math.max(peakTree, sum);
      samples++;
    };
    const timer = setInterval(sample, INTERVAL_MS);
    sample();
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      let cpuMs: number | undefined;
      if (timeFile && timeDir) {
        try {
          const [user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
          cpuMs = ((user ?? 0) + (sys ?? 0)) * 1000;
        } catch {
          /* no timing written */
        }
        rmSync(timeDir, { recursive: true, force: true });
      }
      const sampledCpu = [...cpuByPid.values()].reduce((a, b) => a + b, 0);
      resolvePromise({ status, wallMs, peakTreeRssKb: peakTree, peakProcessHwmKb: peakHwm, phases, samples, cpuMs: sampledCpu, reapedCpuMs: cpuMs, loadAtStart, stdout, stderr });
    });
  });
}
