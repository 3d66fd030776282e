import type { SubgraphContext } from '@houqin/subgraph-kit';
import type { AccountService } from './account/account.service';
import type { CampusService } from './campus/campus.service';
import type { NotificationService } from './notification/notification.service';
import type { SchoolService } from './school/school.service';
import type { StaffService } from './staff/staff.service';
import type { TermService } from './term/term.service';
import type { WebhookService } from './webhook/webhook.service';

/** Per-request context of the directory: the base context plus one instance of each service. */
export interface DirectoryContext extends SubgraphContext {
  schools: SchoolService;
  campuses: CampusService;
  terms: TermService;
  staff: StaffService;
  accounts: AccountService;
  notifications: NotificationService;
  webhooks: WebhookService;
}

/** Settings the account service needs for tokens and hashing. */
export interface AuthSettings {
  userTokenSecret: string;
  userTokenTtlSeconds: number;
  passwordHashCost: number;
  /** Failed sign-ins for one username before it is locked (see LoginThrottle). */
  loginMaxFailures: number;
  /** How long the failure count is kept, from the first failure; the lock ends with it. */
  loginLockSeconds: number;
  /** REDIS_URL: where every replica counts login failures; unset or empty = this process's memory. */
  redisUrl?: string;
  /** REDIS_KEY_PREFIX (`houqin`). */
  redisKeyPrefix?: string;
}
