/**
 * What an importer hands back: the scenario, and two lists the user reviews — what was read as
 * what (mapped) and what was not in the file and had to be chosen (assumed). Each note names
 * where it comes from: a file and line, an element, or a JSON path.
 */
import type { ScenarioJson } from '../scenario/schema.ts';

export interface Note {
  /** where it was read: "nodes.csv:3", "plant.graphml graph/node[2]", "netbox.json $.cables[0]" */
  source: string;
  /** what was mapped or assumed, e.g. `role "Access Switch" → switch` */
  what: string;
}

export interface ImportResult {
  scenario: ScenarioJson;
  mapped: Note[];
  assumed: Note[];
}

/** A file handed to an importer: its name (as the user gave it) and its text. */
export interface ImportFile {
  name: string;
  text: string;
}

/** One line per note, for a terminal or a log: "nodes.csv:3: role "AP" → wifi-ap". */
export function formatNote(note: Note): string {
  return `${note.source}: ${note.what}`;
}
