/**
 * Export a scenario as an OMNeT++ 6 / INET 4.5 project (a NED network and omnetpp.ini), so a
 * user can re-run the same plant there: the scenario in, the files' text and the list of what
 * was approximated out. The host writes the files.
 */
import { inetProject, type InetProject } from '../io/inet/inetProject.ts';
import { loadScenario } from '../scenario/load.ts';

export type { InetProject } from '../io/inet/inetProject.ts';

/** Throws ScenarioError (every issue with its JSON path) when the scenario does not load. */
export function exportInet(scenario: unknown, files: Record<string, string> = {}): InetProject {
  return inetProject(loadScenario(scenario, files));
}
