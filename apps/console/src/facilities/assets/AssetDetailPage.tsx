import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Empty, Form, Input, Select, Space, Spin, Table, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/language';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import type { AssetDisposalMethod, AssetStatus, FacilitiesAssetQuery } from '../../graphql/graphql';
import { Can } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { Money } from '../../shared/components/Money';
import { labelOf } from '../../shared/labels';
import { normalizeYuan } from '../../shared/money';
import { RoomSelect, StaffSelect, StatusTag } from './components';
import {
  ASSET_EVENT_KIND,
  ASSET_EVENT_SOURCE,
  ASSET_STATUS,
  ASSET_STATUS_COLOR,
  DISPOSAL_APPROVER,
  DISPOSAL_METHOD,
  DISPOSAL_STATUS,
  DISPOSAL_STATUS_COLOR,
  SETTABLE_STATUSES,
} from './labels';
import { useRegisterLookups } from './lookups';
import {
  FacilitiesAssetQuery as AssetQuery,
  FacilitiesChangeAssetStatusMutation,
  FacilitiesMoveAssetMutation,
  FacilitiesRequestAssetDisposalMutation,
} from './operations';
import { historyChanges, roomDisplay, staffText } from './register';

type Disposal = FacilitiesAssetQuery['asset']['disposals'][number];

/**
 * One asset's card (资产卡片): what it is, where it is and who keeps it, its depreciation (月折旧额,
 * 累计折旧, 净值), its history (登记, 调拨, 状态变更) and its disposal requests; moving it, changing its
 * status and requesting its disposal for those the permission table allows.
 */
