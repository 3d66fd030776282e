import { Brackets, type EntityManager } from 'typeorm';
import { defineSqlStore } from '@houqin/persistence';
import { Role } from '@houqin/auth';
import { RoleGrant, UserAccount } from '../account/account.entity';
import { Notification } from './notification.entity';
import type { Audience } from './notification.rules';

/** The notifications' SQL (printed to apps/directory/sql/notification.sql). */
export const notificationSql = defineSqlStore(
  'notification',
  {
    /**
     * The active accounts of the district an event's audiences name: named accounts, or holders of a
     * role grant in force (at a school, district-wide, or at any school). One statement per event.
     */
    recipients: (m: EntityManager, districtId: string, audiences: Audience[]) =>
      m
        .createQueryBuilder(UserAccount, 'a')
        .select('DISTINCT a.id', 'id')
        .leftJoin(RoleGrant, 'g', 'g.accountId = a.id AND g.revokedAt IS NULL')
        .where('a.districtId = :districtId AND a.active = :active', { districtId, active: true })
        .andWhere(
          new Brackets((any) => {
            any.where('1 = 0');
            audiences.forEach((audience, i) => {
              if ('accounts' in audience) {
                if (audience.accounts.length) any.orWhere(`a.id IN (:...accounts${i})`, { [`accounts${i}`]: audience.accounts });
              } else if ('staff' in audience) {
                if (audience.staff.length) any.orWhere(`a.staffId IN (:...staff${i})`, { [`staff${i}`]: audience.staff });
              } else if ('schoolId' in audience) {
                any.orWhere(`(g.role = :role${i} AND g.schoolId = :school${i})`, {
                  [`role${i}`]: audience.role,
                  [`school${i}`]: audience.schoolId,
                });
              } else if ('district' in audience) {
                any.orWhere(`(g.role = :role${i} AND g.schoolId IS NULL)`, { [`role${i}`]: audience.role });
              } else {
                any.orWhere(`(g.role = :role${i} AND g.schoolId IS NOT NULL)`, { [`role${i}`]: audience.role });
              }
            });
          }),
        ),
    /** An account's inbox, newest first (the caller pages it by id descending). */
    inbox: (m: EntityManager, accountId: string, unreadOnly: boolean) => {
      const qb = m.createQueryBuilder(Notification, 'n').where('n.accountId = :accountId', { accountId });
      if (unreadOnly) qb.andWhere('n.readAt IS NULL');
      return qb;
    },
    /** How many of an account's notifications are unread (index accountId, readAt). */
    unreadCount: (m: EntityManager, accountId: string) =>
      m.createQueryBuilder(Notification, 'n').where('n.accountId = :accountId AND n.readAt IS NULL', { accountId }),
    /** Which of these ids are the account's own notifications. */
    ownIds: (m: EntityManager, accountId: string, ids: string[]) =>
      m
        .createQueryBuilder(Notification, 'n')
        .select('n.id', 'id')
        .where('n.accountId = :accountId AND n.id IN (:...ids)', { accountId, ids }),
    /** Marks the account's unread notifications read: the listed ones, or all of them when `ids` is null. */
    markRead: (m: EntityManager, accountId: string, ids: string[] | null, at: Date) => {
      const qb = m
        .createQueryBuilder()
        .update(Notification)
        .set({ readAt: at })
        .where('accountId = :accountId AND readAt IS NULL', { accountId });
      if (ids) qb.andWhere('id IN (:...ids)', { ids });
      return qb;
    },
  },
  {
    recipients: [
      'district-1',
      [
        { accounts: ['account-1'] },
        { role: Role.PRINCIPAL, schoolId: 'school-1' },
        { role: Role.DISTRICT_ADMIN, district: true },
        { role: Role.CANTEEN_MANAGER, anySchool: true },
      ],
    ],
    inbox: ['account-1', true],
    unreadCount: ['account-1'],
    ownIds: ['account-1', ['notification-1', 'notification-2']],
    markRead: ['account-1', ['notification-1'], new Date(0)],
  },
);
