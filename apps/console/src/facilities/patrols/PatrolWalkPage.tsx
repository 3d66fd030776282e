import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Empty,
  Input,
  List,
  Popconfirm,
  Result,
  Select,
  Space,
  Spin,
  Statistic,
  Tag,
  Typography,
  type ButtonProps,
} from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { FacilitiesPatrolWalkFieldsFragment, WorkOrderCategory } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { graphProblems } from '../../shared/graph-errors';
import { labelOf } from '../../shared/labels';
import { WORK_ORDER_CATEGORY } from '../repairs/labels';
import { useRepairRooms } from '../repairs/lookups';
import { CameraScanner } from '../stocktake/CameraScanner';
import { roomText, type StoreRoomRef } from '../storeroom/storeroom';
import { CHECKPOINT_STATE, CHECKPOINT_STATE_COLOR } from './labels';
import {
  FacilitiesFinishPatrolMutation,
  FacilitiesPatrolRoutesQuery,
  FacilitiesRecordPatrolScanMutation,
  FacilitiesRouteWalksQuery,
  FacilitiesStartPatrolMutation,
} from './operations';
import { checkpointViews, nextCheckpoint, offRouteScans, ownOpenPatrol, patrolQrCode, walkCounts, windowText } from './patrols';

type Walk = FacilitiesPatrolWalkFieldsFragment;
type Feedback = { type: 'success' | 'info' | 'warning' | 'error'; text: string; workOrderId?: string | null };

/**
 * Walking a patrol route on a phone (巡视): start it, then scan each checkpoint's door label with the
 * camera (or a hardware scanner, or the code typed, into the same input + Enter), each shown as scanned,
 * pending or out of order (顺序错误) as the graph recorded it; an issue found (发现问题) goes with the next
 * scan, reported as a repair work order at once when asked; finishing shows what was missed (漏检). The
 * viewer's walk in progress is resumed after a reload (the newest of their own on the route).
 */
export default function PatrolWalkPage() {
  const t = useT();
  const { routeId = '' } = useParams();
  const [params] = useSearchParams();
  const access = useAccess();
  const schoolParam = params.get('school') ?? undefined;
  const routes = useQuery(FacilitiesPatrolRoutesQuery, { variables: { schoolId: schoolParam, first: 100 } });
  const route = routes.data?.patrolRoutes.nodes.find((r) => r.id === routeId);
  const { rooms } = useRepairRooms(route?.schoolId);
  const roomsById = useMemo(() => new Map(rooms.map((r) => [r.id, r])), [rooms]);
  const walks = useQuery(FacilitiesRouteWalksQuery, { variables: { routeId }, fetchPolicy: 'cache-and-network' });
  const [finished, setFinished] = useState<Walk | null>(null);
  const open = useMemo(() => ownOpenPatrol(walks.data?.patrols.nodes ?? [], access.accountId), [walks.data, access.accountId]);
  const [start, starting] = useMutation(FacilitiesStartPatrolMutation);
  const [problem, setProblem] = useState<string | null>(null);

  if (routes.error && !routes.data) return <GraphErrorResult error={routes.error} />;
  if (!routes.data || (walks.loading && !walks.data)) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!route)
    return (
      <Card>
        <Empty description={t('未找到这条巡视路线', 'No such patrol route')} />
      </Card>
    );

  const room = (id: string) => roomsById.get(id);
  const header = (
    <Space orientation="vertical" size={0}>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="walk-route-name">
        {route.name}
      </Typography.Title>
      <Typography.Text type="secondary">
        {t('时间', 'Window')} {windowText(route)} · {t(`${route.checkpoints.length} 个巡视点`, `${route.checkpoints.length} checkpoints`)}
      </Typography.Text>
    </Space>
  );

  if (finished) return <FinishedWalk walk={finished} route={route} room={room} header={header} />;

  if (!open)
    return (
      <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 560 }}>
        <Card
          size="small"
          extra={<Link to={`/facilities/patrols?school=${encodeURIComponent(route.schoolId)}`}>{t('巡视', 'Patrols')}</Link>}
        >
          {header}
          <List
            size="small"
            style={{ marginTop: 12 }}
            dataSource={[...route.checkpoints].sort((a, b) => a.order - b.order)}
            renderItem={(c) => (
              <List.Item key={c.order}>
                {c.order}. {roomText(room(c.roomId))}
              </List.Item>
            )}
          />
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
          <Button
            type="primary"
            size="large"
            block
            loading={starting.loading}
            disabled={!route.active || !access.can('startPatrol', route.schoolId)}
            data-testid="patrol-start"
            onClick={() => {
              setProblem(null);
              start({ variables: { input: { routeId: route.id } } }).then(
                () => void walks.refetch(),
                (failure: unknown) => setProblem(graphProblems(failure)[0]?.message ?? String(failure)),
              );
            }}
          >
            {t('开始巡视', 'Start the patrol')}
          </Button>
        </Card>
      </Space>
    );

  return (
    <Walking
      walk={open}
      route={route}
      room={room}
      header={header}
      refetch={() => walks.refetch()}
      onFinished={(walk) => setFinished(walk)}
    />
  );
}

