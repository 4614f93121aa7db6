import type { FlowModel } from '../../scenario/model.ts';

/** Every route a flow's frames take: the route, a request's response route, 802.1CB's other paths. */
export function flowRoutes(f: FlowModel): number[][] {
  return [f.route, ...(f.response ? [f.response.route] : []), ...(f.frer ?? [])];
}
