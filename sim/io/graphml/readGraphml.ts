/**
 * A GraphML document → a graphology graph, with the line of each node and edge element. The
 * parse is graphology-graphml's Node entry, which builds its DOM with @xmldom/xmldom (plain
 * JavaScript: no DOM needed, so it runs in Node and in a Web Worker alike). xmldom accepts much
 * malformed XML with a warning at the wrong place, so well-formedness is checked first with
 * fast-xml-parser's validator, which names the line and column.
 */
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { ImportError } from '../ImportError.ts';
import { type Located, parseXml } from '../parseXml.ts';
import type { ImportFile } from '../ImportResult.ts';

/** The line of an element, set by xmldom's locator. */

export interface GraphmlDocument {
  graph: Graph;
  /** node id → the line:column of its element */
  nodeAt: Map<string, string>;
  /** the line:column of each edge element, in the graph's edge order */
  edgeAt: string[];
  /** node id → its element (for yEd's drawing data, which carries no attribute name) */
  nodeElement: Map<string, Element>;
  /** the graph's "name" attribute (NetworkX writes it after the nodes, where graphology does not look) */
  name?: string;
}

const at = (e: Located) => `${e.lineNumber ?? 0}:${e.columnNumber ?? 0}`;

export function readGraphml(f: ImportFile): GraphmlDocument {
  const doc = parseXml(f);
  const root = doc.documentElement as Located | null;
  if (root?.localName !== 'graphml') throw new ImportError(f.name, root ? at(root) : '1:1', `a <graphml> document, not <${root?.tagName ?? ''}>`);
  const graphs = doc.getElementsByTagName('graph');
  if (graphs.length === 0) throw new ImportError(f.name, at(root), 'a <graph> element inside <graphml>');
  const nodeAt = new Map<string, string>();
  const nodeElement = new Map<string, Element>();
  const nodes = doc.getElementsByTagName('node');
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as Located;
    const id = n.getAttribute('id');
    if (!id) throw new ImportError(f.name, at(n), `an id on <node> (graph/node[${i}])`);
    if (nodeAt.has(id)) throw new ImportError(f.name, at(n), `node ids used once; "${id}" is also the id of the node at ${nodeAt.get(id)}`);
    nodeAt.set(id, at(n));
    nodeElement.set(id, n);
  }
  const edgeAt: string[] = [];
  const edges = doc.getElementsByTagName('edge');
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i] as Located;
    for (const end of ['source', 'target']) {
      const id = e.getAttribute(end);
      if (!id) throw new ImportError(f.name, at(e), `a ${end} attribute on <edge> (graph/edge[${i}])`);
      if (!nodeAt.has(id)) throw new ImportError(f.name, at(e), `a ${end} that is a node id; no <node id="${id}"> (graph/edge[${i}])`);
    }
    edgeAt.push(at(e));
  }
  checkKeys(f.name, doc);
  let graph: Graph;
  try {
    graph = parse(Graph, doc as unknown as Document, { addMissingNodes: false });
  } catch (e) {
    // graphology's own checks (checkKeys and the ones above come first, with places)
    throw new ImportError(f.name, at(graphs[0] as Located), `a graph graphology can read: ${(e as Error).message}`);
  }
  return { graph, nodeAt, edgeAt, nodeElement, name: graphName(doc, graphs[0]) };
}

const TYPES = ['boolean', 'int', 'long', 'float', 'double', 'string'];
const FOR = ['graph', 'node', 'edge'];

/**
 * The <key> elements as graphology reads them: an attr.type GraphML does not define is an error at
 * its key; keys for what has no attributes here (yEd's for="graphml" and "port") are dropped, and
 * for="all" becomes one key each for graph, node and edge (graphology knows only those three).
 */
function checkKeys(file: string, doc: Document): void {
  const keys = doc.getElementsByTagName('key');
  for (const key of Array.from({ length: keys.length }, (_, i) => keys[i] as Located)) {
    const type = key.getAttribute('attr.type');
    if (type && !TYPES.includes(type)) throw new ImportError(file, at(key), `an attr.type of ${TYPES.join(', ')}, not "${type}"`);
    const scope = key.getAttribute('for') || 'node'; // xmldom gives "" for an attribute that is not there
    if (FOR.includes(scope)) continue;
    if (scope === 'all')
      for (const s of FOR) {
        const copy = key.cloneNode(true) as Element;
        copy.setAttribute('for', s);
        key.parentNode?.insertBefore(copy, key);
      }
    key.parentNode?.removeChild(key);
  }
}

function graphName(doc: Document, graph: Element): string | undefined {
  const keys = doc.getElementsByTagName('key');
  let key: string | null = null;
  for (let i = 0; i < keys.length; i++)
    if (keys[i].getAttribute('for') === 'graph' && keys[i].getAttribute('attr.name') === 'name') key = keys[i].getAttribute('id');
  for (let c = graph.firstChild; c; c = c.nextSibling)
    if (c.nodeType === 1 && (c as Element).localName === 'data' && (c as Element).getAttribute('key') === key) return c.textContent?.trim() || undefined;
  return undefined;
}
