import { useQuery } from '@apollo/client/react';
import { Button, Card, Checkbox, Empty, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { WorkOrderFilter } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { useViewer } from '../../session/viewer';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { Money } from '../../shared/components/Money';
import { PagedTable } from '../../shared/components/PagedTable';
import { labelOf } from '../../shared/labels';
import { useCursorPaging } from '../../shared/paging';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import {
  WORK_ORDER_ACTION,
  WORK_ORDER_CATEGORY,
  WORK_ORDER_PRIORITY,
  WORK_ORDER_PRIORITY_COLOR,
  WORK_ORDER_STATUS,
  WORK_ORDER_STATUS_COLOR,
} from './labels';
import { FacilitiesWorkOrdersQuery } from './operations';
import { DUE_STATE, defaultWorkOrderView, dueState, workOrderFilter, workOrderPlace, workOrderViews, type WorkOrderView } from './repairs';

const VIEW_LABEL: Record<WorkOrderView, { zh: string; en: string }> = {
  queue: { zh: '我的任务', en: 'My queue' },
  triage: { zh: '待核算/研究', en: 'To cost and review' },
  all: { zh: '全部', en: 'All' },
};

/**
 * Repair work orders (维修工单): a maintenance worker's queue (assigned to their staff record), the
 * director's triage view (reported ones to triage and cost, costed ones to review) and the whole list,
 * which the graph narrows to what the viewer reported or was assigned unless they read the school's;
 * filtered by status, category, priority and overdue (超期), a page at a time.
 */
export default function WorkOrderListPage() {
  const t = useT();
  const access = useAccess();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const canTriage = access.can('triageWorkOrder', schoolId) || access.can('reviewWorkOrder', schoolId);
  const views = workOrderViews({
    staffId: viewer?.staffId,
    canWork: access.can('startWorkOrder', schoolId),
    canTriage,
    canCost: access.can('costWorkOrder', schoolId),
  });
  const asked = params.get('view') as WorkOrderView | null;
  const view: WorkOrderView = asked && views.includes(asked) ? asked : defaultWorkOrderView(views, { canTriage });
  const setView = (next: WorkOrderView) =>
    setParams(
      (p) => {
        p.set('view', next);
        return p;
      },
      { replace: true },
    );
  const [status, setStatus] = useState<string | undefined>(params.get('status') ?? undefined);
  const [category, setCategory] = useState<string | undefined>();
  const [priority, setPriority] = useState<string | undefined>();
  const [overdue, setOverdue] = useState(params.get('overdue') === '1');
  const readsAll = access.can('readWorkOrders', schoolId);
  const values = { schoolId, status, category, priority, overdue };
  const needsSchool = !schoolId && !access.isDistrict;

  return (
    <Card
      title={t('维修工单', 'Work orders')}
      extra={
        access.can('reportWorkOrder', schoolId) && (
          <Link to={`/facilities/work-orders/new${schoolId ? `?school=${schoolId}` : ''}`}>
            <Button type="primary" data-testid="work-order-new">
              {t('报修', 'Report a repair')}
            </Button>
          </Link>
        )
      }
      styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
        {views.length > 1 && (
          <Segmented<WorkOrderView>
            value={view}
            onChange={setView}
            options={views.map((v) => ({
              value: v,
              label: v === 'all' && !readsAll ? t('我的报修', 'Mine') : t(VIEW_LABEL[v].zh, VIEW_LABEL[v].en),
            }))}
            data-testid="work-order-view"
          />
        )}
        {view !== 'triage' && (
          <Select
            allowClear
            style={{ minWidth: 130 }}
            placeholder={t('全部状态', 'Every status')}
            value={status}
            onChange={setStatus}
            options={Object.keys(WORK_ORDER_STATUS).map((s) => ({ value: s, label: labelOf(WORK_ORDER_STATUS, s, t) }))}
            data-testid="work-order-status-filter"
          />
        )}
        <Select
          allowClear
          style={{ minWidth: 110 }}
          placeholder={t('全部类别', 'Every kind')}
          value={category}
          onChange={setCategory}
          options={Object.keys(WORK_ORDER_CATEGORY).map((c) => ({ value: c, label: labelOf(WORK_ORDER_CATEGORY, c, t) }))}
          data-testid="work-order-category-filter"
        />
        <Select
          allowClear
          style={{ minWidth: 120 }}
          placeholder={t('全部优先级', 'Every priority')}
          value={priority}
          onChange={setPriority}
          options={Object.keys(WORK_ORDER_PRIORITY).map((p) => ({ value: p, label: labelOf(WORK_ORDER_PRIORITY, p, t) }))}
          data-testid="work-order-priority-filter"
        />
        <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)} data-testid="work-order-overdue-filter">
          {t('仅超期', 'Overdue only')}
        </Checkbox>
      </Space>
      {needsSchool ? (
        <Empty description={t('请选择学校', 'Choose a school')} />
      ) : view === 'triage' ? (
        <Space orientation="vertical" size={24} style={{ width: '100%' }}>
          <WorkOrderTable
            title={t('已申报：待分诊、核算', 'Reported: to triage and cost')}
            filter={workOrderFilter('triage', { ...values, status: 'REPORTED' })}
            testId="work-order-table-reported"
          />
          <WorkOrderTable
            title={t('已核算：待研究', 'Costed: to review')}
            filter={workOrderFilter('triage', { ...values, status: 'COSTED' })}
            testId="work-order-table-costed"
          />
        </Space>
      ) : (
        <WorkOrderTable filter={workOrderFilter(view, values, viewer?.staffId)} testId="work-order-table" />
      )}
    </Card>
  );
}

