/**
 * A UTF-8 byte stream from text produced piece by piece, for endpoints whose output is too big to
 * hold as one string (the open-data files). Each piece is encoded only when the reader asks for
 * it, so at most one piece is in memory beside what the reader has already taken.
 */
export function textStream(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
