import { eventEntities, eventsExtension } from '@houqin/events';
import type { SubgraphDefinition } from '@houqin/subgraph-kit';
import type { AuthSettings, DirectoryContext } from './context';
import { District } from './district/district.entity';
import { School } from './school/school.entity';
import { Campus } from './campus/campus.entity';
import { CampusAssignment } from './campus/campus-assignment.entity';
import { Staff, StaffPostHolding } from './staff/staff.entity';
import { RoleGrant, UserAccount } from './account/account.entity';
import { mountViewerRoute } from './account/viewer.route';
import { directoryMigrations } from './migrations';
import { AccountResolver, RoleGrantResolver } from './account/account.resolver';
import { CampusAssignmentResolver, CampusResolver } from './campus/campus.resolver';
import { SchoolResolver } from './school/school.resolver';
import { StaffResolver } from './staff/staff.resolver';
import { LoginThrottle, sharedThrottleExtension, sharedThrottleRedis } from './account/login-throttle';
import { seedDirectoryDemo } from './demo/seed';
import { DIRECTORY_PORT } from './config';
import { AccountService } from './account/account.service';
import { CampusService } from './campus/campus.service';
import { SchoolService } from './school/school.service';
import { StaffService } from './staff/staff.service';
import { accountSql } from './account/account.store';
import { campusSql } from './campus/campus.store';
import { schoolSql } from './school/school.store';
import { staffSql } from './staff/staff.store';
import { P } from './permissions';
import { DirectoryDeadLetterResolver } from './events/dead-letters';
import { Notification } from './notification/notification.entity';
import { NotificationResolver } from './notification/notification.resolver';
import { NotificationService } from './notification/notification.service';
import { notificationSql } from './notification/notification.store';
import { directoryConsumer } from './events/directory.consumer';
import { WebhookDelivery, WebhookEndpoint } from './webhook/webhook.entity';
import { webhookExtension, type WebhookSettings } from './webhook/webhook.dispatcher';
import { WebhookResolver } from './webhook/webhook.resolver';
import { WebhookService } from './webhook/webhook.service';
import { webhookSql } from './webhook/webhook.store';
import { SchoolTerm } from './term/term.entity';
import { SchoolCalendarResolver, TermResolver } from './term/term.resolver';
import { TermService } from './term/term.service';
import { termSql } from './term/term.store';

export { loadDirectoryConfig, authSettings, directoryEnvSpec, webhookSettings } from './config';
export type { DirectoryContext, AuthSettings } from './context';

/** Every table of the directory database. */
export const directoryEntities = [
  District,
  School,
  Campus,
  CampusAssignment,
  SchoolTerm,
  Staff,
  StaffPostHolding,
  UserAccount,
  RoleGrant,
  Notification,
  WebhookEndpoint,
  WebhookDelivery,
  // The outbox it publishes from and the inbox of what it consumes.
  ...eventEntities,
];

/**
 * The directory subgraph: district, schools, campuses, staff, accounts and roles. Owns the
 * `School`, `Campus`, `Staff` and `UserAccount` entities that other subgraphs extend.
 */
export function createDirectorySubgraph(
  settings: AuthSettings,
  webhooks: WebhookSettings = { allowPrivateUrls: false },
): SubgraphDefinition<DirectoryContext> {
  // One per process: it must outlive the request to count failures across requests (and, with Redis, across replicas).
  const redis = settings.redisUrl ? sharedThrottleRedis(settings.redisUrl) : null;
  const throttle = new LoginThrottle(
    settings.loginMaxFailures,
    settings.loginLockSeconds,
    redis ? { redis, keyPrefix: settings.redisKeyPrefix || 'houqin' } : undefined,
  );
  return {
    name: 'directory',
    defaultPort: DIRECTORY_PORT,
    resolvers: [
      SchoolResolver,
      CampusResolver,
      CampusAssignmentResolver,
      TermResolver,
      SchoolCalendarResolver,
      StaffResolver,
      AccountResolver,
      RoleGrantResolver,
      NotificationResolver,
      DirectoryDeadLetterResolver,
      WebhookResolver,
    ],
    entities: directoryEntities,
    migrations: directoryMigrations,
    sqlStores: [schoolSql, campusSql, termSql, staffSql, accountSql, notificationSql, webhookSql],
    permissions: P,
    createContext(base) {
      const schools = new SchoolService(base);
      return {
        ...base,
        schools,
        campuses: new CampusService(base, schools),
        terms: new TermService(base, schools),
        staff: new StaffService(base, schools),
        accounts: new AccountService(base, settings, schools, throttle),
        notifications: new NotificationService(base),
        webhooks: new WebhookService(base, schools, webhooks),
      };
    },
    referenceResolvers: {
      School: (ref, ctx) => ctx.schools.reader.byId(ref.id),
      Campus: (ref, ctx) => ctx.campuses.reader.byId(ref.id),
      Staff: (ref, ctx) => ctx.staff.reader.byId(ref.id),
      // Your own account, or any of the district for those who may read accounts (as account(id)).
      UserAccount: (ref, ctx) => ctx.accounts.reader.byId(ref.id),
    },
    seedDemo: (dataSource, logger) => seedDirectoryDemo(dataSource, logger, settings.passwordHashCost),
    routes: (router, deps) => mountViewerRoute(router, deps),
    extensions: [
      eventsExtension({ consumer: directoryConsumer }),
      webhookExtension(webhooks),
      ...(redis ? [sharedThrottleExtension(redis)] : []),
    ],
  };
}
