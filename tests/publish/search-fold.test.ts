import { describe, expect, it } from 'vitest';
import { indexedText, pageForIndex, pageUrl } from '../../src/publish/search-index.ts';
import { FOLD_MARK, PRESENT_META, TITLE_FIRST_OF, buildExcerpt, queryTerms, searchQuery, titleFirst } from '../../src/browser/search/excerpt.ts';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="vi"><head><title>x</title>${head}</head><body><header>Đầu trang</header><main data-pagefind-body data-pagefind-filter="kind:page">${body}</main><footer>Đường chân</footer></body></html>`;

describe('the text Pagefind indexes', () => {
  it('is only inside data-pagefind-body, without ignored parts, scripts or styles', () => {
    const found = indexedText(page('<h1>Đồng Lợi</h1><p>Con <b>đường</b> mới &amp; đẹp</p><div data-pagefind-ignore><p>Đừng</p></div><script>var đ=1</script>'))!;
    expect(found.blocks).toEqual([
      { text: 'Đồng Lợi', weight: 7 },
      { text: 'Con đường mới & đẹp', weight: 1 },
    ]);
  });

  it('is missing for pages without data-pagefind-body', () => {
    expect(indexedText('<html><body><main><p>Đồng</p></main></body></html>')).toBeUndefined();
  });
});

describe('the page given to Pagefind', () => {
  it('adds đ → d copies of headings (with their weight) and text, inside the indexed body', () => {
    const html = pageForIndex(page('<h1>Đồng Lợi</h1><p>Con đường làng</p><p>Không có chữ cần gập</p>'));
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main).toContain(`<div hidden><p>${FOLD_MARK}</p><p data-pagefind-weight="10" data-pagefind-meta="folded_title">Dong Loi</p><p>Con duong lang</p></div>`);
    expect(main).not.toContain('Khong co');
    expect(main).toContain('<p>Không có chữ cần gập</p>');
  });

  it('keeps the head and the indexed body, and leaves out what Pagefind would skip', () => {
    const html = pageForIndex(
      page('<h1>Xã</h1><div data-pagefind-ignore><p>Đừng</p><div data-pagefind-ignore>Lồng</div><p>Bỏ</p></div><p>Giữ</p><br data-pagefind-ignore><p>Cả đây</p>', '<meta name="description" content="d">'),
    );
    expect(html.startsWith('<!doctype html><html lang="vi"><head><title>x</title><meta name="description" content="d"></head><body>')).toBe(true);
    expect(html).toContain('<main data-pagefind-body data-pagefind-filter="kind:page"><h1>Xã</h1><p>Giữ</p><br data-pagefind-ignore><p>Cả đây</p>');
    for (const gone of ['Đầu trang', 'Đường chân', 'Đừng', 'Bỏ', 'Lồng']) expect(html).not.toContain(gone);
    expect(html.endsWith('</main></body></html>')).toBe(true);
  });

  it('leaves out the styles, scripts and links of the head, and keeps its title and metadata', () => {
    const head = '<link rel="stylesheet" href="/a.css"><style>.a{color:red}</style><meta name="description" content="d"><script type="module" src="/s.js"></script>';
    const html = pageForIndex(page('<h1>Xã</h1>', head));
    expect(html.startsWith('<!doctype html><html lang="vi"><head><title>x</title><meta name="description" content="d"></head><body>')).toBe(true);
  });

  it('escapes the folded text so page text cannot become markup', () => {
    const html = pageForIndex(page('<p>Đ &lt;script&gt;</p>'));
    expect(html).toContain('<p>D &lt;script&gt;</p>');
  });

  it('adds no copies to a page without a title or đ', () => {
    expect(pageForIndex(page('<p>Thọ Bình</p>'))).not.toContain(FOLD_MARK);
  });

  it('leaves a page without data-pagefind-body as it is', () => {
    const html = '<html><body><main><p>Đồng</p></main></body></html>';
    expect(pageForIndex(html)).toBe(html);
  });
});

describe('query and excerpt on the search page', () => {
  it('folds the query, including đ', () => {
    expect(searchQuery(' Đồng Lợi ')).toBe('Dong Loi');
    expect(queryTerms('207/QĐ-UBND')).toEqual(['207', 'qd', 'ubnd']);
  });

  it('marks words matching folded terms and leaves the folded copies out', () => {
    const parts = buildExcerpt(`Xã Đồng Lợi đạt chuẩn. ${FOLD_MARK} Xa Dong Loi dat chuan.`, queryTerms('dong loi'));
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Đồng', 'Lợi']);
    expect(parts.map((p) => p.text).join('')).toBe('Xã Đồng Lợi đạt chuẩn.');
  });

  it('centres a long text on the matches', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[60] = 'đường';
    const parts = buildExcerpt(words.join(' '), queryTerms('duong'), 10);
    const text = parts.map((p) => p.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text).toContain('w59');
    expect(text).not.toContain('w40 ');
  });
});

describe('the order of results on the search page', () => {
  const hit = (title: string, present = false) => ({ meta: { title, ...(present ? { [PRESENT_META]: '1' } : {}) } });

  it('puts pages titled what was typed first, a present-day unit before the former one of the same name, the rest in Pagefind order', () => {
    const about = hit('Giới thiệu và phương pháp');
    const old = hit('Thọ Phú');
    const vuc = hit('Thọ Vực');
    const today = hit('Thọ Phú', true);
    expect(titleFirst([about, old, today, vuc], 'tho phu')).toEqual([today, old, about, vuc]);
    expect(titleFirst([about, old, today, vuc], 'Thọ  Phú')).toEqual([today, old, about, vuc]);
    expect(titleFirst([about, vuc], 'tho phu')).toEqual([about, vuc]);
  });

  it('reorders only the first page of results', () => {
    const rest = Array.from({ length: TITLE_FIRST_OF }, (_, i) => hit(`Trang ${i}`));
    const late = hit('Tân Ninh', true);
    expect(titleFirst([...rest, late], 'tan ninh').at(-1)).toBe(late);
  });
});

describe('page URLs', () => {
  it('maps built files to URLs', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('en/xa/dong-loi-15721/index.html')).toBe('/en/xa/dong-loi-15721/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});
