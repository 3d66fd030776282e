import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/language';
import type { FacilitiesPatrolRowFieldsFragment } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { PagedTable } from '../../shared/components/PagedTable';
import { labelOf } from '../../shared/labels';
import { useCursorPaging } from '../../shared/paging';
import { useRepairRooms } from '../repairs/lookups';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { roomText } from '../storeroom/storeroom';
import { PATROL_STATUS, PATROL_STATUS_COLOR } from './labels';
import { FacilitiesPatrolRoutesQuery, FacilitiesPatrolsQuery } from './operations';
import { patrolResultText, walkPath, windowText } from './patrols';

/**
 * Patrols (巡视): the school's routes (巡视路线) with their checkpoints and daily window, each opening
 * the walk on a phone; the director sets new ones; and the recent patrols (巡视记录) with what each
 * scanned, missed (漏检) and scanned out of order.
 */
export default function PatrolsPage() {
  const t = useT();
  const access = useAccess();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const needsSchool = !schoolId;
  const routes = useQuery(FacilitiesPatrolRoutesQuery, {
    variables: { schoolId, first: 100 },
    skip: needsSchool,
    fetchPolicy: 'cache-and-network',
  });
  const { rooms } = useRepairRooms(schoolId);
  const roomsById = useMemo(() => new Map(rooms.map((r) => [r.id, r])), [rooms]);
  const paging = useCursorPaging();
  const { reset } = paging;
  useEffect(() => reset(), [schoolId, reset]);
  const patrols = useQuery(FacilitiesPatrolsQuery, {
    variables: { schoolId, ...paging.variables },
    skip: needsSchool,
    fetchPolicy: 'cache-and-network',
  });
  const routeList = (routes.data ?? routes.previousData)?.patrolRoutes.nodes ?? [];
  const page = (patrols.data ?? patrols.previousData)?.patrols;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('巡视路线', 'Patrol routes')}
        extra={
          schoolId &&
          access.can('createPatrolRoute', schoolId) && (
            <Link to={`/facilities/patrols/routes/new?school=${encodeURIComponent(schoolId)}`}>
              <Button type="primary" data-testid="patrol-route-new">
                {t('新建路线', 'New route')}
              </Button>
            </Link>
          )
        }
        styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
        </Space>
        {needsSchool ? (
          <Empty description={t('请选择学校', 'Choose a school')} />
        ) : routes.error && !routes.data ? (
          <GraphErrorResult error={routes.error} />
        ) : (
          <List
            loading={routes.loading && !routes.data}
            dataSource={routeList}
            locale={{ emptyText: t('还没有巡视路线', 'No routes yet') }}
            data-testid="patrol-routes"
            renderItem={(route) => (
              <List.Item
                key={route.id}
                data-testid="patrol-route"
                data-route-id={route.id}
                actions={[
                  route.active && access.can('startPatrol', route.schoolId) ? (
                    <Link key="walk" to={walkPath(route.id, route.schoolId)}>
                      <Button type="primary" data-testid="patrol-route-walk">
                        {t('巡视', 'Walk')}
                      </Button>
                    </Link>
                  ) : null,
                ]}
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <span data-testid="patrol-route-name">{route.name}</span>
                      {!route.active && <Tag>{t('已停用', 'Retired')}</Tag>}
                    </Space>
                  }
                  description={
                    <Space orientation="vertical" size={0}>
                      <span>
                        {t('时间', 'Window')} {windowText(route)} ·{' '}
                        {t(`${route.checkpoints.length} 个巡视点`, `${route.checkpoints.length} checkpoints`)}
                      </span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {[...route.checkpoints]
                          .sort((a, b) => a.order - b.order)
                          .map((c) => `${c.order}. ${roomsById.has(c.roomId) ? roomText(roomsById.get(c.roomId)) : '…'}`)
                          .join(' → ')}
                      </Typography.Text>
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>
      {!needsSchool && (
        <Card title={t('巡视记录', 'Recent patrols')}>
          {patrols.error && !page ? (
            <GraphErrorResult error={patrols.error} />
          ) : (
            <PagedTable<FacilitiesPatrolRowFieldsFragment>
              data-testid="patrol-table"
              rowKey="id"
              page={page}
              paging={paging}
              loading={patrols.loading}
              onRow={(p) => ({ 'data-testid': 'patrol-row', 'data-status': p.status }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('路线', 'Route'), key: 'route', render: (_, p) => p.route?.name ?? '—' },
                { title: t('开始时间', 'Started'), key: 'startedAt', render: (_, p) => <DateTime value={p.startedAt} /> },
                {
                  title: t('状态', 'Status'),
                  key: 'status',
                  render: (_, p) => (
                    <Space size={4}>
                      <Tag color={PATROL_STATUS_COLOR[p.status]}>{labelOf(PATROL_STATUS, p.status, t)}</Tag>
                      {!p.inWindow && <Tag color="orange">{t('不在时段内', 'Outside the window')}</Tag>}
                    </Space>
                  ),
                },
                {
                  title: t('结果', 'Result'),
                  key: 'result',
                  render: (_, p) => (
                    <Typography.Text type={p.missedCount ? 'danger' : undefined} data-testid="patrol-result-text">
                      {patrolResultText(p, t)}
                    </Typography.Text>
                  ),
                },
                {
                  title: '',
                  key: 'open',
                  render: (_, p) =>
                    p.status === 'IN_PROGRESS' && p.patrollerAccountId === access.accountId ? (
                      <Link to={walkPath(p.routeId, p.schoolId)}>{t('继续巡视', 'Resume')}</Link>
                    ) : null,
                },
              ]}
            />
          )}
        </Card>
      )}
    </Space>
  );
}
