import type { SafetyTrainingMatrixQuery } from '../../graphql/graphql';

export type MatrixPerson = SafetyTrainingMatrixQuery['trainingCompliance']['nodes'][number];
export type MatrixEntry = MatrixPerson['entries'][number];
export type MatrixRequirement = MatrixEntry['requirement'];

/** The matrix's columns: every requirement any person on the page has, by post then name (a requirement once). */
export function requirementColumns(people: readonly MatrixPerson[]): MatrixRequirement[] {
  const byId = new Map<string, MatrixRequirement>();
  for (const person of people) for (const entry of person.entries) byId.set(entry.requirement.id, entry.requirement);
  return [...byId.values()].sort((a, b) => a.post.localeCompare(b.post) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The people holding `post` (all when null), and the posts on the page for the filter. */
export function peopleOfPost(people: readonly MatrixPerson[], post: string | null): MatrixPerson[] {
  return post ? people.filter((p) => p.posts.includes(post)) : [...people];
}

export const postsOnPage = (people: readonly MatrixPerson[]) => [...new Set(people.flatMap((p) => p.posts))].sort();

/** The counts of the page's cells by status (the matrix's summary line). */
export function statusCounts(people: readonly MatrixPerson[]): Record<'VALID' | 'EXPIRING' | 'EXPIRED' | 'MISSING', number> {
  const counts = { VALID: 0, EXPIRING: 0, EXPIRED: 0, MISSING: 0 };
  for (const person of people) for (const entry of person.entries) counts[entry.status] += 1;
  return counts;
}

/** A certificate (特种作业操作证 …) carries its printed expiry: its requirement has no validity in months. */
export const isCertificate = (requirement: Pick<MatrixRequirement, 'validityMonths'>) => requirement.validityMonths == null;
