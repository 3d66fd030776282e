import { AssetDisposalApproverRole } from './disposal.entity';

/** What the approval levels are chosen by (审批金额口径). */
export enum DisposalValueBasis {
  /** The asset's cost (原值): what the school finance rules' approval limits name. */
  COST = 'COST',
  /** Its net book value (净值) when the request is filed. */
  NET_BOOK_VALUE = 'NET_BOOK_VALUE',
}

/** One level of disposal approval: who approves, and the value up to which they are the last to approve (null: any value). */
export interface DisposalLevel {
  role: AssetDisposalApproverRole;
  upToFen: number | null;
}

/** The hierarchy, lowest first: a level's role ranks above the one before it. */
export const ROLE_RANK: Record<AssetDisposalApproverRole, number> = {
  [AssetDisposalApproverRole.GENERAL_AFFAIRS_DIRECTOR]: 0,
  [AssetDisposalApproverRole.PRINCIPAL]: 1,
  [AssetDisposalApproverRole.DISTRICT_ADMIN]: 2,
};

/**
 * The defaults until a district sets its own: the school (its principal) approves alone up to ¥50,000
 * of cost; above it the district bureau (a district administrator) approves after the principal.
 */
export const DEFAULT_DISPOSAL_LEVELS: readonly DisposalLevel[] = [
  { role: AssetDisposalApproverRole.PRINCIPAL, upToFen: 5_000_000 },
  { role: AssetDisposalApproverRole.DISTRICT_ADMIN, upToFen: null },
];
export const DEFAULT_DISPOSAL_BASIS = DisposalValueBasis.COST;

/** A problem with a list of levels, by the input field it concerns, or null when the list is sound. */
export function levelsProblem(levels: readonly DisposalLevel[]): { field: string; message: string } | null {
  if (!levels.length) return { field: 'levels', message: 'levels: give at least one approval level.' };
  if (levels.length > 3) return { field: 'levels', message: 'levels: at most one level per role (3).' };
  for (const [i, level] of levels.entries()) {
    const last = i === levels.length - 1;
    if (i > 0 && ROLE_RANK[level.role] <= ROLE_RANK[levels[i - 1].role])
      return {
        field: `levels.${i}.role`,
        message: `levels.${i}.role: each level's role must rank above the one before (director, principal, district).`,
      };
    if (last && level.upToFen !== null)
      return { field: `levels.${i}.upTo`, message: `levels.${i}.upTo: the last level approves any value; leave its limit empty.` };
    if (!last && level.upToFen === null)
      return { field: `levels.${i}.upTo`, message: `levels.${i}.upTo: only the last level may be without a limit.` };
    if (!last && i > 0 && (level.upToFen as number) <= (levels[i - 1].upToFen as number))
      return { field: `levels.${i}.upTo`, message: `levels.${i}.upTo: each limit must be above the one before.` };
  }
  return null;
}

/** The levels a value needs (审批权限 by value): every level up to and including the first whose limit covers it. */
export function levelsFor(levels: readonly DisposalLevel[], valueFen: number): AssetDisposalApproverRole[] {
  const last = levels.findIndex((level) => level.upToFen === null || valueFen <= level.upToFen);
  return levels.slice(0, last === -1 ? levels.length : last + 1).map((level) => level.role);
}

/**
 * The approval path of a request: the levels its value needs, less those the requester could approve
 * at (nobody approves their own filing, 阳光工程). When that leaves out the last level the value needs,
 * the next level above it that the requester does not hold approves instead (a principal's own request
 * goes to the district), so no request waits for an approval that can never come. When no such level
 * exists the last needed level stays, for another holder of that role.
 */
export function approvalPath(
  levels: readonly DisposalLevel[],
  valueFen: number,
  requesterHolds: (role: AssetDisposalApproverRole) => boolean,
): AssetDisposalApproverRole[] {
  const needed = levelsFor(levels, valueFen);
  const path = needed.filter((role) => !requesterHolds(role));
  const top = needed[needed.length - 1];
  if (path[path.length - 1] === top) return path;
  const above = levels.slice(needed.length).find((level) => !requesterHolds(level.role));
  if (above) return [...path, above.role];
  return [...path, top];
}

/** The value the levels are chosen by under a basis. */
export const approvalValue = (basis: DisposalValueBasis, value: { costFen: number; netBookValueFen: number }): number =>
  basis === DisposalValueBasis.COST ? value.costFen : value.netBookValueFen;
