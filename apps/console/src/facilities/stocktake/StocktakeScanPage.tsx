import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Input, List, Select, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/language';
import { useAccess } from '../../session/access';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { graphProblems, hasCode } from '../../shared/graph-errors';
import { labelOf } from '../../shared/labels';
import { CameraScanner } from './CameraScanner';
import { SCAN_STATE, SCAN_STATE_COLOR, STOCKTAKE_STATUS } from './labels';
import { roomLabel, useSchoolRooms, type StocktakeRoom } from './lookups';
import {
  FacilitiesAssetStocktakeQuery,
  FacilitiesRecordAssetScansMutation,
  FacilitiesStocktakeAssetByTagQuery,
  FacilitiesStocktakeRoomByQrQuery,
} from './operations';
import {
  classifyScan,
  enqueue,
  failBatch,
  markAsset,
  markSending,
  refuseBatch,
  resumeQueue,
  retryDelay,
  scanCounts,
  settleBatch,
  takeBatch,
  type ScanQueue,
} from './scan';

/** At most this many codes go in one recordAssetScans call: small batches, each answered quickly. */
const BATCH = 10;
/** Scans made within this time go together in one batch. */
const GATHER_MS = 400;

const storageKey = (id: string) => `houqin.stocktake-scans.${id}`;

function loadQueue(id: string): ScanQueue {
  try {
    const raw = localStorage.getItem(storageKey(id));
    return raw ? resumeQueue(JSON.parse(raw) as ScanQueue) : [];
  } catch {
    return [];
  }
}

type Feedback = { type: 'success' | 'info' | 'warning' | 'error'; text: string };

/**
 * Scanning a stocktake on a phone (盘点扫码): first the room the scanner stands in (its door label's QR
 * link, or picked from the list), then asset tags one after another, by the camera or typed / scanned
 * by a hardware scanner into the input + Enter. Codes are kept on the phone (also across a reload) and
 * sent in small batches with recordAssetScans, sent again after a failure; each shows what the graph
 * answered (recorded, already counted) and whether the register knows the tag (无账 when not).
 */