export default function AssetDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AssetQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const asset = data?.asset;
  const lookups = useRegisterLookups(asset?.schoolId);
  const [move] = useMutation(FacilitiesMoveAssetMutation);
  const [changeStatus] = useMutation(FacilitiesChangeAssetStatusMutation);
  const [requestDisposal] = useMutation(FacilitiesRequestAssetDisposalMutation);
  const [open, setOpen] = useState<'MOVE' | 'STATUS' | 'DISPOSE' | null>(null);

  if (error && !asset) return <GraphErrorResult error={error} />;
  if (!asset) return <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />;

  const disposed = asset.status === 'DISPOSED';
  const waiting = asset.disposals.some((d) => d.status === 'PENDING_APPROVAL');
  const roomName = (roomId: string | null | undefined) => {
    if (!roomId) return t('无', 'none');
    const room = lookups.rooms.find((r) => r.id === roomId);
    return room ? roomDisplay(room) : roomId;
  };
  const staffName = (staffId: string | null | undefined) => {
    if (!staffId) return t('无', 'none');
    const staff = lookups.staff.find((s) => s.id === staffId);
    return staff ? staffText(staff) : staffId;
  };
  const lifeYears = asset.usefulLifeMonths / 12;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            {t('资产卡片', 'Asset card')}
            <span data-testid="asset-tag">{asset.tagNumber}</span>
            <StatusTag table={ASSET_STATUS} colors={ASSET_STATUS_COLOR} status={asset.status} testId="asset-status" />
          </Space>
        }
        extra={
          !disposed && (
            <Space wrap>
              <Can action="moveAsset" schoolId={asset.schoolId}>
                <Button onClick={() => setOpen('MOVE')} data-testid="asset-move">
                  {t('调拨', 'Move')}
                </Button>
              </Can>
              <Can action="changeAssetStatus" schoolId={asset.schoolId}>
                <Button onClick={() => setOpen('STATUS')} data-testid="asset-change-status">
                  {t('变更状态', 'Change status')}
                </Button>
              </Can>
              <Can action="requestAssetDisposal" schoolId={asset.schoolId}>
                <Button
                  danger
                  disabled={waiting}
                  title={waiting ? t('已有待审批的处置申请', 'A disposal request is waiting') : undefined}
                  onClick={() => setOpen('DISPOSE')}
                  data-testid="asset-request-disposal"
                >
                  {t('申请处置', 'Request disposal')}
                </Button>
              </Can>
            </Space>
          )
        }
        styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
      >
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('资产名称', 'Name')}>
            <span data-testid="asset-name">{asset.name}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('资产分类', 'Class')}>
            {asset.classCode} {asset.assetClass ? t(asset.assetClass.nameZh, asset.assetClass.nameEn) : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('规格型号', 'Model')}>{asset.model ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('出厂编号', 'Serial number')}>{asset.serialNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('取得日期', 'Acquired on')}>{asset.acquiredOn}</Descriptions.Item>
          <Descriptions.Item label={t('使用年限', 'Useful life')}>
            {asset.usefulLifeMonths
              ? t(`${lifeYears} 年（${asset.usefulLifeMonths} 个月）`, `${lifeYears} years (${asset.usefulLifeMonths} months)`)
              : t('不计提折旧', 'Not depreciated')}
          </Descriptions.Item>
          <Descriptions.Item label={t('存放地点', 'Room')}>
            <span data-testid="asset-room">{asset.room ? roomDisplay(asset.room) : '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('保管人', 'Custodian')}>
            <span data-testid="asset-custodian">{asset.custodian ? staffText(asset.custodian) : '—'}</span>
          </Descriptions.Item>
          {asset.disposedOn && <Descriptions.Item label={t('处置日期', 'Disposed on')}>{asset.disposedOn}</Descriptions.Item>}
          <Descriptions.Item label={t('原值', 'Cost')}>
            <Money value={asset.cost} />
          </Descriptions.Item>
          <Descriptions.Item label={t('月折旧额', 'Monthly depreciation')}>
            <span data-testid="asset-monthly">
              <Money value={asset.monthlyDepreciation} />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('累计折旧（本月末）', 'Accumulated (this month end)')}>
            <span data-testid="asset-accumulated">
              <Money value={asset.accumulatedDepreciation} />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('净值（本月末）', 'Net book value (this month end)')}>
            <span data-testid="asset-nbv">
              <Money value={asset.netBookValue} />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('登记时间', 'Registered')}>
            <DateTime value={asset.createdAt} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('资产变动记录', 'History')}>
        <Timeline
          data-testid="asset-history"
          items={asset.history.map((event) => ({
            key: event.id,
            content: (
              <div data-testid="asset-history-item" data-kind={event.kind}>
                <Space wrap size={4}>
                  <Typography.Text strong>{labelOf(ASSET_EVENT_KIND, event.kind, t)}</Typography.Text>
                  <Typography.Text type="secondary">
                    <DateTime value={event.occurredAt} /> · {labelOf(ASSET_EVENT_SOURCE, event.source, t)}
                  </Typography.Text>
                </Space>
                {historyChanges(event).map((change) => (
                  <div key={change.field}>
                    {change.field === 'room'
                      ? `${t('存放地点', 'Room')}：${roomName(change.from)} → ${roomName(change.to)}`
                      : change.field === 'custodian'
                        ? `${t('保管人', 'Custodian')}：${staffName(change.from)} → ${staffName(change.to)}`
                        : `${t('状态', 'Status')}：${change.from ? labelOf(ASSET_STATUS, change.from, t) : '—'} → ${labelOf(ASSET_STATUS, change.to, t)}`}
                  </div>
                ))}
                {event.reason && <Typography.Text type="secondary">{event.reason}</Typography.Text>}
              </div>
            ),
          }))}
        />
      </Card>
      <Card title={t('处置申请', 'Disposal requests')}>
        {asset.disposals.length ? (
          <Table<Disposal>
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={asset.disposals}
            data-testid="asset-disposals"
            columns={[
              { title: t('申请时间', 'Filed'), key: 'c', render: (_, d) => <DateTime value={d.createdAt} /> },
              { title: t('处置方式', 'Method'), key: 'm', render: (_, d) => labelOf(DISPOSAL_METHOD, d.method, t) },
              { title: t('原因', 'Reason'), dataIndex: 'reason' },
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
              {
                title: '',
                key: 'o',
                render: (_, d) => (
                  <Link to={`/facilities/disposals/${d.id}`} data-testid="asset-disposal-link">
                    {t('查看', 'Open')}
                  </Link>
                ),
              },
            ]}
          />
        ) : (
          <Empty description={t('没有处置申请', 'No disposal requests')} />
        )}
      </Card>
      <ActionModal<{ roomId?: string; custodianStaffId?: string; clearRoom: boolean; clearCustodian: boolean; reason?: string }>
        open={open === 'MOVE'}
        title={t('调拨：变更存放地点或保管人', 'Move: another room or custodian')}
        initialValues={{
          roomId: asset.roomId ?? undefined,
          custodianStaffId: asset.custodianStaffId ?? undefined,
          clearRoom: false,
          clearCustodian: false,
        }}
        onClose={() => setOpen(null)}
        refetch={() => refetch()}
        run={(v) =>
          move({
            variables: {
              input: {
                assetId: asset.id,
                roomId: v.roomId ?? null,
                custodianStaffId: v.custodianStaffId ?? null,
                clearRoom: !v.roomId && !!asset.roomId,
                clearCustodian: !v.custodianStaffId && !!asset.custodianStaffId,
                reason: v.reason?.trim() || null,
              },
            },
          })
        }
      >
        <Form.Item name="roomId" label={t('存放地点', 'Room')}>
          <RoomSelect allowClear rooms={lookups.rooms} data-testid="move-room" />
        </Form.Item>
        <Form.Item name="custodianStaffId" label={t('保管人', 'Custodian')}>
          <StaffSelect allowClear staff={lookups.staff} data-testid="move-custodian" />
        </Form.Item>
        <Form.Item name="reason" label={t('原因', 'Reason')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
      </ActionModal>
      <ActionModal<{ status: AssetStatus; reason?: string }>
        open={open === 'STATUS'}
        title={t('变更资产状态', 'Change the status')}
        initialValues={{ status: asset.status }}
        onClose={() => setOpen(null)}
        refetch={() => refetch()}
        run={(v) => changeStatus({ variables: { input: { assetId: asset.id, status: v.status, reason: v.reason?.trim() || null } } })}
      >
        <Form.Item name="status" label={t('状态', 'Status')} rules={[{ required: true }]}>
          <Select options={SETTABLE_STATUSES.map((s) => ({ value: s, label: labelOf(ASSET_STATUS, s, t) }))} data-testid="status-select" />
        </Form.Item>
        <Form.Item name="reason" label={t('原因', 'Reason')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
      </ActionModal>
      <ActionModal<{ method: AssetDisposalMethod; reason: string; expectedProceeds?: string }>
        open={open === 'DISPOSE'}
        danger
        title={t('申请处置', 'Request disposal')}
        initialValues={{ method: 'SCRAPPED', reason: '' }}
        onClose={() => setOpen(null)}
        refetch={() => refetch()}
        run={(v) =>
          requestDisposal({
            variables: {
              input: {
                assetId: asset.id,
                method: v.method,
                reason: v.reason.trim(),
                expectedProceeds: v.expectedProceeds?.trim() ? (normalizeYuan(v.expectedProceeds) ?? v.expectedProceeds) : null,
              },
            },
          })
        }
      >
        <Form.Item name="method" label={t('处置方式', 'Method')} rules={[{ required: true }]}>
          <Select
            options={Object.keys(DISPOSAL_METHOD).map((m) => ({ value: m, label: labelOf(DISPOSAL_METHOD, m, t) }))}
            data-testid="disposal-method"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('处置原因', 'Reason')}
          rules={[{ required: true, whitespace: true, message: t('请填写原因', 'Say why') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} data-testid="disposal-reason" />
        </Form.Item>
        <Form.Item name="expectedProceeds" label={t('预计处置收入（元）', 'Expected proceeds (yuan)')}>
          <Input inputMode="decimal" data-testid="disposal-proceeds" />
        </Form.Item>
      </ActionModal>
    </Space>
  );
}
