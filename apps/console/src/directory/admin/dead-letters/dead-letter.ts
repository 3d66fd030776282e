/** The payload of a dead letter as the detail shows it: indented JSON, or the text as stored when it is not JSON. */
export function prettyPayload(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

/** The two services whose dead letters the page lists, and the graph fields for each. */
export const DEAD_LETTER_SERVICES = ['directory', 'finance'] as const;
export type DeadLetterService = (typeof DEAD_LETTER_SERVICES)[number];

/** The permission-table action (and mutation) that replays a letter of the service. */
export function replayAction(service: DeadLetterService): 'replayDirectoryDeadLetter' | 'replayFinanceDeadLetter' {
  return service === 'directory' ? 'replayDirectoryDeadLetter' : 'replayFinanceDeadLetter';
}

/** The list filter as the graph takes it: a blank type means every type. */
export function deadLetterFilter(values: { type?: string | null; includeReplayed?: boolean }): {
  type?: string;
  includeReplayed: boolean;
} {
  const type = values.type?.trim();
  return { ...(type ? { type } : {}), includeReplayed: Boolean(values.includeReplayed) };
}
