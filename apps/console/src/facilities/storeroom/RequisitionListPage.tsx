import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Select, Space, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { RequisitionFilter, RequisitionStatus } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { Money } from '../../shared/components/Money';
import { PagedTable } from '../../shared/components/PagedTable';
import { labelOf } from '../../shared/labels';
import { useCursorPaging } from '../../shared/paging';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { REQUISITION_ACTION, REQUISITION_STATUS, REQUISITION_STATUS_COLOR } from './labels';
import { FacilitiesRequisitionsQuery } from './operations';
import { linesText, roomText } from './storeroom';

/**
 * Requisitions (领用单), newest first: a staff member's own; the whole school's for the storekeeper,
 * the director and the other readers (who may narrow to their own); filtered by status.
 */
export default function RequisitionListPage() {
  const t = useT();
  const access = useAccess();
  const [params] = useSearchParams();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const readsAll = access.can('readRequisitions', schoolId);
  const [status, setStatus] = useState<RequisitionStatus | undefined>((params.get('status') as RequisitionStatus | null) ?? undefined);
  const [scope, setScope] = useState<'mine' | 'school'>(readsAll && params.get('mine') !== '1' ? 'school' : 'mine');
  const paging = useCursorPaging();
  const { reset } = paging;
  const filter: RequisitionFilter = useMemo(
    () => ({ schoolId, status, mine: scope === 'mine' || !readsAll || undefined }),
    [schoolId, status, scope, readsAll],
  );
  useEffect(() => reset(), [filter, reset]);
  const { data, previousData, loading, error } = useQuery(FacilitiesRequisitionsQuery, {
    variables: { filter, ...paging.variables },
    fetchPolicy: 'cache-and-network',
    skip: !schoolId && !access.isDistrict,
  });
  const page = (data ?? previousData)?.requisitions;
  return (
    <Card
      title={t('领用申请', 'Requisitions')}
      extra={
        access.can('requestRequisition', schoolId) && (
          <Link to={`/facilities/requisitions/new${schoolId ? `?school=${schoolId}` : ''}`}>
            <Button type="primary" data-testid="requisition-new">
              {t('我要领用', 'Ask for items')}
            </Button>
          </Link>
        )
      }
      styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
        {readsAll && (
          <Select
            value={scope}
            onChange={setScope}
            style={{ minWidth: 120 }}
            options={[
              { value: 'school', label: t('全校', 'The school’s') },
              { value: 'mine', label: t('我的', 'Mine') },
            ]}
            data-testid="requisition-scope"
          />
        )}
        <Select
          allowClear
          style={{ minWidth: 140 }}
          placeholder={t('全部状态', 'Every status')}
          value={status}
          onChange={setStatus}
          options={Object.keys(REQUISITION_STATUS).map((s) => ({
            value: s as RequisitionStatus,
            label: labelOf(REQUISITION_STATUS, s, t),
          }))}
          data-testid="requisition-status-filter"
        />
      </Space>
      {!schoolId && !access.isDistrict ? (
        <Empty description={t('请选择学校', 'Choose a school')} />
      ) : error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <PagedTable
          data-testid="requisition-table"
          rowKey="id"
          size="small"
          loading={loading}
          page={page}
          paging={paging}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('领用给', 'For'),
              key: 'r',
              render: (_, r) => (
                <Link to={`/facilities/requisitions/${r.id}`} data-testid="requisition-link">
                  {r.room ? roomText(r.room) : (r.department?.name ?? '—')}
                </Link>
              ),
            },
            { title: t('物品', 'Items'), key: 'l', render: (_, r) => linesText(r.lines, t) },
            {
              title: t('状态', 'Status'),
              key: 's',
              render: (_, r) => (
                <Space size={4} wrap>
                  <Tag color={REQUISITION_STATUS_COLOR[r.status]} data-status={r.status}>
                    {labelOf(REQUISITION_STATUS, r.status, t)}
                  </Tag>
                  {r.viewerActions
                    .filter((a) => a !== 'REJECT')
                    .map((a) => (
                      <Tag key={a} color="processing">
                        {labelOf(REQUISITION_ACTION, a, t)}
                      </Tag>
                    ))}
                </Space>
              ),
            },
            { title: t('申请人', 'Requester'), key: 'p', render: (_, r) => r.requester?.name ?? '—' },
            { title: t('预估金额', 'Estimated'), key: 'v', align: 'right', render: (_, r) => <Money value={r.estimatedValue} /> },
            { title: t('申请时间', 'Asked'), key: 'c', render: (_, r) => <DateTime value={r.createdAt} /> },
          ]}
        />
      )}
    </Card>
  );
}
