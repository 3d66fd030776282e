import type DataLoader from 'dataloader';
import { In, IsNull } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput, newId, unauthenticated } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import {
  hashPassword,
  passwordProblem,
  requirePermission,
  requireViewer,
  signUserToken,
  verifyAgainstDecoy,
  verifyPassword,
  Viewer,
} from '@houqin/auth';
import type { ViewerClaims } from '@houqin/auth';
import { groupedLoader, isUniqueViolation, paginate, recordAudit } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import type { AuthSettings } from '../context';
import { P } from '../permissions';
import type { SchoolService } from '../school/school.service';
import { Staff } from '../staff/staff.entity';
import { RoleGrant, UserAccount } from './account.entity';
import type {
  AccountFilter,
  ChangePasswordInput,
  CreateAccountInput,
  DeactivateAccountInput,
  GrantRoleInput,
  LoginInput,
  RevokeRoleInput,
} from './account.inputs';
import { announceAccountCreated, announceAccountDeactivated, announceGrantsChanged, announcePasswordChanged } from './account.events';
import { checkDeactivate, checkRevoke, grantedAt, loginName } from './account.rules';
import { accountReader, accountSql } from './account.store';
import type { LoginThrottle } from './login-throttle';

export interface SignedIn {
  token: string;
  expiresAt: Date;
  account: UserAccount;
}

/** Accounts, role grants, sign-in and the viewer the gateway forwards. */
export class AccountService {
  /** Accounts the viewer may read: `get` for `account(id)`, `byId` for `me`. */
  readonly reader: ScopedReader<UserAccount>;
  private grantsLoader?: DataLoader<string, RoleGrant[]>;

  constructor(
    private readonly ctx: SubgraphContext,
    private readonly settings: AuthSettings,
    private readonly schools: SchoolService,
    private readonly throttle: LoginThrottle,
  ) {
    this.reader = accountReader(ctx);
  }

  /** Checks the password and issues a signed, expiring token. Unknown user, wrong password and
   * deactivated account get the same answer, so the answer reveals nothing. */
  async login(input: LoginInput): Promise<SignedIn> {
    const username = loginName(input.username);
    await this.throttle.checkNotLocked(username);
    const accounts = this.ctx.dataSource.getRepository(UserAccount);
    const account = await accounts.findOne({ where: { username } });
    const ok = account
      ? await verifyPassword(input.password, account.passwordHash)
      : await verifyAgainstDecoy(input.password, this.settings.passwordHashCost);
    if (!account || !ok || !account.active) {
      // Unknown usernames count too, so a locked answer does not tell which usernames exist.
      await this.throttle.recordFailure(username);
      throw unauthenticated('Wrong username or password, or the account is deactivated.');
    }
    await this.throttle.recordSuccess(username);
    await accounts.update({ id: account.id }, { lastLoginAt: new Date() });
    // The rest of this response (roles, schools) is resolved as the account that just signed in.
    this.ctx.viewer = new Viewer(await claimsOf(this.ctx.dataSource, account));
    return this.issue(account);
  }

  private async issue(account: UserAccount): Promise<SignedIn> {
    const { token, expiresAt } = await signUserToken(
      { accountId: account.id, sessionVersion: account.sessionVersion },
      this.settings.userTokenSecret,
      this.settings.userTokenTtlSeconds,
    );
    return { token, expiresAt, account };
  }

  async me(): Promise<UserAccount> {
    const viewer = requireViewer(this.ctx.viewer);
    const account = await this.reader.byId(viewer.accountId);
    if (!account) throw unauthenticated();
    return account;
  }

