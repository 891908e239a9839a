// Placeholder until reports land: MDX reference checks come with the site.
import type { Issue } from '../pipeline/issues.ts';
import type { Tables } from '../schema/types.ts';

export function validateContent(_dir: string, _data: Partial<Tables>): Issue[] {
  return [];
}
