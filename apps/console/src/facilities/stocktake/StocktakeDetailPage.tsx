import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Form,
  Input,
  Row,
  Select,
  Space,
  Spin,
  Statistic,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/language';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import type { AssetStocktakeDifferenceKind } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { PagedTable } from '../../shared/components/PagedTable';
import { labelOf } from '../../shared/labels';
import { MAX_PAGE_SIZE, useCursorPaging } from '../../shared/paging';
import {
  DIFFERENCE_EFFECT,
  DIFFERENCE_KIND,
  DIFFERENCE_KIND_COLOR,
  DIFFERENCE_OUTCOME,
  STOCKTAKE_SCOPE,
  STOCKTAKE_STATUS,
  STOCKTAKE_STATUS_COLOR,
  STOCKTAKE_STEP,
} from './labels';
import { roomLabel } from './lookups';
import {
  FacilitiesApproveAssetStocktakeMutation,
  FacilitiesAssetStocktakeDifferencesQuery,
  FacilitiesAssetStocktakeQuery,
  FacilitiesCloseAssetStocktakeMutation,
  FacilitiesRejectAssetStocktakeMutation,
} from './operations';

/**
 * One stocktake (资产盘点单): what it counts, the counts (expected, found, missing, wrong room,
 * unregistered), the differences frozen at closing and the steps; scan, close, approve or reject as
 * its viewerActions allow.
 */