export default function StocktakeScanPage() {
  const t = useT();
  const { id = '' } = useParams();
  const access = useAccess();
  const client = useApolloClient();
  const { data, loading, error } = useQuery(FacilitiesAssetStocktakeQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const stocktake = data?.assetStocktake;
  const { rooms } = useSchoolRooms(stocktake?.schoolId);
  const [record] = useMutation(FacilitiesRecordAssetScansMutation);
  const [pickedRoom, setRoom] = useState<StocktakeRoom | null>(null);
  const [queue, setQueue] = useState<ScanQueue>(() => loadQueue(id));
  const queueRef = useRef(queue);
  const [text, setText] = useState('');
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  useEffect(() => {
    queueRef.current = queue;
    try {
      localStorage.setItem(storageKey(id), JSON.stringify(queue));
    } catch {
      // A full or private storage: the codes stay in memory until sent.
    }
  }, [id, queue]);

  // The rooms a scanner may stand in: the stocktake's room, its campus's rooms, or the school's.
  const inScope = useMemo(() => {
    if (!stocktake) return [];
    if (stocktake.scope === 'ROOM') return rooms.filter((r) => r.id === stocktake.roomId);
    if (stocktake.scope === 'CAMPUS') return rooms.filter((r) => r.campusId === stocktake.campusId);
    return rooms;
  }, [rooms, stocktake]);

  // A one-room stocktake starts in its room.
  const ownRoom = stocktake?.scope === 'ROOM' && stocktake.room ? { ...stocktake.room, campusId: stocktake.campusId ?? '' } : null;
  const room = pickedRoom ?? ownRoom;

  const lookUpAssets = useCallback(
    (codes: readonly string[], schoolId: string) => {
      for (const code of codes)
        client.query({ query: FacilitiesStocktakeAssetByTagQuery, variables: { tagNumber: code, schoolId } }).then(
          ({ data: found }) => {
            const asset = found?.assetByTag;
            if (asset) setQueue((q) => markAsset(q, code, asset.status === 'DISPOSED' ? null : { name: asset.name, roomId: asset.roomId }));
          },
          (failure: unknown) => {
            if (hasCode(failure, 'NOT_FOUND')) setQueue((q) => markAsset(q, code, null));
          },
        );
    },
    [client],
  );

  // The sender: one batch in flight at a time; a failed batch is sent again after a growing pause.
  const open = stocktake?.status === 'OPEN';
  const schoolId = stocktake?.schoolId;
  useEffect(() => {
    if (!open || !schoolId) return;
    if (queue.some((e) => e.state === 'sending')) return;
    const waiting = queue.filter((e) => e.state === 'queued' || e.state === 'failed');
    if (!waiting.length) return;
    const attempts = Math.max(0, ...waiting.map((e) => (e.state === 'failed' ? e.attempts : 0)));
    const timer = setTimeout(
      () => {
        const { batch } = takeBatch(queueRef.current, BATCH);
        if (!batch) return;
        setQueue((q) => markSending(q, batch));
        record({ variables: { input: { stocktakeId: id, roomId: batch.roomId, codes: batch.codes } } }).then(
          (result) => {
            const answer = result.data?.recordAssetScans;
            if (!answer) {
              setQueue((q) => failBatch(q, batch));
              return;
            }
            setQueue((q) => settleBatch(q, batch, answer, access.accountId));
            lookUpAssets(batch.codes, schoolId);
          },
          (failure: unknown) => {
            const refused = graphProblems(failure).find((p) => ['CONFLICT', 'BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND'].includes(p.code));
            setQueue((q) => (refused ? refuseBatch(q, batch, refused.message) : failBatch(q, batch)));
          },
        );
      },
      attempts ? retryDelay(attempts) : GATHER_MS,
    );
    return () => clearTimeout(timer);
  }, [queue, open, schoolId, id, record, access.accountId, lookUpAssets]);

  const handleScan = useCallback(
    async (raw: string) => {
      const scanned = classifyScan(raw);
      if (!scanned || !stocktake) return;
      if (scanned.kind === 'room') {
        try {
          const result = await client.query({ query: FacilitiesStocktakeRoomByQrQuery, variables: { code: scanned.qrCode } });
          const found = result.data?.roomByQrCode;
          if (!found) return;
          const fits =
            stocktake.scope === 'SCHOOL' ||
            (stocktake.scope === 'CAMPUS' && found.campusId === stocktake.campusId) ||
            (stocktake.scope === 'ROOM' && found.id === stocktake.roomId);
          if (!fits) {
            setFeedback({
              type: 'error',
              text: t(`${roomLabel(found)} 不在本次盘点范围内`, `${roomLabel(found)} is not counted by this stocktake`),
            });
            return;
          }
          setRoom(found);
          setFeedback({ type: 'info', text: t(`当前房间：${roomLabel(found)}`, `Now in ${roomLabel(found)}`) });
        } catch (failure) {
          setFeedback({
            type: 'error',
            text: hasCode(failure, 'NOT_FOUND')
              ? t('未找到这个房间标签', 'No room has this label')
              : (graphProblems(failure)[0]?.message ?? String(failure)),
          });
        }
        return;
      }
      if (!room) {
        setFeedback({ type: 'warning', text: t('请先扫描或选择所在房间', 'Scan or pick the room you are in first') });
        return;
      }
      const { added } = enqueue(queueRef.current, scanned.code, room.id);
      if (!added) {
        setFeedback({ type: 'warning', text: t(`${scanned.code} 已扫过`, `${scanned.code} was scanned already`) });
        return;
      }
      queueRef.current = enqueue(queueRef.current, scanned.code, room.id).queue;
      setQueue((q) => enqueue(q, scanned.code, room.id).queue);
      setFeedback({ type: 'success', text: t(`已扫：${scanned.code}`, `Scanned ${scanned.code}`) });
    },
    [client, room, stocktake, t],
  );

  if (error && !stocktake) return <GraphErrorResult error={error} />;
  if (!stocktake) return <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />;
  const counts = scanCounts(queue);
  const entries = [...queue].reverse();

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 560 }}>
      <Card
        size="small"
        title={t('盘点扫码', 'Scan assets')}
        extra={<Link to={`/facilities/stocktakes/${id}`}>{t('盘点单', 'Stocktake')}</Link>}
      >
        {!open && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t(`盘点${labelOf(STOCKTAKE_STATUS, stocktake.status, t)}，不能再扫码`, 'This stocktake is no longer counting')}
            data-testid="scan-closed"
          />
        )}
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <div>
            <Typography.Text type="secondary">{t('所在房间', 'The room you are in')}</Typography.Text>
            <div data-testid="scan-current-room" data-room-id={room?.id ?? ''} style={{ fontSize: 18, fontWeight: 600 }}>
              {room ? roomLabel(room) : t('请扫描门口的房间二维码', 'Scan the QR label on the door')}
            </div>
          </div>
          {stocktake.scope !== 'ROOM' && (
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: '100%' }}
              placeholder={t('或从列表选择房间', 'or pick the room')}
              value={room?.id}
              onChange={(roomId: string) => setRoom(inScope.find((r) => r.id === roomId) ?? null)}
              options={inScope.map((r) => ({ value: r.id, label: roomLabel(r) }))}
              data-testid="scan-room-select"
            />
          )}
          <CameraScanner onText={(scanned) => void handleScan(scanned)} />
          <Input
            size="large"
            autoFocus
            disabled={!open}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onPressEnter={() => {
              const value = text;
              setText('');
              void handleScan(value);
            }}
            placeholder={t('输入或用扫码枪扫入编号，回车', 'Type or scan a code, then Enter')}
            data-testid="scan-input"
            inputMode="text"
            autoComplete="off"
          />
          {feedback && <Alert type={feedback.type} showIcon title={feedback.text} data-testid="scan-feedback" />}
        </Space>
      </Card>
      <Card size="small">
        <Space size={24} wrap data-testid="scan-counts">
          <Statistic title={t('本机已扫', 'Scanned here')} value={counts.scanned} data-testid="scan-count" />
          <Statistic title={t('待发送', 'Waiting')} value={counts.pending} data-testid="scan-pending" />
          <Statistic title={t('无账', 'Unregistered')} value={counts.unregistered} />
          <Statistic
            title={t('全部已扫 / 应盘', 'All scanned / expected')}
            value={`${stocktake.scannedCount} / ${stocktake.expectedCount}`}
          />
        </Space>
      </Card>
      <Card size="small" title={t('扫码记录', 'Codes scanned')}>
        <List
          data-testid="scan-list"
          dataSource={entries}
          locale={{ emptyText: t('还没有扫码', 'Nothing scanned yet') }}
          renderItem={(e) => (
            <List.Item
              data-testid="scan-entry"
              data-code={e.code}
              data-state={e.state}
              data-registered={e.asset === undefined ? '' : e.asset ? 'yes' : 'no'}
            >
              <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
                <Typography.Text strong>{e.code}</Typography.Text>
                <Typography.Text type="secondary" ellipsis>
                  {e.asset ? e.asset.name : e.asset === null ? t('无账：台账中没有这个编号', 'Unregistered: not on the register') : ''}
                  {e.message ?? ''}
                </Typography.Text>
              </Space>
              <Space size={4}>
                {e.asset === null && <Tag color="purple">{t('无账', 'Unregistered')}</Tag>}
                {e.asset && e.asset.roomId && e.asset.roomId !== e.roomId && <Tag color="orange">{t('位置不符', 'Wrong room')}</Tag>}
                <Tag color={SCAN_STATE_COLOR[e.state]}>{labelOf(SCAN_STATE, e.state, t)}</Tag>
              </Space>
            </List.Item>
          )}
        />
        {counts.pending > 0 && (
          <Button
            block
            style={{ marginTop: 8 }}
            onClick={() => setQueue((q) => q.map((e) => (e.state === 'failed' ? { ...e, attempts: 0, state: 'queued' } : e)))}
            data-testid="scan-retry"
          >
            {t('立即重试发送', 'Send again now')}
          </Button>
        )}
      </Card>
    </Space>
  );
}
