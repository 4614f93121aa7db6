/**
 * A file that cannot be imported: which file, where in it (line:column, an element path or a JSON
 * path), and what was expected there. Hosts print the message as it is and exit 2.
 */
export class ImportError extends Error {
  readonly file: string;
  /** "3:14" (line:column), "graph/edge[4]" or "$.results[2].device" */
  readonly place: string;
  readonly expected: string;

  constructor(file: string, place: string, expected: string) {
    super(`${file}${place ? `:${place}` : ''}: ${expected}`);
    this.name = 'ImportError';
    this.file = file;
    this.place = place;
    this.expected = expected;
  }
}
