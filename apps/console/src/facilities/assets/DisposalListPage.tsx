import { useQuery } from '@apollo/client/react';
import { Card, Checkbox, Empty, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { AssetDisposalFilter, AssetDisposalStatus } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { Money } from '../../shared/components/Money';
import { PagedTable } from '../../shared/components/PagedTable';
import { labelOf } from '../../shared/labels';
import { useCursorPaging } from '../../shared/paging';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { StatusTag } from './components';
import { DISPOSAL_APPROVER, DISPOSAL_METHOD, DISPOSAL_SOURCE, DISPOSAL_STATUS, DISPOSAL_STATUS_COLOR } from './labels';
import { FacilitiesAssetDisposalsQuery } from './operations';

/** Disposal requests (资产处置申请), newest first: by status, or only those waiting for the viewer (待我审批). */
export default function DisposalListPage() {
  const t = useT();
  const access = useAccess();
  const [params] = useSearchParams();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const [status, setStatus] = useState<AssetDisposalStatus | undefined>((params.get('status') as AssetDisposalStatus | null) ?? undefined);
  const [mine, setMine] = useState(params.get('awaiting') === 'me');
  const paging = useCursorPaging();
  const { reset } = paging;
  const filter: AssetDisposalFilter = useMemo(
    () => ({ schoolId, status, awaitingMyApproval: mine || undefined }),
    [schoolId, status, mine],
  );
  useEffect(() => reset(), [filter, reset]);
  const { data, previousData, loading, error } = useQuery(FacilitiesAssetDisposalsQuery, {
    variables: { filter, ...paging.variables },
    fetchPolicy: 'cache-and-network',
    skip: !schoolId && !access.isDistrict,
  });
  const page = (data ?? previousData)?.assetDisposals;
  return (
    <Card title={t('资产处置申请', 'Disposal requests')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
        <Select
          allowClear
          style={{ minWidth: 140 }}
          placeholder={t('全部状态', 'Every status')}
          value={status}
          onChange={setStatus}
          options={Object.keys(DISPOSAL_STATUS).map((s) => ({ value: s as AssetDisposalStatus, label: labelOf(DISPOSAL_STATUS, s, t) }))}
          data-testid="disposal-status-filter"
        />
        <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)} data-testid="disposal-awaiting-me">
          {t('待我审批', 'Awaiting me')}
        </Checkbox>
      </Space>
      {!schoolId && !access.isDistrict ? (
        <Empty description={t('请选择学校', 'Choose a school')} />
      ) : error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <PagedTable
          data-testid="disposal-table"
          rowKey="id"
          loading={loading}
          page={page}
          paging={paging}
          columns={[
            {
              title: t('资产', 'Asset'),
              key: 'a',
              render: (_, d) => (
                <Link to={`/facilities/disposals/${d.id}`} data-testid="disposal-link">
                  {d.asset ? `${d.asset.tagNumber} ${d.asset.name}` : d.assetId}
                </Link>
              ),
            },
            { title: t('处置方式', 'Method'), key: 'm', render: (_, d) => labelOf(DISPOSAL_METHOD, d.method, t) },
            { title: t('来源', 'Source'), key: 'src', render: (_, d) => labelOf(DISPOSAL_SOURCE, d.source, t) },
            { title: t('原因', 'Reason'), dataIndex: 'reason', ellipsis: true },
            { title: t('原值', 'Cost'), key: 'c', align: 'right', render: (_, d) => <Money value={d.cost} /> },
            { title: t('净值', 'Net book value'), key: 'n', align: 'right', render: (_, d) => <Money value={d.netBookValue} /> },
            {
              title: t('状态', 'Status'),
              key: 's',
              render: (_, d) => (
                <Space size={4}>
                  <StatusTag table={DISPOSAL_STATUS} colors={DISPOSAL_STATUS_COLOR} status={d.status} />
                  {d.nextApprovalRole && (
                    <Typography.Text type="secondary">{labelOf(DISPOSAL_APPROVER, d.nextApprovalRole, t)}</Typography.Text>
                  )}
                </Space>
              ),
            },
            { title: t('申请时间', 'Filed'), key: 'f', render: (_, d) => <DateTime value={d.createdAt} /> },
          ]}
        />
      )}
    </Card>
  );
}
