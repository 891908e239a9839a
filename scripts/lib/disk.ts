// A full disk is said in one line, not as the stack trace of whichever
// library hit it first.
import { lstatSync, readdirSync, statfsSync } from 'node:fs';
import { join } from 'node:path';

const DISK_FULL = /\bENOSPC\b|no space left on device|\bEDQUOT\b|disk quota exceeded/i;

/** Whether an error, or what a child process printed, says the disk (or the quota) is full. */
export function isDiskFull(errorOrText: unknown): boolean {
  if (typeof errorOrText === 'string') return DISK_FULL.test(errorOrText);
  const code = (errorOrText as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' || DISK_FULL.test(String(errorOrText));
}

export function freeBytes(dir: string): number | undefined {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return undefined;
  }
}

/** Bytes in the files under `path` (0 when it does not exist). */
export function treeBytes(path: string): number {
  let total = 0;
  const walk = (p: string) => {
    let s;
    try {
      s = lstatSync(p);
    } catch {
      return;
    }
    if (s.isDirectory()) {
      let names: string[] = [];
      try {
        names = readdirSync(p);
      } catch {
        return;
      }
      for (const n of names) walk(join(p, n));
    } else total += s.size;
  };
  walk(path);
  return total;
}

function megabytes(bytes: number, lang: 'vi' | 'en'): string {
  const mb = Math.max(bytes, 0) / 1e6;
  const text = mb >= 10 ? Math.ceil(mb).toString() : (Math.ceil(mb * 10) / 10).toFixed(1);
  return `${lang === 'vi' ? text.replace('.', ',') : text} MB`;
}

export interface DiskFull {
  /** The folder whose filesystem is full. */
  dir: string;
  free: number | undefined;
  /** Free space the build needs there. */
  need: number;
  /** True when `need` is only what was written before the disk filled. */
  atLeast: boolean;
  outDir: string;
}

/** One line in both languages: the disk is full, where, how much the build needs. */
export function diskFullLine(d: DiskFull): string {
  const freeVi = d.free === undefined ? '' : ` (còn trống ${megabytes(d.free, 'vi')})`;
  const freeEn = d.free === undefined ? '' : ` (${megabytes(d.free, 'en')} free)`;
  const needVi = `${d.atLeast ? 'ít nhất' : 'khoảng'} ${megabytes(d.need, 'vi')}`;
  const needEn = `${d.atLeast ? 'at least' : 'about'} ${megabytes(d.need, 'en')}`;
  return (
    `Hết chỗ trên đĩa chứa ${d.dir}${freeVi}: bản dựng cần ${needVi} trống ở đó; ${d.outDir} giữ nguyên. / ` +
    `The disk holding ${d.dir} is full${freeEn}: the build needs ${needEn} free there; ${d.outDir} left untouched.`
  );
}
