// The staff guide: how to update the data, with a real error message.
import { columnSpecs, tables, type TableName } from '../../contract/tables.ts';
import { formatIssue } from '../../contract/issues.ts';
import { loadFromFiles } from '../../ingest/load.ts';
import { csvLines } from '../../publish/csv.ts';

/**
 * A real error message as `npm run check` prints it, for the staff guide:
 * the indicator-values template with "3,900" (ambiguous) as its value.
 */
export function exampleErrorMessage(): string {
  const name: TableName = 'indicator-values';
  const specs = columnSpecs(name);
  const row = specs.map(([c, s]) => (c === 'value' ? '3,900' : s.example));
  const csv = csvLines([specs.map(([c]) => c), row]);
  const loaded = loadFromFiles({ [tables[name].file]: csv });
  const issue = loaded.issues.errors.find((i) => i.kind === 'number_ambiguous');
  return issue ? formatIssue(issue) : '';
}
