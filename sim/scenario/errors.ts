/** The one error type for bad input: every issue names its JSON path and what was expected. */
export interface Issue {
  /** JSON path like `flows[2].pattern.period`; `$` for the whole document. */
  path: string;
  message: string;
}

export class ScenarioError extends Error {
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}

export function formatIssue(issue: Issue): string {
  return `${issue.path}: ${issue.message}`;
}

/** `['flows', 2, 'pattern', 'period']` → `flows[2].pattern.period` */
export function jsonPath(parts: readonly PropertyKey[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out === '' ? '$' : out;
}
