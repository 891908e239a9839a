// /du-lieu/tai-lieu/<file>: the deployment notes and example CI workflow,
// published with the site so the staff guide can link to them on any host.
import type { APIRoute } from 'astro';
import deployNotes from '../../../../docs/deploy.md?raw';
import deployWorkflow from '../../../../docs/examples/deploy-workflow.yml?raw';

const files: Record<string, { text: string; type: string }> = {
  'deploy.md': { text: deployNotes, type: 'text/markdown; charset=utf-8' },
  'deploy-workflow.yml': { text: deployWorkflow, type: 'text/yaml; charset=utf-8' },
};

export function getStaticPaths() {
  return Object.keys(files).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
  const file = files[params.file!]!;
  return new Response(file.text, { headers: { 'Content-Type': file.type } });
};
