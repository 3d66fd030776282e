import { forbidden, notFound, type Page } from '@houqin/common';
import { requirePermission, requireViewer, type Viewer } from '@houqin/auth';
import { paginate } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { P } from '../permissions';
import type { UserAccount } from '../account/account.entity';
import type { Notification } from './notification.entity';
import type { MarkNotificationsReadInput, NotificationArgs } from './notification.inputs';
import type { MarkNotificationsReadPayload } from './notification.types';
import { notificationSql } from './notification.store';

/**
 * Each account's inbox (通知). Only the account itself reads or marks it: a district admin who may
 * read every account still cannot read another's messages.
 */
export class NotificationService {
  constructor(private readonly ctx: SubgraphContext) {}

  /** The viewer, when the account is theirs. */
  private owner(account: Pick<UserAccount, 'id'>): Viewer {
    const viewer = requireViewer(this.ctx.viewer);
    if (viewer.accountId !== account.id) throw forbidden('Only the account holder reads its notifications.');
    return viewer;
  }

  inbox(account: Pick<UserAccount, 'id'>, args: NotificationArgs): Promise<Page<Notification>> {
    this.owner(account);
    return paginate(notificationSql.inbox(this.ctx.dataSource.manager, account.id, args.unreadOnly ?? false), args, 'DESC');
  }

  unreadCount(account: Pick<UserAccount, 'id'>): Promise<number> {
    this.owner(account);
    return notificationSql.unreadCount(this.ctx.dataSource.manager, account.id).getCount();
  }

  /** Marks the listed notifications read; an id that is not the viewer's is NOT_FOUND and nothing is marked. */
  async markRead(input: MarkNotificationsReadInput): Promise<MarkNotificationsReadPayload> {
    const { accountId } = requirePermission(this.ctx.viewer, P.markNotificationsRead);
    const ids = [...new Set(input.ids)];
    return this.ctx.dataSource.transaction(async (manager) => {
      const own = new Set((await notificationSql.ownIds(manager, accountId, ids).getRawMany<{ id: string }>()).map((row) => row.id));
      const missing = ids.find((id) => !own.has(id));
      if (missing) throw notFound('Notification', missing);
      const { affected } = await notificationSql.markRead(manager, accountId, ids, new Date()).execute();
      return { marked: affected ?? 0, unreadCount: await notificationSql.unreadCount(manager, accountId).getCount() };
    });
  }

  async markAllRead(): Promise<MarkNotificationsReadPayload> {
    const { accountId } = requirePermission(this.ctx.viewer, P.markAllNotificationsRead);
    return this.ctx.dataSource.transaction(async (manager) => {
      const { affected } = await notificationSql.markRead(manager, accountId, null, new Date()).execute();
      return { marked: affected ?? 0, unreadCount: 0 };
    });
  }
}
