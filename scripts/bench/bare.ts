// The baseline: a minimal Astro project with one dynamic route that renders
// `pages` pages of trivial content, built with the project's own Astro.
// With `rows`, each page also carries a table of that many rows, about the
// weight of a unit page, to time Astro on pages as heavy as ours:
// `node scripts/bench/bare.ts <dir> <pages> <rows>`, then `astro build` there.
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function writeBareProject(dir: string, pages: number, rows = 0): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `bare-${pages}`, private: true, type: 'module' }, null, 2));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[...slug].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({
    params: { slug: i === 0 ? undefined : \`xa/trang-\${i}\` },
    props: { i },
  }));
}
const { i } = Astro.props;
const items = [1, 2, 3, 4, 5].map((k) => \`Mục \${k} của trang \${i}\`);
const rows = Array.from({ length: ${rows} }, (_, k) => ({ k, name: \`Tiêu chí \${k} của trang \${i}\`, met: k % 3 > 0 }));
---
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Trang {i}</title>
    <style>body { font-family: system-ui, sans-serif; max-width: 40rem; margin: auto; }</style>
  </head>
  <body>
    <header><a href="/">Trang chủ</a></header>
    <main data-pagefind-body>
      <h1>Trang số {i}</h1>
      <p>Đây là trang {i} trong {${pages}} trang của trang web đối chứng, có nội dung đơn giản.</p>
      <ul>{items.map((t) => <li>{t}</li>)}</ul>
      {rows.length > 0 && (
        <table data-pagefind-ignore><tbody>{rows.map((r) => <tr><th scope="row">{r.name}</th><td class={r.met ? 'met' : 'not_met'}>{r.met ? 'Đạt' : 'Chưa đạt'}</td><td><time datetime="2021-09-30">30/9/2021</time></td></tr>)}</tbody></table>
      )}
    </main>
  </body>
</html>
`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, pages, rows] = process.argv.slice(2);
  if (!dir || !pages) throw new Error('usage: bare.ts <dir> <pages> [rows]');
  writeBareProject(dir, Number(pages), Number(rows ?? 0));
  const modules = join(dir, 'node_modules');
  if (!existsSync(modules)) symlinkSync(resolve(fileURLToPath(import.meta.url), '../../../node_modules'), modules, 'dir');
}
