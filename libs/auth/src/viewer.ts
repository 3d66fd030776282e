import { forbidden, unauthenticated } from '@houqin/common';
import { isDistrictRole, type Role } from './roles';

/** One role held by an account: at one school, or district-wide when `schoolId` is null. */
export interface RoleGrantClaim {
  role: Role;
  schoolId: string | null;
}

/** What the gateway tells a subgraph about the caller (the payload of the gateway token). */
export interface ViewerClaims {
  accountId: string;
  username: string;
  staffId: string | null;
  districtId: string;
  grants: RoleGrantClaim[];
}

/**
 * The schools a viewer may see. District roles see every school of their district; anyone else
 * sees exactly the schools where they hold a role. This is the one scoping rule every service
 * applies to every read and write (see `applySchoolScope` in @houqin/persistence).
 */
export type SchoolScope = { kind: 'district'; districtId: string } | { kind: 'schools'; districtId: string; schoolIds: string[] };

export class Viewer implements ViewerClaims {
  readonly accountId: string;
  readonly username: string;
  readonly staffId: string | null;
  readonly districtId: string;
  readonly grants: RoleGrantClaim[];

  constructor(claims: ViewerClaims) {
    this.accountId = claims.accountId;
    this.username = claims.username;
    this.staffId = claims.staffId;
    this.districtId = claims.districtId;
    this.grants = claims.grants;
  }

  hasDistrictRole(...roles: Role[]): boolean {
    return this.grants.some((g) => g.schoolId === null && isDistrictRole(g.role) && roles.includes(g.role));
  }

  /**
   * True when the viewer holds one of `roles` granted at `schoolId`. District grants do not count
   * here: a rule that district roles satisfy names them (see `PermissionRule.district`).
   */
  hasRoleAt(schoolId: string, ...roles: Role[]): boolean {
    return this.grants.some((g) => g.schoolId === schoolId && roles.includes(g.role));
  }

  schoolScope(): SchoolScope {
    if (this.grants.some((g) => g.schoolId === null && isDistrictRole(g.role))) {
      return { kind: 'district', districtId: this.districtId };
    }
    const schoolIds = [...new Set(this.grants.filter((g) => g.schoolId !== null).map((g) => g.schoolId as string))];
    return { kind: 'schools', districtId: this.districtId, schoolIds };
  }

  canSeeSchool(schoolId: string, schoolDistrictId: string): boolean {
    const scope = this.schoolScope();
    if (schoolDistrictId !== this.districtId) return false;
    return scope.kind === 'district' || scope.schoolIds.includes(schoolId);
  }

  toClaims(): ViewerClaims {
    return { accountId: this.accountId, username: this.username, staffId: this.staffId, districtId: this.districtId, grants: this.grants };
  }
}

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireViewer(viewer: Viewer | null | undefined): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** The signed-in viewer holding one of the district roles, or FORBIDDEN. */
export function requireDistrictRole(viewer: Viewer | null | undefined, ...roles: Role[]): Viewer {
  const v = requireViewer(viewer);
  if (!v.hasDistrictRole(...roles)) throw forbidden(`This needs one of the district roles: ${roles.join(', ')}.`);
  return v;
}