interface RouteRef {
  id: string;
  schoolId: string;
  checkpoints: readonly { order: number; roomId: string }[];
}

/** The walk in progress: the scanner, the issue to go with the next scan, the checkpoints, and finishing. */
function Walking({
  walk,
  route,
  room,
  header,
  refetch,
  onFinished,
}: {
  walk: Walk;
  route: RouteRef;
  room(id: string): StoreRoomRef | undefined;
  header: React.ReactNode;
  refetch(): Promise<unknown>;
  onFinished(walk: Walk): void;
}) {
  const t = useT();
  const [scan] = useMutation(FacilitiesRecordPatrolScanMutation);
  const [finish, finishing] = useMutation(FacilitiesFinishPatrolMutation);
  const [text, setText] = useState('');
  const [issue, setIssue] = useState('');
  const [reportRepair, setReportRepair] = useState(false);
  const [category, setCategory] = useState<WorkOrderCategory | undefined>();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [sending, setSending] = useState(0);
  // Scans go one after another, in the order they were read (the graph orders them as they arrive).
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const views = checkpointViews(route.checkpoints, walk.scans, false);
  const counts = walkCounts(views);
  const next = nextCheckpoint(views);
  const offRoute = offRouteScans(walk.scans);

  const handleScan = useCallback(
    (raw: string) => {
      const qrCode = patrolQrCode(raw);
      if (!qrCode) {
        if (raw.trim()) setFeedback({ type: 'warning', text: t('这不是房间的二维码', 'That is not a room’s QR code') });
        return;
      }
      const found = { issue, reportRepair, category };
      const withIssue = found.issue.trim();
      if (found.reportRepair && !withIssue) {
        setFeedback({ type: 'warning', text: t('报修前请先描述发现的问题', 'Describe the issue to report it as a repair') });
        return;
      }
      setSending((n) => n + 1);
      chain.current = chain.current
        .then(async () => {
          try {
            const result = await scan({
              variables: {
                input: {
                  patrolId: walk.id,
                  qrCode,
                  issue: withIssue || null,
                  reportRepair: withIssue ? found.reportRepair : null,
                  category: withIssue && found.reportRepair ? (found.category ?? null) : null,
                },
              },
            });
            const recorded = result.data?.recordPatrolScan;
            if (withIssue) {
              setIssue('');
              setReportRepair(false);
              setCategory(undefined);
            }
            const place = recorded ? roomText(room(recorded.roomId)) : '';
            const workOrderId = recorded?.workOrderId ?? null;
            if (recorded?.checkpointOrder == null)
              setFeedback({
                type: 'warning',
                text: t(`${place}：不是本路线的巡视点`, `${place}: not a checkpoint of this route`),
                workOrderId,
              });
            else if (recorded.outOfOrder)
              setFeedback({
                type: 'warning',
                text: t(
                  `第 ${recorded.checkpointOrder} 点 ${place}：顺序错误`,
                  `Checkpoint ${recorded.checkpointOrder} ${place}: out of order`,
                ),
                workOrderId,
              });
            else
              setFeedback({
                type: 'success',
                text: t(`第 ${recorded.checkpointOrder} 点 ${place}：已扫码`, `Checkpoint ${recorded.checkpointOrder} ${place}: scanned`),
                workOrderId,
              });
            await refetch();
          } catch (failure) {
            const problem = graphProblems(failure)[0];
            setFeedback({
              type: 'error',
              text:
                problem?.code === 'BAD_USER_INPUT' && problem.field === 'qrCode'
                  ? t('这不是本校房间的二维码', 'That is not the QR code of a room of this school')
                  : (problem?.message ?? String(failure)),
            });
          } finally {
            setSending((n) => n - 1);
          }
        })
        .catch(() => undefined);
    },
    [scan, walk.id, room, refetch, t, issue, reportRepair, category],
  );

  async function finishWalk() {
    try {
      const result = await finish({ variables: { input: { patrolId: walk.id } } });
      if (result.data?.finishPatrol) onFinished(result.data.finishPatrol);
      void refetch();
    } catch (failure) {
      setFeedback({ type: 'error', text: graphProblems(failure)[0]?.message ?? String(failure) });
    }
  }

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 560 }} data-testid="patrol-walk" data-patrol-id={walk.id}>
      <Card size="small">
        {header}
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">
            {t('开始于', 'Started')} <DateTime value={walk.startedAt} />
          </Typography.Text>{' '}
          {!walk.inWindow && <Tag color="orange">{t('不在巡视时段内', 'Outside the window')}</Tag>}
        </div>
        <Space size={24} style={{ marginTop: 8 }} data-testid="walk-counts">
          <Statistic title={t('已扫码', 'Scanned')} value={`${counts.scanned} / ${views.length}`} data-testid="walk-scanned" />
          <Statistic title={t('待巡查', 'Pending')} value={counts.pending} />
          <Statistic title={t('顺序错误', 'Out of order')} value={counts.outOfOrder} />
        </Space>
      </Card>
      <Card size="small" title={t('扫码', 'Scan')}>
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <div>
            <Typography.Text type="secondary">{t('下一个巡视点', 'Next checkpoint')}</Typography.Text>
            <div style={{ fontSize: 18, fontWeight: 600 }} data-testid="walk-next">
              {next ? `${next.order}. ${roomText(room(next.roomId))}` : t('全部已扫码，可以结束巡视', 'All scanned: finish the patrol')}
            </div>
          </div>
          <Input.TextArea
            value={issue}
            onChange={(e) => setIssue(e.target.value)}
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={500}
            placeholder={t(
              '发现问题？先写在这里，再扫码（随这次扫码记录）',
              'Found an issue? Write it here, then scan: it goes with that scan',
            )}
            data-testid="patrol-issue"
          />
          {issue.trim() && (
            <Space wrap>
              <Checkbox checked={reportRepair} onChange={(e) => setReportRepair(e.target.checked)} data-testid="patrol-report-repair">
                {t('同时报修', 'Report as a repair')}
              </Checkbox>
              {reportRepair && (
                <Select
                  allowClear
                  style={{ minWidth: 120 }}
                  placeholder={t('维修类别', 'Kind')}
                  value={category}
                  onChange={setCategory}
                  options={Object.keys(WORK_ORDER_CATEGORY).map((c) => ({
                    value: c as WorkOrderCategory,
                    label: labelOf(WORK_ORDER_CATEGORY, c, t),
                  }))}
                  data-testid="patrol-repair-category"
                />
              )}
            </Space>
          )}
          <CameraScanner onText={handleScan} />
          <Input
            size="large"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onPressEnter={() => {
              const value = text;
              setText('');
              handleScan(value);
            }}
            placeholder={t('输入或扫入房间二维码，回车', 'Type or scan the room’s code, then Enter')}
            data-testid="scan-input"
            data-sending={sending > 0 ? 'yes' : 'no'}
            autoComplete="off"
          />
          {feedback && (
            <Alert
              type={feedback.type}
              showIcon
              data-testid="scan-feedback"
              title={
                <span>
                  {feedback.text}
                  {feedback.workOrderId && (
                    <>
                      {' · '}
                      <Link to={`/facilities/work-orders/${feedback.workOrderId}`} data-testid="scan-work-order">
                        {t('已报修', 'Repair reported')}
                      </Link>
                    </>
                  )}
                </span>
              }
            />
          )}
        </Space>
      </Card>
      <Card size="small" title={t('巡视点', 'Checkpoints')}>
        <CheckpointList views={views} room={room} />
        {offRoute.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} data-testid="walk-off-route">
            {t('不在路线上的扫码：', 'Scanned off the route: ')}
            {offRoute.map((s) => roomText(room(s.roomId))).join(t('、', ', '))}
          </Typography.Paragraph>
        )}
      </Card>
      <Popconfirm
        title={
          counts.pending
            ? t(
                `还有 ${counts.pending} 个巡视点未扫码，将记为漏检。结束巡视？`,
                `${counts.pending} checkpoints not scanned will count as missed. Finish?`,
              )
            : t('结束巡视？', 'Finish the patrol?')
        }
        okText={t('结束', 'Finish')}
        cancelText={t('继续巡视', 'Keep walking')}
        okButtonProps={{ 'data-testid': 'patrol-finish-confirm' } as ButtonProps}
        onConfirm={() => finishWalk()}
      >
        <Button
          block
          size="large"
          danger={counts.pending > 0}
          loading={finishing.loading}
          disabled={sending > 0}
          data-testid="patrol-finish"
        >
          {t('结束巡视', 'Finish the patrol')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

/** The route's checkpoints in order, each with its state and the issues found there. */
function CheckpointList({ views, room }: { views: ReturnType<typeof checkpointViews>; room(id: string): StoreRoomRef | undefined }) {
  const t = useT();
  return (
    <List
      size="small"
      dataSource={views}
      data-testid="walk-checkpoints"
      renderItem={(v) => (
        <List.Item key={v.order} data-testid="patrol-checkpoint" data-order={v.order} data-state={v.state}>
          <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
            <Typography.Text strong>
              {v.order}. {roomText(room(v.roomId))}
            </Typography.Text>
            {v.scannedAt && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <DateTime value={v.scannedAt} />
              </Typography.Text>
            )}
            {v.issues.map((issue, i) => (
              <Typography.Text key={i} type="warning" style={{ fontSize: 12 }}>
                {t('发现问题：', 'Issue: ')}
                {issue.text}
                {issue.workOrderId && (
                  <>
                    {' · '}
                    <Link to={`/facilities/work-orders/${issue.workOrderId}`}>{t('维修工单', 'work order')}</Link>
                  </>
                )}
              </Typography.Text>
            ))}
          </Space>
          <Tag color={CHECKPOINT_STATE_COLOR[v.state]}>{labelOf(CHECKPOINT_STATE, v.state, t)}</Tag>
        </List.Item>
      )}
    />
  );
}

