/** Where each work source opens its records, by a notification's subjectType. */
export interface SubjectRoutes {
  subjects?: Record<string, (id: string) => string>;
}

/** The page a notification's record opens on, from the sources' `subjects`; null when no source knows it. */
export function subjectPath(sources: readonly SubjectRoutes[], subjectType: string, subjectId: string): string | null {
  for (const source of sources) {
    const path = source.subjects?.[subjectType];
    if (path) return path(subjectId);
  }
  return null;
}
