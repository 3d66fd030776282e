import { may, Role } from '@houqin/auth';
import { defineSqlStore, exampleRequest, lockRows, type ReadContext, ScopedReader } from '@houqin/persistence';
import { P } from '../permissions';
import { RoleGrant, UserAccount } from './account.entity';
import type { AccountFilter } from './account.inputs';

/**
 * Accounts as a viewer may read them: accounts belong to the district, not to a school; district
 * roles that may read accounts see all of them, anyone else only their own (another's is NOT_FOUND).
 */
export const accountReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, UserAccount, 'UserAccount', 'a', {
    level: 'district',
    visibility: (qb, viewer, alias) => {
      if (!may(viewer, P.readAccounts)) qb.andWhere(`${alias}.id = :ownAccountId`, { ownAccountId: viewer.accountId });
    },
  });

/** The accounts' hand-written SQL (printed to apps/directory/sql/account.sql). */
export const accountSql = defineSqlStore(
  'account',
  {
    /** The accounts list, narrowed to active or deactivated ones and to those holding a role in force at a school. */
    list: (m, accounts: ScopedReader<UserAccount>, filter: AccountFilter) => {
      const qb = accounts.query(m);
      if (filter.active !== undefined && filter.active !== null) qb.andWhere('a.active = :active', { active: filter.active });
      if (filter.schoolId) {
        qb.andWhere('EXISTS (SELECT 1 FROM role_grant g WHERE g.accountId = a.id AND g.schoolId = :schoolId AND g.revokedAt IS NULL)', {
          schoolId: filter.schoolId,
        });
      }
      return qb;
    },
    /**
     * An account of the district about to change (password, grants, deactivation), locked: two
     * changes to one account run one after the other, so neither is lost (two grants of one role,
     * a session that a second password change should have ended).
     */
    toChange: (m, accountId: string, districtId: string) =>
      lockRows(m.createQueryBuilder(UserAccount, 'a').where('a.id = :accountId AND a.districtId = :districtId', { accountId, districtId })),
    /** A grant in force about to be revoked, locked: of two revocations at once the second finds it revoked. */
    grantToRevoke: (m, grantId: string) =>
      lockRows(m.createQueryBuilder(RoleGrant, 'g').where('g.id = :grantId AND g.revokedAt IS NULL', { grantId })),
  },
  {
    list: [accountReader(exampleRequest(Role.DISTRICT_AUDITOR)), { active: true, schoolId: 'school-1' }],
    toChange: ['account-1', 'district-1'],
    grantToRevoke: ['grant-1'],
  },
);