export default function StocktakeDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const access = useAccess();
  const { data, loading, error, refetch } = useQuery(FacilitiesAssetStocktakeQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [kind, setKind] = useState<AssetStocktakeDifferenceKind | undefined>();
  const paging = useCursorPaging();
  const { reset } = paging;
  useEffect(() => reset(), [kind, reset]);
  const differences = useQuery(FacilitiesAssetStocktakeDifferencesQuery, {
    variables: { id, filter: { kind }, ...paging.variables },
    fetchPolicy: 'cache-and-network',
  });
  const [close] = useMutation(FacilitiesCloseAssetStocktakeMutation);
  const [approve] = useMutation(FacilitiesApproveAssetStocktakeMutation);
  const [reject] = useMutation(FacilitiesRejectAssetStocktakeMutation);
  const [open, setOpen] = useState<'CLOSE' | 'APPROVE' | 'REJECT' | null>(null);
  const stocktake = data?.assetStocktake;

  if (error && !stocktake) return <GraphErrorResult error={error} />;
  if (!stocktake) return <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />;
  const actions = stocktake.viewerActions;
  const summary = stocktake.summary;
  const refetchAll = () => Promise.all([refetch(), differences.refetch()]);
  const diffPage = (differences.data ?? differences.previousData)?.assetStocktake.differences;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            {t('资产盘点', 'Stocktake')}
            <Tag color={STOCKTAKE_STATUS_COLOR[stocktake.status]} data-testid="stocktake-status" data-status={stocktake.status}>
              {labelOf(STOCKTAKE_STATUS, stocktake.status, t)}
            </Tag>
          </Space>
        }
        extra={
          <Space wrap>
            {actions.includes('SCAN') && (
              <Link to={`/facilities/stocktakes/${stocktake.id}/scan`}>
                <Button type="primary" data-testid="stocktake-scan">
                  {t('扫码盘点', 'Scan')}
                </Button>
              </Link>
            )}
            {actions.includes('CLOSE') && (
              <Button onClick={() => setOpen('CLOSE')} data-testid="stocktake-close">
                {t('结束盘点', 'Close')}
              </Button>
            )}
            {actions.includes('APPROVE') && (
              <Button type="primary" onClick={() => setOpen('APPROVE')} data-testid="stocktake-approve">
                {t('审批差异', 'Approve')}
              </Button>
            )}
            {actions.includes('REJECT') && (
              <Button danger onClick={() => setOpen('REJECT')} data-testid="stocktake-reject">
                {t('驳回', 'Reject')}
              </Button>
            )}
          </Space>
        }
        styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
      >
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('盘点范围', 'Scope')}>
            {labelOf(STOCKTAKE_SCOPE, stocktake.scope, t)}
            {stocktake.room ? ` · ${roomLabel(stocktake.room)}` : ''}
          </Descriptions.Item>
          {stocktake.note && <Descriptions.Item label={t('备注', 'Note')}>{stocktake.note}</Descriptions.Item>}
          <Descriptions.Item label={t('开始时间', 'Opened')}>
            <DateTime value={stocktake.createdAt} />
          </Descriptions.Item>
          {stocktake.closedAt && (
            <Descriptions.Item label={t('结束时间', 'Closed')}>
              <DateTime value={stocktake.closedAt} />
            </Descriptions.Item>
          )}
        </Descriptions>
        <Row gutter={[16, 16]} style={{ marginTop: 16 }} data-testid="stocktake-summary">
          <Col xs={12} sm={8} md={4}>
            <Statistic title={t('应盘', 'Expected')} value={summary?.expected ?? stocktake.expectedCount} data-testid="summary-expected" />
          </Col>
          <Col xs={12} sm={8} md={4}>
            <Statistic title={t('已扫', 'Scanned')} value={summary?.scanned ?? stocktake.scannedCount} data-testid="summary-scanned" />
          </Col>
          {summary && (
            <>
              <Col xs={12} sm={8} md={4}>
                <Statistic title={t('相符/找到', 'Found')} value={summary.found} data-testid="summary-found" />
              </Col>
              <Col xs={12} sm={8} md={4}>
                <Statistic title={t('盘亏', 'Missing')} value={summary.missing} data-testid="summary-missing" />
              </Col>
              <Col xs={12} sm={8} md={4}>
                <Statistic title={t('位置不符', 'Wrong room')} value={summary.wrongRoom} data-testid="summary-wrong-room" />
              </Col>
              <Col xs={12} sm={8} md={4}>
                <Statistic title={t('无账', 'Unregistered')} value={summary.unregistered} data-testid="summary-unregistered" />
              </Col>
            </>
          )}
        </Row>
      </Card>
      <Card title={t('盘点差异', 'Differences')}>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('全部差异', 'Every kind')}
            value={kind}
            onChange={setKind}
            options={Object.keys(DIFFERENCE_KIND).map((k) => ({
              value: k as AssetStocktakeDifferenceKind,
              label: labelOf(DIFFERENCE_KIND, k, t),
            }))}
            data-testid="difference-kind-filter"
          />
          {stocktake.status === 'OPEN' && (
            <Typography.Text type="secondary">{t('结束盘点后计算差异', 'Computed when the stocktake is closed')}</Typography.Text>
          )}
        </Space>
        {differences.error && !diffPage ? (
          <GraphErrorResult error={differences.error} />
        ) : (
          <PagedTable
            data-testid="difference-table"
            rowKey="id"
            loading={differences.loading}
            page={diffPage}
            paging={paging}
            onRow={(d) => ({ 'data-testid': 'difference-row', 'data-kind': d.kind }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: t('差异', 'Kind'),
                key: 'kind',
                render: (_, d) => <Tag color={DIFFERENCE_KIND_COLOR[d.kind]}>{labelOf(DIFFERENCE_KIND, d.kind, t)}</Tag>,
              },
              {
                title: t('资产', 'Asset'),
                key: 'asset',
                render: (_, d) =>
                  d.asset ? <Link to={`/facilities/assets/${d.asset.id}`}>{`${d.asset.tagNumber} ${d.asset.name}`}</Link> : d.code,
              },
              { title: t('账面位置', 'Register room'), key: 'exp', render: (_, d) => (d.expectedRoom ? roomLabel(d.expectedRoom) : '—') },
              { title: t('实盘位置', 'Scanned in'), key: 'scan', render: (_, d) => (d.scannedRoom ? roomLabel(d.scannedRoom) : '—') },
              {
                title: t('处理', 'Decision'),
                key: 'outcome',
                render: (_, d) =>
                  d.outcome ? (
                    <Space size={4}>
                      {labelOf(DIFFERENCE_OUTCOME, d.outcome, t)}
                      {d.disposalId && <Link to={`/facilities/disposals/${d.disposalId}`}>{t('处置申请', 'Disposal')}</Link>}
                    </Space>
                  ) : (
                    <Typography.Text type="secondary">{labelOf(DIFFERENCE_EFFECT, d.kind, t)}</Typography.Text>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <Card title={t('流程记录', 'Steps')}>
        <Timeline
          data-testid="stocktake-steps"
          items={stocktake.steps.map((step) => ({
            key: step.id,
            content: (
              <div>
                <Typography.Text strong>{labelOf(STOCKTAKE_STEP, step.action, t)}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  <DateTime value={step.occurredAt} />
                  {step.actorAccountId === access.accountId ? t(' · 我', ' · me') : ''}
                </Typography.Text>
                {step.comment && <div>{step.comment}</div>}
              </div>
            ),
          }))}
        />
      </Card>
      <ActionModal<{ comment?: string }>
        open={open === 'CLOSE'}
        title={t('结束盘点', 'Close the stocktake')}
        initialValues={{ comment: '' }}
        onClose={() => setOpen(null)}
        refetch={refetchAll}
        run={(v) => close({ variables: { input: { id: stocktake.id, comment: v.comment?.trim() || null } } })}
      >
        <Typography.Paragraph>
          {t(
            '结束后不能再扫码，系统将计算差异并提交总务主任审批。',
            'No more scans after closing: the differences are computed for the director to decide.',
          )}
        </Typography.Paragraph>
        <Form.Item name="comment" label={t('说明', 'Comment')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} data-testid="stocktake-comment" />
        </Form.Item>
      </ActionModal>
      {open === 'APPROVE' && (
        <ApproveModal
          id={stocktake.id}
          onClose={() => setOpen(null)}
          refetch={refetchAll}
          run={(input) => approve({ variables: { input } })}
        />
      )}
      <ActionModal<{ reason: string }>
        open={open === 'REJECT'}
        danger
        title={t('驳回盘点', 'Reject the stocktake')}
        initialValues={{ reason: '' }}
        onClose={() => setOpen(null)}
        refetch={refetchAll}
        run={(v) => reject({ variables: { input: { id: stocktake.id, reason: v.reason.trim() } } })}
      >
        <Form.Item
          name="reason"
          label={t('驳回原因', 'Why')}
          rules={[{ required: true, whitespace: true, message: t('请填写原因', 'Say why') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} data-testid="stocktake-reason" />
        </Form.Item>
      </ActionModal>
    </Space>
  );
}

/**
 * Approving (审批差异): every difference is accepted unless unticked here (unticked ones are dismissed:
 * the register is unchanged for them). A stocktake with more than 100 differences accepts them all.
 */
function ApproveModal({
  id,
  onClose,
  refetch,
  run,
}: {
  id: string;
  onClose(): void;
  refetch(): unknown;
  run(input: { id: string; accept?: string[] | null; comment?: string | null }): Promise<unknown>;
}) {
  const t = useT();
  const { data } = useQuery(FacilitiesAssetStocktakeDifferencesQuery, {
    variables: { id, first: MAX_PAGE_SIZE },
    fetchPolicy: 'network-only',
  });
  const page = data?.assetStocktake.differences;
  const all = page && !page.pageInfo.hasNextPage ? page.nodes : null;
  return (
    <ActionModal<{ accept?: string[]; comment?: string }>
      open
      title={t('审批盘点差异', 'Approve the differences')}
      initialValues={{ comment: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) => run({ id, accept: all && v.accept ? v.accept : null, comment: v.comment?.trim() || null })}
    >
      {all && all.length > 0 && (
        <Form.Item
          name="accept"
          label={t('确认的差异（未勾选的不处理）', 'Accepted differences (unticked ones are dismissed)')}
          initialValue={all.map((d) => d.id)}
        >
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {all.map((d) => (
              <Checkbox key={d.id} value={d.id}>
                {`${labelOf(DIFFERENCE_KIND, d.kind, t)}：${d.asset ? `${d.asset.tagNumber} ${d.asset.name}` : d.code} → ${labelOf(DIFFERENCE_EFFECT, d.kind, t)}`}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
      )}
      <Form.Item name="comment" label={t('审批意见', 'Comment')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} data-testid="stocktake-approve-comment" />
      </Form.Item>
    </ActionModal>
  );
}
