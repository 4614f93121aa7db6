/**
 * The format as people write it, for the published JSON Schema (editors): the flat scenario plus
 * groups (docs/groups.md) — `groups`, instances in `nodes`, `count` and `grid` on nodes. The
 * bodies of groups are checked loosely here (their strings may hold `{param}` where a number
 * goes); expansion and then the flat schema check them fully, naming the group and instance.
 */
import { z } from 'zod';
import { MAX_COUNT } from './expandGroups.ts';

const param = z.union([z.string(), z.number(), z.boolean()]);
const count = z
  .union([z.number().int().min(0).max(MAX_COUNT), z.string().regex(/^\{[A-Za-z_][A-Za-z0-9_]*\}$/)])
  .meta({ description: 'copies of this entry: {i} in its strings is the copy number from 1, {i:2} padded to 2 digits' });
const grid = z
  .strictObject({
    columns: z.number().int().positive().optional().meta({ description: 'copies per row (default: all in one row)' }),
    spacing: z.tuple([z.number(), z.number()]).meta({ description: 'metres between copies along x, and between rows along y' }),
  })
  .meta({ description: 'where the copies stand: each moves the positions written in it' });
const element = z.record(z.string(), z.unknown());

const instance = z
  .strictObject({
    use: z.string().min(1).meta({ description: 'the group instantiated (a key of `groups`)' }),
    id: z
      .string()
      .regex(/^[^\s/][^\s]*$/)
      .meta({ description: 'instance id: its nodes are named "ID/NODE" (e.g. "area2/cell07")' }),
    params: z.record(z.string(), param).optional().meta({ description: "values of the group's parameters, over its defaults" }),
    count: count.optional(),
    grid: grid.optional(),
    position: z.tuple([z.number(), z.number(), z.number()]).optional().meta({ description: "origin [x, y, z] in metres of the group's positions" }),
    label: z.string().optional(),
    description: z.string().optional(),
  })
  .meta({ description: 'an instance of a group' });

const group = z
  .strictObject({
    params: z.record(z.string(), param).optional().meta({ description: 'parameters and their defaults, written {name} in the group' }),
    nodes: z.array(element).min(1).meta({ description: 'nodes and instances of other groups; ids are local to the group' }),
    links: z.array(element).optional().meta({ description: 'links: "ID" local, "/ID" top level, "../ID" the instance around, "DRV*" one per node selected' }),
    flows: z.array(element).optional().meta({ description: 'flows, with node references as in links; {from}/{to} name the nodes a selector picked' }),
    label: z.string().optional(),
    description: z.string().optional(),
  })
  .meta({ description: 'a cell, line or area defined once and instantiated from `nodes` with `use`' });

/** The written format: `scenario` (the flat schema) with groups, instances and counted nodes. */
export function writtenScenarioSchema<S extends z.ZodObject, N extends z.ZodObject>(scenario: S, node: N) {
  return scenario.extend({
    groups: z.record(z.string(), group).optional().meta({ description: 'reusable groups by name (docs/groups.md)' }),
    nodes: z.array(z.union([node.extend({ count: count.optional(), grid: grid.optional() }), instance])).min(1),
  });
}
