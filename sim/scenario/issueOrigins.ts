/**
 * Issues found in an expanded scenario, told where they were written: `links[523].rate` becomes
 * `groups.cell.links[0].rate` and the message names the instance (`nodes[3] "area2/cell07"`).
 * An issue met in many instances of one group is listed once, with how many more.
 */
import type { Issue } from './errors.ts';
import type { Origins } from './expandGroups.ts';

const ELEMENT = /^(nodes|links|flows)\[(\d+)\]/;

export function locateIssues(issues: readonly Issue[], origins: Origins | undefined): Issue[] {
  if (!origins) return [...issues];
  const out = new Map<string, { issue: Issue; more: number }>();
  for (const issue of issues) {
    const m = ELEMENT.exec(issue.path);
    const origin = m ? origins[m[1] as keyof Origins][Number(m[2])] : undefined;
    const path = origin ? origin.path + issue.path.slice(m![0].length) : issue.path;
    const key = `${path}\n${issue.message}`;
    const seen = out.get(key);
    if (seen) seen.more++;
    else out.set(key, { issue: { path, message: origin?.instance ? `${issue.message} (in instance ${origin.instance})` : issue.message }, more: 0 });
  }
  return [...out.values()].map(({ issue, more }) => alsoIn(issue, more));
}

/** `issue`, saying in how many more instances it was met. */
export function alsoIn(issue: Issue, more: number): Issue {
  return more > 0 ? { ...issue, message: `${issue.message} (and in ${more} more instance${more === 1 ? '' : 's'})` } : issue;
}
