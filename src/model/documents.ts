// Documents, and the `source` and `basis` cells that cite them.
import type { DocumentRow, SourceRef } from './types.ts';

export interface DocumentIndex {
  byId: Map<string, DocumentRow>;
  byNumber: Map<string, DocumentRow>;
  /** One shared object per source text: millions of criteria-status rows cite a handful of sources. */
  source(text: string | undefined): SourceRef | undefined;
  /** The document a legal-basis cell names, by its number. */
  basis(text: string | undefined): DocumentRow | undefined;
}

export function indexDocuments(documents: readonly DocumentRow[]): DocumentIndex {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const byNumber = new Map(documents.map((d) => [d.number.toLowerCase(), d]));
  const sources = new Map<string, SourceRef>();
  return {
    byId,
    byNumber,
    source(text) {
      if (text === undefined) return undefined;
      let ref = sources.get(text);
      if (!ref) sources.set(text, (ref = { text, document: byId.get(text) ?? byNumber.get(text.toLowerCase()) }));
      return ref;
    },
    basis: (text) => (text ? byNumber.get(text.toLowerCase()) : undefined),
  };
}