/** One paged table of work orders for a filter. */
function WorkOrderTable({ filter, title, testId }: { filter: WorkOrderFilter; title?: string; testId: string }) {
  const t = useT();
  const paging = useCursorPaging();
  const { reset } = paging;
  const key = JSON.stringify(filter);
  const stable = useMemo(() => JSON.parse(key) as WorkOrderFilter, [key]);
  useEffect(() => reset(), [stable, reset]);
  const { data, previousData, loading, error } = useQuery(FacilitiesWorkOrdersQuery, {
    variables: { filter: stable, ...paging.variables },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.workOrders;
  const now = new Date();
  return (
    <div>
      {title && <Typography.Title level={5}>{title}</Typography.Title>}
      {error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <PagedTable
          data-testid={testId}
          rowKey="id"
          size="small"
          loading={loading}
          page={page}
          paging={paging}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('报修内容', 'What'),
              key: 'title',
              render: (_, o) => (
                <Space size={4} wrap>
                  <Link to={`/facilities/work-orders/${o.id}`} data-testid="work-order-link">
                    {o.title}
                  </Link>
                  {o.safety && <Tag color="red">{t('安全', 'Safety')}</Tag>}
                </Space>
              ),
            },
            { title: t('位置', 'Where'), key: 'room', render: (_, o) => workOrderPlace(o) },
            { title: t('类别', 'Kind'), key: 'category', render: (_, o) => labelOf(WORK_ORDER_CATEGORY, o.category, t) },
            {
              title: t('优先级', 'Priority'),
              key: 'priority',
              render: (_, o) => <Tag color={WORK_ORDER_PRIORITY_COLOR[o.priority]}>{labelOf(WORK_ORDER_PRIORITY, o.priority, t)}</Tag>,
            },
            {
              title: t('状态', 'Status'),
              key: 'status',
              render: (_, o) => (
                <Space size={4} wrap>
                  <Tag color={WORK_ORDER_STATUS_COLOR[o.status]} data-status={o.status}>
                    {labelOf(WORK_ORDER_STATUS, o.status, t)}
                  </Tag>
                  {o.viewerActions.map((a) => (
                    <Tag key={a} color="processing">
                      {labelOf(WORK_ORDER_ACTION, a, t)}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: t('处理期限', 'Due'),
              key: 'due',
              render: (_, o) => {
                const state = DUE_STATE[dueState(o, now)];
                return (
                  <Space size={4}>
                    <DateTime value={o.dueAt} />
                    {state.color && <Tag color={state.color}>{t(state.zh, state.en)}</Tag>}
                  </Space>
                );
              },
            },
            { title: t('核算金额', 'Estimate'), key: 'estimate', align: 'right', render: (_, o) => <Money value={o.estimate} /> },
            { title: t('报修时间', 'Reported'), key: 'reported', render: (_, o) => <DateTime value={o.reportedAt} /> },
          ]}
        />
      )}
    </div>
  );
}
