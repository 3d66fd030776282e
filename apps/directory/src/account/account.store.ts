import { may, Role } from '@houqin/auth';
import { defineSqlStore, ScopedReader } from '@houqin/persistence';
import { P } from '../permissions';
import { exampleRequest } from '../sql-examples';
import type { ReadContext } from '../sql-examples';
import { UserAccount } from './account.entity';
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
  },
  { list: [accountReader(exampleRequest(Role.DISTRICT_AUDITOR)), { active: true, schoolId: 'school-1' }] },
);
