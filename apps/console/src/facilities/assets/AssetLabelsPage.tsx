import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Empty, Space, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../app/language';
import type { FacilitiesAssetsQuery } from '../../graphql/graphql';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { collectAllPages, MAX_PAGE_SIZE } from '../../shared/paging';
import { labelSheets } from '../places/qr-sheet';
import { QrImage } from '../places/QrImage';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { assetLabel } from './asset-labels';
import { RoomSelect } from './components';
import { useRegisterLookups } from './lookups';
import { FacilitiesAssetsQuery as AssetsQuery } from './operations';

/** The same A4 sheet as the room labels (3 × 8, 70 × 37 mm); only the labels are printed. */
const PRINT_CSS = `
.qr-sheet { width: 210mm; min-height: 297mm; box-sizing: border-box; padding: 13mm 0; margin: 0 auto 16px; background: #fff;
  display: grid; grid-template-columns: repeat(3, 70mm); grid-auto-rows: 37mm; color: #000; }
.qr-label { display: flex; align-items: center; gap: 2mm; padding: 2mm 3mm; box-sizing: border-box; overflow: hidden; border: 1px dashed #ddd; }
.qr-label img { width: 28mm; height: 28mm; }
.qr-label .title { font-size: 12pt; font-weight: 600; line-height: 1.2; font-family: monospace; }
.qr-label .subtitle { font-size: 8pt; line-height: 1.2; margin-top: 1mm; }
@media print {
  @page { size: A4; margin: 0; }
  body, .ant-layout, .ant-layout-content { background: #fff !important; margin: 0 !important; padding: 0 !important; }
  .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; }
  .qr-sheet { margin: 0; page-break-after: always; }
  .qr-label { border: none; }
}
`;

type Asset = FacilitiesAssetsQuery['assets']['nodes'][number];
const LABEL_LIMIT = 3000;

/**
 * Printable asset labels (资产标签): the QR code holds the tag number the stocktake scans, printed with
 * the asset's name and room; the school's assets not disposed, all or one room's.
 */
export default function AssetLabelsPage() {
  const t = useT();
  const client = useApolloClient();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const lookups = useRegisterLookups(schoolId);
  const [roomId, setRoomId] = useState<string | undefined>();
  const [state, setState] = useState<{ key: string; assets: Asset[]; truncated: boolean } | { key: string; error: unknown } | null>(null);
  const key = `${schoolId ?? ''}/${roomId ?? ''}`;

  useEffect(() => {
    if (!schoolId) return;
    let live = true;
    collectAllPages(async (after) => {
      const result = await client.query({ query: AssetsQuery, variables: { filter: { schoolId, roomId }, first: MAX_PAGE_SIZE, after } });
      return result.data!.assets;
    }, LABEL_LIMIT).then(
      ({ items, truncated }) => live && setState({ key, assets: items.filter((a) => a.status !== 'DISPOSED'), truncated }),
      (error: unknown) => live && setState({ key, error }),
    );
    return () => {
      live = false;
    };
  }, [client, schoolId, roomId, key]);

  const current = state?.key === key ? state : null;
  const labels = useMemo(() => (current && 'assets' in current ? current.assets.map(assetLabel) : []), [current]);

  return (
    <>
      <style>{PRINT_CSS}</style>
      <Space className="no-print" wrap style={{ marginBottom: 16 }}>
        <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
        <RoomSelect
          allowClear
          style={{ minWidth: 220 }}
          placeholder={t('全部房间', 'Every room')}
          rooms={lookups.rooms}
          value={roomId}
          onChange={setRoomId}
          data-testid="labels-room"
        />
        <span data-testid="labels-count">{t(`${labels.length} 张标签`, `${labels.length} labels`)}</span>
        <Button type="primary" onClick={() => window.print()} disabled={!labels.length} data-testid="print-now">
          {t('打印', 'Print')}
        </Button>
      </Space>
      {current && 'truncated' in current && current.truncated ? (
        <Alert
          className="no-print"
          type="warning"
          style={{ marginBottom: 16 }}
          title={t(`只显示前 ${LABEL_LIMIT} 件，请按房间打印`, `Only the first ${LABEL_LIMIT}; print room by room`)}
        />
      ) : null}
      {!schoolId ? (
        <Empty description={t('请选择学校', 'Choose a school')} />
      ) : current && 'error' in current ? (
        <GraphErrorResult error={current.error} />
      ) : !current ? (
        <Spin style={{ display: 'block', margin: 48 }} />
      ) : !labels.length ? (
        <Empty description={t('没有资产', 'No assets')} />
      ) : (
        labelSheets(labels).map((sheet, i) => (
          <section className="qr-sheet" key={i} data-testid="qr-sheet">
            {sheet.map((label) => (
              <div className="qr-label" key={label.key} data-testid="qr-label">
                <QrImage payload={label.payload} size={240} />
                <div>
                  <div className="title">{label.title}</div>
                  {label.subtitle && <div className="subtitle">{label.subtitle}</div>}
                </div>
              </div>
            ))}
          </section>
        ))
      )}
    </>
  );
}
