// Downloads are written in chunks of rows: a national table would not fit in
// one JavaScript string (about 512 MB at most).

/** Rows per chunk of a download. */
export const CHUNK_ROWS = 20_000;

/** A download's body as a byte stream, so no single string holds a whole national table. */
export function byteStream(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
