// Reports: one MDX file per report and language in <content>/reports/
// (NTM_CONTENT_DIR, default content/). src/content/validate.ts checks the
// same rules before the build, with file and line; this schema is the backstop.
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './site/config.ts';
import { REPORT_LANGS, frontmatterDate, reportSlug } from './contract/reports.ts';

const date = z.preprocess((v) => frontmatterDate(v) ?? v, z.string().regex(/^\d{4}-\d{2}-\d{2}$/));

const reports = defineCollection({
  loader: glob({
    pattern: '**/*.{md,mdx}',
    base: join(contentDir, 'reports'),
    generateId: ({ entry, data }) => `${String(data.lang)}/${reportSlug(entry)}`,
  }),
  schema: z.object({
    title: z.string().min(1),
    lang: z.enum(REPORT_LANGS),
    as_of: date,
    published: date.optional(),
    source: z.string().optional(),
    unit: z.union([z.string(), z.number()]).transform(String).optional(),
    summary: z.string().min(1),
  }),
});

export const collections = { reports };