  /** Changes the viewer's password; every other session ends and a fresh token is returned. */
  async changePassword(input: ChangePasswordInput): Promise<SignedIn> {
    const viewer = requirePermission(this.ctx.viewer, P.changePassword);
    const problem = passwordProblem(input.newPassword);
    if (problem) throw badInput('newPassword', `newPassword ${problem}.`);
    return this.ctx.dataSource.transaction(async (manager) => {
      const account = await accountSql.toChange(manager, viewer.accountId, viewer.districtId).getOneOrFail();
      if (!(await verifyPassword(input.currentPassword, account.passwordHash))) {
        throw badInput('currentPassword', 'currentPassword is not your current password.');
      }
      const passwordHash = await hashPassword(input.newPassword, this.settings.passwordHashCost);
      await manager.update(UserAccount, { id: account.id }, { passwordHash, sessionVersion: account.sessionVersion + 1 });
      await recordAudit(manager, this.ctx, {
        action: 'account.changePassword',
        entityType: 'UserAccount',
        entityId: account.id,
        districtId: account.districtId,
        changes: {},
      });
      await announcePasswordChanged(manager, this.ctx, account);
      return this.issue(await manager.findOneOrFail(UserAccount, { where: { id: account.id } }));
    });
  }

  list(filter: AccountFilter, page: PageArgs): Promise<Page<UserAccount>> {
    requirePermission(this.ctx.viewer, P.readAccounts);
    return paginate(accountSql.list(this.ctx.dataSource.manager, this.reader, filter), page);
  }

  /** Grants in force for an account, batched across a page of accounts. */
  grantsOf(accountId: string): Promise<RoleGrant[]> {
    this.grantsLoader ??= groupedLoader(
      (accountIds) =>
        this.ctx.dataSource
          .getRepository(RoleGrant)
          .find({ where: { accountId: In([...accountIds]), revokedAt: IsNull() }, order: { grantedAt: 'ASC' } }),
      (g) => g.accountId,
    );
    return this.grantsLoader.load(accountId);
  }

