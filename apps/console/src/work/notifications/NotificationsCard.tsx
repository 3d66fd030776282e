import { useMutation, useQuery } from '@apollo/client/react';
import { App, Badge, Button, Card, Empty, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useLanguage, useT } from '../../app/language';
import { graphql } from '../../graphql';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { graphProblems } from '../../shared/graph-errors';
import { useCursorPaging } from '../../shared/paging';
import type { WorkSource } from '../sources';
import { subjectPath } from '../subject-path';

const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int, $after: String) {
    me {
      id
      unreadNotificationCount
      notifications(first: $first, after: $after) {
        nodes {
          id
          kind
          title
          titleEn
          subjectType
          subjectId
          createdAt
          readAt
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unreadCount
    }
  }
`);

const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead {
      marked
      unreadCount
    }
  }
`);

/**
 * The viewer's notifications (通知), newest first, a page at a time: opening one marks it read and
 * goes to its record when a work source knows the record's page; "all read" marks every one.
 */
export function NotificationsCard({ sources }: { sources: readonly WorkSource[] }) {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const paging = useCursorPaging(10);
  const { data, previousData, loading, error, refetch } = useQuery(MyNotificationsQuery, {
    variables: paging.variables,
    fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(MarkNotificationsReadMutation);
  const [markAll, { loading: markingAll }] = useMutation(MarkAllNotificationsReadMutation);
  const me = (data ?? previousData)?.me;
  const page = me?.notifications;

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
      await refetch();
    } catch (e) {
      void message.error(
        graphProblems(e)
          .map((p) => p.message)
          .join(' '),
      );
    }
  }

  async function open(id: string, unread: boolean, to: string | null) {
    if (unread) await run(() => markRead({ variables: { input: { ids: [id] } } }));
    if (to) void navigate(to);
  }

  return (
    <Card
      title={
        <Space>
          {t('我的通知', 'Notifications')}
          {!!me?.unreadNotificationCount && <Badge count={me.unreadNotificationCount} overflowCount={999} data-testid="unread-count" />}
        </Space>
      }
      extra={
        !!me?.unreadNotificationCount && (
          <Button size="small" loading={markingAll} onClick={() => void run(() => markAll())} data-testid="mark-all-read">
            {t('全部已读', 'Mark all read')}
          </Button>
        )
      }
      loading={loading && !page}
      styles={{ body: { padding: page?.nodes.length ? 0 : undefined } }}
    >
      <div data-testid="my-notifications">
        {error && !page ? (
          <GraphErrorResult error={error} />
        ) : !page?.nodes.length ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('暂无通知', 'No notifications')} />
        ) : (
          page.nodes.map((n) => {
            const to = subjectPath(sources, n.subjectType, n.subjectId);
            const unread = !n.readAt;
            return (
              <div
                key={n.id}
                data-testid="notification"
                data-unread={unread ? 'true' : 'false'}
                style={{ display: 'flex', gap: 8, alignItems: 'flex-start', padding: '10px 16px', borderBottom: '1px solid #f0f0f0' }}
              >
                <Badge status={unread ? 'processing' : 'default'} style={{ marginTop: 4 }} />
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Typography.Link
                    strong={unread}
                    onClick={() => void open(n.id, unread, to)}
                    style={{ color: unread ? undefined : 'rgba(0,0,0,0.65)', wordBreak: 'break-word' }}
                  >
                    {language === 'en' ? n.titleEn : n.title}
                  </Typography.Link>
                  <div>
                    <Typography.Text type="secondary">
                      <DateTime value={n.createdAt} />
                    </Typography.Text>
                  </div>
                </div>
                {unread && (
                  <Button size="small" type="text" onClick={() => void open(n.id, true, null)} data-testid="mark-read">
                    {t('标为已读', 'Mark read')}
                  </Button>
                )}
              </div>
            );
          })
        )}
        {(paging.pageNumber > 1 || page?.pageInfo.hasNextPage) && (
          <Space style={{ padding: '8px 16px' }}>
            <Button size="small" disabled={paging.pageNumber <= 1} onClick={paging.previous}>
              {t('上一页', 'Previous')}
            </Button>
            <Button size="small" disabled={!page?.pageInfo.hasNextPage} onClick={() => paging.next(page?.pageInfo.endCursor)}>
              {t('下一页', 'Next')}
            </Button>
          </Space>
        )}
      </div>
    </Card>
  );
}
