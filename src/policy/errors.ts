/** A zod issue, as much of it as the messages need. */
interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** "schedule.breaks[1].end" from ['schedule', 'breaks', 1, 'end']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** One line per problem, naming the key: `schedule.breaks[1].end: "25:00" is not a time`. */
export function formatIssues(issues: readonly Issue[]): string[] {
  return issues.map((issue) => (issue.path.length ? `${formatPath(issue.path)}: ${issue.message}` : issue.message));
}
