export * from './district';
export * from './school';
export * from './campus';
export * from './campus-assignment';
export * from './staff';
export * from './account';

import { District } from './district';
import { School } from './school';
import { Campus } from './campus';
import { CampusAssignment } from './campus-assignment';
import { Staff, StaffPostHolding } from './staff';
import { RoleGrant, UserAccount } from './account';

export const directoryEntities = [District, School, Campus, CampusAssignment, Staff, StaffPostHolding, UserAccount, RoleGrant];