/** A finished walk: the counts as the graph kept them, and the checkpoints missed (漏检). */
function FinishedWalk({
  walk,
  route,
  room,
  header,
}: {
  walk: Walk;
  route: RouteRef;
  room(id: string): StoreRoomRef | undefined;
  header: React.ReactNode;
}) {
  const t = useT();
  const views = checkpointViews(route.checkpoints, walk.scans, true);
  const missed = views.filter((v) => v.state === 'MISSED');
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 560 }} data-testid="patrol-finished">
      <Card size="small">
        {header}
        <Result
          status={missed.length ? 'warning' : 'success'}
          title={
            missed.length
              ? t(`巡视结束：漏检 ${missed.length} 个巡视点`, `Finished: ${missed.length} missed`)
              : t('巡视完成', 'Patrol finished')
          }
          subTitle={
            <span data-testid="patrol-result">
              {t(`扫码 ${walk.scannedCount ?? 0}/${walk.expectedCount}`, `scanned ${walk.scannedCount ?? 0}/${walk.expectedCount}`)}
              {' · '}
              {t(`漏检 ${walk.missedCount ?? 0}`, `missed ${walk.missedCount ?? 0}`)}
              {' · '}
              {t(`顺序错误 ${walk.outOfOrderCount ?? 0}`, `out of order ${walk.outOfOrderCount ?? 0}`)}
            </span>
          }
        />
        {missed.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('漏检的巡视点', 'Missed checkpoints')}
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {missed.map((v) => (
                  <li key={v.order} data-testid="patrol-missed" data-order={v.order}>
                    {v.order}. {roomText(room(v.roomId))}
                  </li>
                ))}
              </ul>
            }
          />
        )}
      </Card>
      <Card size="small" title={t('巡视点', 'Checkpoints')}>
        <CheckpointList views={views} room={room} />
      </Card>
      <Link to={`/facilities/patrols?school=${encodeURIComponent(route.schoolId)}`}>
        <Button block>{t('返回巡视', 'Back to patrols')}</Button>
      </Link>
    </Space>
  );
}
