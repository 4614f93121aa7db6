import { describe, expect, it } from 'vitest';
import { thrown } from '../../../test/fixtures/import/thrown.ts';
import { graphmlImporter } from './graphmlImporter.ts';

const HEAD = '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">\n';
const read = (text: string, name = 'p.graphml') => graphmlImporter.read([{ name, text }], {});
const failure = (text: string) => thrown(() => read(text));

describe('the GraphML importer', () => {
  it('reads Gephi-style attributes into the exact scenario', () => {
    const text = `${HEAD}<key id="t" for="node" attr.name="type" attr.type="string"/>
<key id="x" for="node" attr.name="x" attr.type="float"/><key id="y" for="node" attr.name="y" attr.type="float"/>
<key id="s" for="edge" attr.name="Speed" attr.type="string"/>
<graph edgedefault="undirected">
<node id="S"><data key="t">switch</data><data key="x">1.5</data><data key="y">2</data></node>
<node id="P"><data key="t">plc</data></node>
<edge source="S" target="P"><data key="s">100 Mb/s</data></edge>
</graph></graphml>`;
    expect(read(text).scenario).toEqual({
      format: 'netloom.scenario/v1',
      name: 'p',
      nodes: [
        { id: 'S', type: 'switch', position: [1.5, 2, 0] },
        { id: 'P', type: 'plc' },
      ],
      links: [{ from: 'S', to: 'P', rate: '100 Mb/s' }],
      flows: [],
    });
  });

  it("reads yEd's node labels and geometry, which have no attribute name", () => {
    // the keys yEd writes: for="graphml" (resources), "port", "all" besides node and edge
    const text = `${HEAD}<key for="graphml" id="d7" yfiles.type="resources"/><key for="port" id="d8" yfiles.type="portgraphics"/>
<key attr.name="speed" attr.type="string" for="all" id="d9"/><key id="d0" for="node" yfiles.type="nodegraphics"/>
<graph edgedefault="directed">
<node id="n0"><data key="d0"><y:ShapeNode><y:Geometry height="30" width="30" x="100" y="40"/><y:NodeLabel>Core switch</y:NodeLabel></y:ShapeNode></data></node>
<node id="n1"><data key="d0"><y:ShapeNode><y:Geometry x="160" y="40"/><y:NodeLabel>PLC 1</y:NodeLabel></y:ShapeNode></data></node>
<edge id="e0" source="n0" target="n1"><data key="d9">1G</data></edge>
</graph></graphml>`;
    const r = read(text);
    expect(r.scenario.nodes).toEqual([
      { id: 'n0', type: 'host', label: 'Core switch', position: [100, 40, 0] },
      { id: 'n1', type: 'host', label: 'PLC 1', position: [160, 40, 0] },
    ]);
    expect(r.scenario.links).toEqual([{ from: 'n0', to: 'n1', rate: '1 Gb/s' }]);
    expect(r.assumed.map((n) => n.what)).toContain(
      'x/y of 2 nodes read as metres on the plant floor (a link without a length takes its delay from the distance)',
    );
  });

  it.each([
    ['malformed XML', `${HEAD}<graph>\n<node id="a">\n</graph></graphml>`, '5:1', "well-formed XML: Expected closing tag 'node'"],
    ['not GraphML', '<?xml version="1.0"?>\n<gexf/>', '2:1', 'a <graphml> document, not <gexf>'],
    ['no graph', `${HEAD}</graphml>`, '2:1', 'a <graph> element'],
    [
      'an edge to a node that is not there',
      `${HEAD}<graph>\n<node id="a"/>\n<edge source="a" target="b"/>\n</graph></graphml>`,
      '5:1',
      'no <node id="b"> (graph/edge[0])',
    ],
    ['a node without id', `${HEAD}<graph>\n<node/>\n</graph></graphml>`, '4:1', 'an id on <node> (graph/node[0])'],
    [
      'a key of a type GraphML does not have',
      `${HEAD}<key id="k" for="node" attr.name="x" attr.type="decimal"/>\n<graph/></graphml>`,
      '3:1',
      'an attr.type of boolean',
    ],
    ['a node id twice', `${HEAD}<graph>\n<node id="a"/>\n<node id="a"/>\n</graph></graphml>`, '5:1', '"a" is also the id of the node at 4:1'],
  ])('says where and what it expected on %s', (_, text, place, expected) => {
    const e = failure(text);
    expect([e.file, e.place]).toEqual(['p.graphml', place]);
    expect(e.expected).toContain(expected);
  });
});
