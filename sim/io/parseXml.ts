/**
 * An imported XML file as a DOM whose elements know their line and column: fast-xml-parser's
 * validator first (xmldom accepts malformed XML with warnings at the wrong place), then
 * @xmldom/xmldom, plain JavaScript, so it runs in Node and in a Worker alike.
 */
import { DOMParser } from '@xmldom/xmldom';
import { XMLValidator } from 'fast-xml-parser';
import { ImportError } from './ImportError.ts';
import type { ImportFile } from './ImportResult.ts';

/** An element with the place xmldom's locator gave it. */
export type Located = Element & { lineNumber?: number; columnNumber?: number };

export function parseXml(f: ImportFile): Document {
  const checked = XMLValidator.validate(f.text);
  if (checked !== true) throw new ImportError(f.name, `${checked.err.line}:${checked.err.col}`, `well-formed XML: ${checked.err.msg}`);
  return new DOMParser({ locator: {}, errorHandler: { warning: () => {}, error: () => {}, fatalError: () => {} } }).parseFromString(
    f.text,
    'application/xml',
  ) as unknown as Document;
}
