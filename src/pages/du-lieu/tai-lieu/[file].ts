// /du-lieu/tai-lieu/<file>: the deployment notes and example CI workflow,
// published with the site so the staff guide can link to them on any host.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';

const files: Record<string, { path: string; type: string }> = {
  'deploy.md': { path: 'docs/deploy.md', type: 'text/markdown; charset=utf-8' },
  'deploy-workflow.yml': { path: 'docs/examples/deploy-workflow.yml', type: 'text/yaml; charset=utf-8' },
};

export function getStaticPaths() {
  return Object.keys(files).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
  const file = files[params.file!]!;
  return new Response(readFileSync(join(process.cwd(), file.path), 'utf8'), { headers: { 'Content-Type': file.type } });
};
