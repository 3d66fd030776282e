import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Form, Input, Segmented, Space, Tag, Typography, message } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/language';
import { useAccess } from '../../session/access';
import { EChart } from '../../shared/charts';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { useGraphForm } from '../../shared/components/GraphForm';
import { Money } from '../../shared/components/Money';
import { PagedTable } from '../../shared/components/PagedTable';
import { labelOf } from '../../shared/labels';
import { useCursorPaging } from '../../shared/paging';
import { useFacilitiesSchool } from '../school-picker';
import { AnomalyTable } from './AnomalyTable';
import { anomalyDays, chinaLocalMinute, chinaLocalToInstant, consumptionChartOption, consumptionRanges } from './consumption';
import { READING_SOURCE, UTILITY, UTILITY_COLOR } from './labels';
import {
  FacilitiesMeterAnomaliesQuery,
  FacilitiesMeterQuery,
  FacilitiesMeterReadingsQuery,
  FacilitiesRecordMeterReadingMutation,
} from './operations';

/** One meter (水电表): its consumption by day and month, its anomalies, its readings, and a reading to record. */
export default function MeterDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { schoolId } = useFacilitiesSchool();
  const access = useAccess();
  const ranges = useMemo(() => consumptionRanges(new Date()), []);
  const [granularity, setGranularity] = useState<'DAY' | 'MONTH'>('DAY');
  const { data, error, refetch } = useQuery(FacilitiesMeterQuery, { variables: { id, ...ranges }, fetchPolicy: 'cache-and-network' });
  const anomalyPaging = useCursorPaging(10);
  const anomalies = useQuery(FacilitiesMeterAnomaliesQuery, {
    variables: { filter: { meterId: id }, ...anomalyPaging.variables },
    fetchPolicy: 'cache-and-network',
  });
  const chartAnomalies = useQuery(FacilitiesMeterAnomaliesQuery, {
    variables: { filter: { meterId: id, from: ranges.dayFrom }, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const readingPaging = useCursorPaging();
  const readings = useQuery(FacilitiesMeterReadingsQuery, {
    variables: { meterId: id, ...readingPaging.variables },
    fetchPolicy: 'cache-and-network',
  });
  const meter = data?.utilityMeter;
  const marks = useMemo(() => anomalyDays(chartAnomalies.data?.meterAnomalies.nodes ?? []), [chartAnomalies.data]);
  const series = granularity === 'DAY' ? data?.daily : data?.monthly;
  const option = useMemo(
    () =>
      series && meter
        ? consumptionChartOption({
            periods: series.periods,
            unit: series.unit,
            color: UTILITY_COLOR[meter.utility] ?? '#1677ff',
            marks: granularity === 'DAY' ? marks : undefined,
            t,
          })
        : null,
    [series, meter, marks, granularity, t],
  );
  if (error && !meter) return <GraphErrorResult error={error} />;
  const leaks = chartAnomalies.data?.meterAnomalies.nodes.filter((a) => a.suspectedLeak).length ?? 0;
  const refresh = () => {
    void refetch();
    void readings.refetch();
    void anomalies.refetch();
    void chartAnomalies.refetch();
  };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        loading={!meter}
        title={
          <Space wrap>
            <span data-testid="meter-name">{meter?.name}</span>
            {meter && <Tag color={UTILITY_COLOR[meter.utility]}>{labelOf(UTILITY, meter.utility, t)}</Tag>}
            {leaks > 0 && (
              <Tag color="red" data-testid="meter-leak">
                {t('疑似漏水', 'Suspected leak')}
              </Tag>
            )}
          </Space>
        }
        extra={<Link to={`/facilities/meters${schoolId ? `?school=${schoolId}` : ''}`}>{t('全部水电表', 'All meters')}</Link>}
      >
        {meter && (
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
            <Descriptions.Item label={t('表号', 'Serial number')}>{meter.serialNumber}</Descriptions.Item>
            <Descriptions.Item label={t('位置', 'Building')}>{meter.building?.name ?? t('校区总表', 'Whole campus')}</Descriptions.Item>
            <Descriptions.Item label={t('倍率', 'Multiplier')}>{meter.multiplier}</Descriptions.Item>
            <Descriptions.Item label={t('最新读数', 'Latest reading')}>
              <span data-testid="meter-last-value">{meter.lastValue ? `${meter.lastValue} ${meter.unit}` : '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('抄表时间', 'Read at')}>
              <DateTime value={meter.lastReadAt} />
            </Descriptions.Item>
            <Descriptions.Item label={t('安装日期', 'Installed on')}>{meter.installedOn}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      <Card
        title={t('用量', 'Consumption')}
        extra={
          <Segmented
            value={granularity}
            onChange={(v) => setGranularity(v as 'DAY' | 'MONTH')}
            options={[
              { value: 'DAY', label: t('近 60 天', 'Last 60 days') },
              { value: 'MONTH', label: t('近 12 个月', 'Last 12 months') },
            ]}
            data-testid="consumption-granularity"
          />
        }
      >
        {series && (
          <Typography.Paragraph>
            {t('合计', 'Total')}: <b data-testid="consumption-total">{`${series.total} ${series.unit}`}</b> · <Money value={series.cost} />
          </Typography.Paragraph>
        )}
        {option && <EChart option={option} testId="chart-meter-consumption" label={t('用量图', 'Consumption chart')} />}
      </Card>
      <Card title={t('异常', 'Anomalies')}>
        <AnomalyTable page={anomalies.data?.meterAnomalies} paging={anomalyPaging} loading={anomalies.loading} />
      </Card>
      {meter?.active && access.can('recordMeterReading', meter.schoolId) && (
        <RecordReadingCard meterId={id} unit={meter.unit} onRecorded={refresh} />
      )}
      <Card title={t('抄表记录', 'Readings')}>
        <PagedTable
          data-testid="reading-table"
          rowKey="id"
          loading={readings.loading}
          page={readings.data?.meterReadings}
          paging={readingPaging}
          columns={[
            { title: t('抄表时间', 'Read at'), key: 'at', render: (_, r) => <DateTime value={r.readAt} /> },
            { title: t('读数', 'Value'), key: 'v', align: 'right', render: (_, r) => `${r.value} ${meter?.unit ?? ''}` },
            { title: t('来源', 'Source'), key: 's', render: (_, r) => labelOf(READING_SOURCE, r.source, t) },
            { title: t('备注', 'Note'), dataIndex: 'note' },
            { title: t('录入时间', 'Recorded'), key: 'c', render: (_, r) => <DateTime value={r.createdAt} /> },
          ]}
        />
      </Card>
    </Space>
  );
}

interface ReadingValues {
  readAt?: string;
  value?: string;
  note?: string;
}

function RecordReadingCard({ meterId, unit, onRecorded }: { meterId: string; unit: string; onRecorded(): void }) {
  const t = useT();
  const [form] = Form.useForm<ReadingValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [record] = useMutation(FacilitiesRecordMeterReadingMutation);
  const [readNow] = useState(() => chinaLocalMinute(new Date()));

  async function save() {
    // A field left empty: the form shows its message beside it; nothing to send.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const done = await submit(() =>
      record({
        variables: {
          input: {
            meterId,
            readAt: chinaLocalToInstant(values.readAt!),
            value: values.value!.trim(),
            note: values.note?.trim() || undefined,
          },
        },
      }),
    );
    if (done?.data) {
      const found = done.data.recordMeterReading.anomalies;
      void message.success(
        found.length ? t(`已记录；发现 ${found.length} 条异常`, `Recorded; ${found.length} anomalies found`) : t('已记录', 'Recorded'),
      );
      form.resetFields();
      form.setFieldsValue({ readAt: chinaLocalMinute(new Date()) });
      onRecorded();
    }
  }
  return (
    <Card title={t('录入读数', 'Record a reading')}>
      {alert}
      <Form form={form} layout="vertical" initialValues={{ readAt: readNow }} style={{ maxWidth: 480 }} data-testid="reading-form">
        <Form.Item name="readAt" label={t('抄表时间', 'Read at')} rules={[{ required: true }]}>
          <Input type="datetime-local" data-testid="reading-read-at" />
        </Form.Item>
        <Form.Item
          name="value"
          label={`${t('读数', 'Value')} (${unit})`}
          rules={[{ required: true, pattern: /^\d+(\.\d{1,3})?$/, message: t('请输入读数，如 1234.56', 'A reading, e.g. 1234.56') }]}
        >
          <Input inputMode="decimal" data-testid="reading-value" />
        </Form.Item>
        <Form.Item name="note" label={t('备注', 'Note')}>
          <Input maxLength={200} />
        </Form.Item>
        <Button type="primary" loading={submitting} onClick={() => void save()} data-testid="reading-submit">
          {t('记录', 'Record')}
        </Button>
      </Form>
    </Card>
  );
}
