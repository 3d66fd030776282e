import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Form, Input, Radio, Select, Space, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import type { AssetStocktakeFilter, AssetStocktakeScope, AssetStocktakeStatus } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { PagedTable } from '../../shared/components/PagedTable';
import { labelOf } from '../../shared/labels';
import { useCursorPaging } from '../../shared/paging';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { STOCKTAKE_SCOPE, STOCKTAKE_STATUS, STOCKTAKE_STATUS_COLOR } from './labels';
import { roomLabel, useSchoolRooms } from './lookups';
import { FacilitiesAssetStocktakesQuery, FacilitiesOpenAssetStocktakeMutation, FacilitiesStocktakeCampusesQuery } from './operations';

interface OpenValues {
  scope: AssetStocktakeScope;
  campusId?: string;
  roomId?: string;
  note?: string;
}

/** Asset stocktakes (资产盘点单), newest first, by status; open a new one for the school, a campus or a room. */
export default function StocktakeListPage() {
  const t = useT();
  const access = useAccess();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const [status, setStatus] = useState<AssetStocktakeStatus | undefined>(
    (params.get('status') as AssetStocktakeStatus | null) ?? undefined,
  );
  const [opening, setOpening] = useState(false);
  const paging = useCursorPaging();
  const { reset } = paging;
  const filter: AssetStocktakeFilter = useMemo(() => ({ schoolId, status }), [schoolId, status]);
  useEffect(() => reset(), [filter, reset]);
  const { data, previousData, loading, error, refetch } = useQuery(FacilitiesAssetStocktakesQuery, {
    variables: { filter, ...paging.variables },
    fetchPolicy: 'cache-and-network',
    skip: !schoolId && !access.isDistrict,
  });
  const page = (data ?? previousData)?.assetStocktakes;
  const mayOpen = !!schoolId && access.can('openAssetStocktake', schoolId);

  return (
    <Card
      title={t('资产盘点', 'Asset stocktakes')}
      extra={
        mayOpen && (
          <Button type="primary" onClick={() => setOpening(true)} data-testid="stocktake-open">
            {t('新建盘点', 'New stocktake')}
          </Button>
        )
      }
      styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
        <Select
          allowClear
          style={{ minWidth: 140 }}
          placeholder={t('全部状态', 'Every status')}
          value={status}
          onChange={setStatus}
          options={Object.keys(STOCKTAKE_STATUS).map((s) => ({ value: s as AssetStocktakeStatus, label: labelOf(STOCKTAKE_STATUS, s, t) }))}
          data-testid="stocktake-status-filter"
        />
      </Space>
      {!schoolId && !access.isDistrict ? (
        <Empty description={t('请选择学校', 'Choose a school')} />
      ) : error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <PagedTable
          data-testid="stocktake-table"
          rowKey="id"
          loading={loading}
          page={page}
          paging={paging}
          columns={[
            {
              title: t('盘点', 'Stocktake'),
              key: 'what',
              render: (_, s) => (
                <Link to={`/facilities/stocktakes/${s.id}`} data-testid="stocktake-link">
                  {s.room ? roomLabel(s.room) : labelOf(STOCKTAKE_SCOPE, s.scope, t)}
                  {s.note ? ` · ${s.note}` : ''}
                </Link>
              ),
            },
            { title: t('范围', 'Scope'), key: 'scope', render: (_, s) => labelOf(STOCKTAKE_SCOPE, s.scope, t) },
            {
              title: t('状态', 'Status'),
              key: 'status',
              render: (_, s) => (
                <Tag color={STOCKTAKE_STATUS_COLOR[s.status]} data-status={s.status}>
                  {labelOf(STOCKTAKE_STATUS, s.status, t)}
                </Tag>
              ),
            },
            { title: t('应盘', 'Expected'), dataIndex: 'expectedCount', align: 'right' },
            { title: t('已扫', 'Scanned'), dataIndex: 'scannedCount', align: 'right' },
            { title: t('开始时间', 'Opened'), key: 'opened', render: (_, s) => <DateTime value={s.createdAt} /> },
          ]}
        />
      )}
      {schoolId && opening && (
        <OpenStocktakeModal
          schoolId={schoolId}
          onClose={() => setOpening(false)}
          refetch={() => refetch()}
          onOpened={(id) => void navigate(`/facilities/stocktakes/${id}`)}
        />
      )}
    </Card>
  );
}

/** Opens a stocktake (开始盘点): the whole school, one campus or one room. */
function OpenStocktakeModal({
  schoolId,
  onClose,
  refetch,
  onOpened,
}: {
  schoolId: string;
  onClose(): void;
  refetch(): unknown;
  onOpened(id: string): void;
}) {
  const t = useT();
  const [open] = useMutation(FacilitiesOpenAssetStocktakeMutation);
  const campuses = useQuery(FacilitiesStocktakeCampusesQuery, { variables: { schoolId } });
  const { rooms, loading } = useSchoolRooms(schoolId);
  const [scope, setScope] = useState<AssetStocktakeScope>('ROOM');
  return (
    <ActionModal<OpenValues>
      open
      title={t('新建资产盘点', 'Open a stocktake')}
      okText={t('开始盘点', 'Open')}
      initialValues={{ scope: 'ROOM', note: '' }}
      onClose={onClose}
      refetch={refetch}
      run={async (v) => {
        const result = await open({
          variables: {
            input: {
              schoolId,
              scope: v.scope,
              campusId: v.scope === 'CAMPUS' ? v.campusId : null,
              roomId: v.scope === 'ROOM' ? v.roomId : null,
              note: v.note?.trim() || null,
            },
          },
        });
        if (result.data) onOpened(result.data.openAssetStocktake.id);
      }}
    >
      <Form.Item name="scope" label={t('盘点范围', 'What to count')}>
        <Radio.Group
          onChange={(e) => setScope(e.target.value as AssetStocktakeScope)}
          options={Object.keys(STOCKTAKE_SCOPE).map((s) => ({ value: s, label: labelOf(STOCKTAKE_SCOPE, s, t) }))}
          data-testid="stocktake-scope"
        />
      </Form.Item>
      {scope === 'CAMPUS' && (
        <Form.Item name="campusId" label={t('校区', 'Campus')} rules={[{ required: true, message: t('请选择校区', 'Choose a campus') }]}>
          <Select
            data-testid="stocktake-campus"
            options={(campuses.data?.school.campuses ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      )}
      {scope === 'ROOM' && (
        <Form.Item name="roomId" label={t('房间', 'Room')} rules={[{ required: true, message: t('请选择房间', 'Choose a room') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={loading}
            data-testid="stocktake-room"
            options={rooms.map((r) => ({ value: r.id, label: roomLabel(r) }))}
          />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('备注', 'Note')}>
        <Input maxLength={200} placeholder="2026秋季学期期末盘点" data-testid="stocktake-note" />
      </Form.Item>
    </ActionModal>
  );
}
