// The repository itself: no file committed half-merged.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Lines a merge leaves when both sides changed the same place (a lone ======= may be a Markdown heading's underline). */
export function conflictMarkers(text: string): number[] {
  return text.split('\n').flatMap((line, i) => (/^(<{7}|>{7}) /.test(line) ? [i + 1] : []));
}

describe('the repository', () => {
  it('finds the markers a conflicted merge leaves', () => {
    expect(conflictMarkers('a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> other\n')).toEqual([2, 6]);
    expect(conflictMarkers('A heading\n=======\n')).toEqual([]);
    expect(conflictMarkers('no markers == here\n')).toEqual([]);
  });

  it('holds no file with a merge conflict left in it', () => {
    let files: string[];
    try {
      files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
    } catch {
      return; // not a git checkout (a source tarball): nothing to check
    }
    const text = /\.(ts|astro|mdx?|css|json|ya?ml|csv|txt|cjs|mjs|html)$/;
    const found = files.filter((f) => text.test(f)).flatMap((f) => {
      const lines = conflictMarkers(readFileSync(join(root, f), 'utf8'));
      return lines.length ? [`${f}:${lines[0]}`] : [];
    });
    expect(found).toEqual([]);
  });
});
