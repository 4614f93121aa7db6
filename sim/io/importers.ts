/**
 * The importers by kind. A new one (GSDML, pcap, …) is one line here; `importTopology` and the
 * CLI's --from read this list.
 */
import { csvImporter } from './csv/csvImporter.ts';
import { graphmlImporter } from './graphml/graphmlImporter.ts';
import { lldpImporter } from './lldp/lldpImporter.ts';
import { netboxImporter } from './netbox/netboxImporter.ts';
import { ImportError } from './ImportError.ts';
import type { Importer } from './Importer.ts';
import type { ImportFile } from './ImportResult.ts';

export const IMPORTERS: readonly Importer[] = [csvImporter, graphmlImporter, lldpImporter, netboxImporter];

export function importerOf(kind: string): Importer | undefined {
  return IMPORTERS.find((i) => i.kind === kind);
}

/** The importer every file is recognised by; an unrecognised file, or files of two kinds, throw. */
export function detectImporter(files: readonly ImportFile[]): Importer {
  let found: Importer | undefined;
  for (const f of files) {
    const i = IMPORTERS.find((i) => i.recognises(f));
    if (!i) throw new ImportError(f.name, '', `a file of a known kind (${IMPORTERS.map((i) => i.kind).join(', ')}); name the kind with --from`);
    if (found && found !== i) throw new ImportError(f.name, '', `a ${found.kind} file like ${files[0].name}, not ${i.kind}; import one kind at a time`);
    found = i;
  }
  if (!found) throw new ImportError('(no file)', '', 'at least one file to import');
  return found;
}
