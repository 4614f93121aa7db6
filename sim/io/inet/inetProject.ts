/**
 * A compiled scenario as an OMNeT++ 6 / INET 4.5 project, so the same plant can be re-run in
 * another simulator: `NAME.ned` (the network) and `omnetpp.ini` (the run, queues, gates and
 * applications), and the list of what INET cannot express directly and was approximated.
 */
import type { Model } from '../../scenario/model.ts';
import { inetIni } from './inetIni.ts';
import { inetNed } from './inetNed.ts';
import { inetPlant } from './inetPlant.ts';

export interface InetProject {
  /** the network's NED type name */
  network: string;
  /** file name (no folder) and text of each file of the project */
  files: { name: string; text: string }[];
  /** what INET does not model as NetLoom does, one line each, naming the node, link, port or flow */
  assumed: string[];
}

export function inetProject(model: Model): InetProject {
  const plant = inetPlant(model);
  const ini = inetIni(plant);
  return {
    network: plant.network,
    files: [
      { name: `${plant.network}.ned`, text: inetNed(plant) },
      { name: 'omnetpp.ini', text: ini.text },
    ],
    assumed: ini.assumed,
  };
}
