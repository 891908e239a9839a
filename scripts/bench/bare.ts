// The baseline: a minimal Astro project with one dynamic route that renders
// `pages` pages of trivial content, built with the project's own Astro.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBareProject(dir: string, pages: number): void {
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
    </main>
  </body>
</html>
`,
  );
}
