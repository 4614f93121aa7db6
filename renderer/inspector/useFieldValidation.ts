/**
 * As-you-type validation of one field with the core's own loader: the scenario with the draft
 * value in place is validated whole, and the issues at this field's path are shown — the
 * same checks and the same messages as `netloom validate`.
 */
import { useEffect, useState } from 'react';
import { type Issue, validateScenario, type ScenarioJson } from '../../sim/api/index.ts';
import { issuesAt } from '../model/analyzeScenario.ts';
import { type DocFiles, explainFileIssues } from '../model/DocFiles.ts';
import { type JsonPath, pathString } from '../model/setIn.ts';

/** `files`: the document's trace files (a trace's size column, say, forbids a `size`). */
export function checkField(candidate: ScenarioJson, path: JsonPath, files: DocFiles): Issue[] {
  return issuesAt(explainFileIssues(validateScenario(candidate, files.read), candidate, files), pathString(path));
}

export function useFieldValidation(candidate: ScenarioJson | null, path: JsonPath, large: boolean, files: DocFiles): Issue[] {
  const [issues, setIssues] = useState<Issue[]>([]);
  const key = pathString(path);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `path`, a new array at each render with the same text
  useEffect(() => {
    if (!candidate) return setIssues([]);
    if (!large) return setIssues(checkField(candidate, path, files));
    const t = setTimeout(() => setIssues(checkField(candidate, path, files)), 200);
    return () => clearTimeout(t);
  }, [candidate, key, large, files]);
  return issues;
}
