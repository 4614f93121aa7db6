/**
 * Import a plant's topology from the files an architect already has (CSV inventory, GraphML,
 * LLDP neighbour tables, a NetBox export): the files' text in, a scenario and the lists of what
 * was mapped and assumed out. The host reads the files; nothing here touches a file system.
 */
import { IMPORTERS, detectImporter, importerOf } from '../io/importers.ts';
import { ImportError } from '../io/ImportError.ts';
import type { ImportOptions } from '../io/Importer.ts';
import type { ImportFile, ImportResult } from '../io/ImportResult.ts';
import { formatIssue } from '../scenario/errors.ts';
import { validateScenario } from '../scenario/load.ts';

export { ImportError } from '../io/ImportError.ts';
export { formatNote } from '../io/ImportResult.ts';
export type { ImportFile, ImportResult, Note } from '../io/ImportResult.ts';

export interface ImportRequest extends ImportOptions {
  /** the importer's kind ("csv", "graphml", "lldp", "netbox"); default: recognised from the files */
  kind?: string;
}

/** The kinds `importTopology` reads, with one line each. */
export const IMPORT_KINDS: readonly { kind: string; describe: string }[] = IMPORTERS.map(({ kind, describe }) => ({ kind, describe }));

export function importTopology(files: readonly ImportFile[], request: ImportRequest = {}): ImportResult {
  const importer = request.kind === undefined ? detectImporter(files) : importerOf(request.kind);
  if (!importer)
    throw new ImportError(files[0]?.name ?? '(no file)', '', `a kind NetLoom imports (${IMPORTERS.map((i) => i.kind).join(', ')}), not "${request.kind}"`);
  const result = importer.read(files, request);
  if (result.scenario.nodes.length === 0)
    throw new ImportError(
      files.map((f) => f.name).join(', '),
      '',
      `at least one device; these ${importer.kind} files give none (NetBox: none cabled to another)`,
    );
  // what an importer writes must be a scenario `validate` accepts: a problem here is NetLoom's, not the file's
  const issues = validateScenario(result.scenario);
  if (issues.length > 0) throw new Error(`the ${importer.kind} importer wrote an invalid scenario: ${issues.slice(0, 3).map(formatIssue).join('; ')}`);
  return result;
}
