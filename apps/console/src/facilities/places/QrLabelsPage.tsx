import { Button, Empty, Select, Space, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../app/language';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { floorName } from './labels';
import { useSchoolPlaces } from './school-places';
import { labelSheets, type QrLabel, roomLabel } from './qr-sheet';
import { QrImage } from './QrImage';

/**
 * What the printer gets: A4 sheets of 3 × 8 labels (70 × 37 mm, the common self-adhesive sheet);
 * the console's menu, header and the controls are hidden, each sheet on its own page.
 */
const PRINT_CSS = `
.qr-sheet { width: 210mm; min-height: 297mm; box-sizing: border-box; padding: 13mm 0; margin: 0 auto 16px; background: #fff;
  display: grid; grid-template-columns: repeat(3, 70mm); grid-auto-rows: 37mm; color: #000; }
.qr-label { display: flex; align-items: center; gap: 2mm; padding: 2mm 3mm; box-sizing: border-box; overflow: hidden; border: 1px dashed #ddd; }
.qr-label img { width: 30mm; height: 30mm; }
.qr-label .title { font-size: 12pt; font-weight: 600; line-height: 1.2; }
.qr-label .subtitle { font-size: 8pt; line-height: 1.2; margin-top: 1mm; }
@media print {
  @page { size: A4; margin: 0; }
  body, .ant-layout, .ant-layout-content { background: #fff !important; margin: 0 !important; padding: 0 !important; }
  .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; }
  .qr-sheet { margin: 0; page-break-after: always; }
  .qr-label { border: none; }
}
`;

/** Printable A4 sheets of QR labels (二维码标签) for a school's rooms, all or one building's. */
export default function QrLabelsPage() {
  const t = useT();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const [buildingId, setBuildingId] = useState<string | undefined>();
  const { buildings, data, loading, error } = useSchoolPlaces(schoolId);
  const labels: QrLabel[] = useMemo(
    () =>
      buildings
        .filter((b) => !buildingId || b.id === buildingId)
        .flatMap((b) => b.floors.flatMap((f) => f.rooms.map((r) => roomLabel(r, `${b.campus.name} · ${b.name} · ${floorName(f.floor)}`)))),
    [buildings, buildingId],
  );
  return (
    <>
      <style>{PRINT_CSS}</style>
      <Space className="no-print" wrap style={{ marginBottom: 16 }}>
        <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
        <Select
          allowClear
          placeholder={t('全部楼宇', 'Every building')}
          style={{ minWidth: 220 }}
          value={buildingId}
          onChange={(id?: string) => setBuildingId(id)}
          options={buildings.map((b) => ({ value: b.id, label: `${b.campus.name} · ${b.name}` }))}
          data-testid="labels-building"
        />
        <span data-testid="labels-count">{t(`${labels.length} 张标签`, `${labels.length} labels`)}</span>
        <Button type="primary" onClick={() => window.print()} disabled={!labels.length} data-testid="print-now">
          {t('打印', 'Print')}
        </Button>
      </Space>
      {!schoolId ? (
        <Empty description={t('请选择学校', 'Choose a school')} />
      ) : error && !data ? (
        <GraphErrorResult error={error} />
      ) : loading && !data ? (
        <Spin style={{ display: 'block', margin: 48 }} />
      ) : !labels.length ? (
        <Empty description={t('没有房间', 'No rooms')} />
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