  async create(input: CreateAccountInput): Promise<UserAccount> {
    const viewer = requirePermission(this.ctx.viewer, P.createAccount);
    const problem = passwordProblem(input.password);
    if (problem) throw badInput('password', `password ${problem}.`);
    const passwordHash = await hashPassword(input.password, this.settings.passwordHashCost);
    const taken = () => badInput('username', `The username ${input.username} is taken.`);
    return this.ctx.dataSource.transaction(async (manager) => {
      if (input.staffId) {
        const staff = await manager.findOne(Staff, { where: { id: input.staffId, districtId: viewer.districtId } });
        if (!staff) throw badInput('staffId', 'staffId does not name a staff member of your district.');
      }
      if (await manager.exists(UserAccount, { where: { username: input.username } })) throw taken();
      const account = manager.create(UserAccount, {
        id: newId(),
        districtId: viewer.districtId,
        username: input.username,
        displayName: input.displayName.trim(),
        passwordHash,
        staffId: input.staffId ?? null,
        active: true,
        sessionVersion: 1,
      });
      try {
        await manager.insert(UserAccount, account);
      } catch (error) {
        if (isUniqueViolation(error)) throw taken();
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'account.create',
        entityType: 'UserAccount',
        entityId: account.id,
        districtId: viewer.districtId,
        changes: { username: input.username, displayName: input.displayName, staffId: input.staffId ?? null },
      });
      const created = await manager.findOneOrFail(UserAccount, { where: { id: account.id } });
      await announceAccountCreated(manager, this.ctx, created);
      return created;
    });
  }

  /** For inputs that name an account to change: one of the viewer's district (locked), else BAD_USER_INPUT on that field. */
  private async accountToChange(manager: EntityManager, accountId: string, field: string): Promise<UserAccount> {
    const viewer = requireViewer(this.ctx.viewer);
    const account = await accountSql.toChange(manager, accountId, viewer.districtId).getOne();
    if (!account) throw badInput(field, `${field} does not name an account of your district.`);
    return account;
  }

  async grant(input: GrantRoleInput): Promise<UserAccount> {
    requirePermission(this.ctx.viewer, P.grantRole);
    return this.ctx.dataSource.transaction(async (manager) => {
      const account = await this.accountToChange(manager, input.accountId, 'accountId');
      const namedSchool = grantedAt(input.role, input.schoolId);
      const schoolId = namedSchool && (await this.schools.requireInDistrict(manager, namedSchool, 'schoolId')).id;
      const existing = await manager.findOne(RoleGrant, {
        where: { accountId: account.id, role: input.role, schoolId: schoolId ?? IsNull(), revokedAt: IsNull() },
      });
      if (existing) throw badInput('role', `The account already holds ${input.role}${schoolId ? ' at that school' : ''}.`);
      const grant = {
        id: newId(),
        accountId: account.id,
        role: input.role,
        schoolId,
        grantedByAccountId: this.ctx.viewer?.accountId ?? null,
        grantedAt: new Date(),
        revokedAt: null,
        revokedByAccountId: null,
      };
      await manager.insert(RoleGrant, grant);
      await recordAudit(manager, this.ctx, {
        action: 'role.grant',
        entityType: 'RoleGrant',
        entityId: grant.id,
        districtId: account.districtId,
        schoolId,
        changes: { accountId: account.id, role: input.role, schoolId },
      });
      await announceGrantsChanged(manager, this.ctx, account);
      return account;
    });
  }

  async revoke(input: RevokeRoleInput): Promise<UserAccount> {
    const viewer = requirePermission(this.ctx.viewer, P.revokeRole);
    return this.ctx.dataSource.transaction(async (manager) => {
      const grant = await accountSql.grantToRevoke(manager, input.grantId).getOne();
      const account = grant ? await manager.findOne(UserAccount, { where: { id: grant.accountId, districtId: viewer.districtId } }) : null;
      if (!grant || !account) throw badInput('grantId', 'grantId does not name a role grant in force in your district.');
      checkRevoke(grant, viewer.accountId);
      await manager.update(RoleGrant, { id: grant.id }, { revokedAt: new Date(), revokedByAccountId: viewer.accountId });
      await recordAudit(manager, this.ctx, {
        action: 'role.revoke',
        entityType: 'RoleGrant',
        entityId: grant.id,
        districtId: account.districtId,
        schoolId: grant.schoolId,
        changes: { role: grant.role },
      });
      await announceGrantsChanged(manager, this.ctx, account);
      return account;
    });
  }

  async deactivate(input: DeactivateAccountInput): Promise<UserAccount> {
    const viewer = requirePermission(this.ctx.viewer, P.deactivateAccount);
    return this.ctx.dataSource.transaction(async (manager) => {
      const account = await this.accountToChange(manager, input.accountId, 'accountId');
      checkDeactivate(account, viewer.accountId);
      await manager.update(UserAccount, { id: account.id }, { active: false, sessionVersion: account.sessionVersion + 1 });
      await recordAudit(manager, this.ctx, {
        action: 'account.deactivate',
        entityType: 'UserAccount',
        entityId: account.id,
        districtId: account.districtId,
        changes: { reason: input.reason },
      });
      const deactivated = await manager.findOneOrFail(UserAccount, { where: { id: account.id } });
      await announceAccountDeactivated(manager, this.ctx, deactivated);
      return deactivated;
    });
  }
}

/** The viewer claims of an account as it is now: its identity and the grants in force. */
async function claimsOf(dataSource: DataSource, account: UserAccount): Promise<ViewerClaims> {
  const grants = await dataSource.getRepository(RoleGrant).find({ where: { accountId: account.id, revokedAt: IsNull() } });
  return {
    accountId: account.id,
    username: account.username,
    staffId: account.staffId,
    districtId: account.districtId,
    grants: grants.map((g) => ({ role: g.role, schoolId: g.schoolId })),
  };
}

/**
 * The viewer for a verified user token, as the gateway forwards it to every subgraph; null when
 * the account is gone, deactivated, or the token predates a password change or deactivation.
 */
export async function currentViewer(dataSource: DataSource, accountId: string, sessionVersion: number): Promise<ViewerClaims | null> {
  const account = await dataSource.getRepository(UserAccount).findOne({ where: { id: accountId } });
  if (!account || !account.active || account.sessionVersion !== sessionVersion) return null;
  return claimsOf(dataSource, account);
}
