import { useQuery } from '@apollo/client/react';
import { Card, Empty, Input, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { Money } from '../../shared/components/Money';
import { currentPeriod } from '../../shared/dates';
import { labelOf } from '../../shared/labels';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { UTILITY } from './labels';
import { FacilitiesMeterReportQuery } from './operations';
import { reportRows, type ReportRow } from './report';

/** The school's monthly meter report (月度水电报表): every meter's consumption and cost, totals per utility, per student. */
export default function MeterReportPage() {
  const t = useT();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? currentPeriod();
  const setMonth = (value: string) =>
    setParams(
      (p) => {
        if (value) p.set('month', value);
        return p;
      },
      { replace: true },
    );
  const { data, loading, error } = useQuery(FacilitiesMeterReportQuery, {
    variables: { schoolId: schoolId ?? '', month },
    skip: !schoolId,
    fetchPolicy: 'cache-and-network',
  });
  const report = data?.school.meterReport;
  const rows = useMemo(() => (report ? reportRows(report.lines, report.totals) : []), [report]);
  return (
    <Card title={t('月度水电报表', 'Monthly meter report')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
        <Input type="month" value={month} onChange={(e) => setMonth(e.target.value)} style={{ width: 170 }} data-testid="report-month" />
      </Space>
      {!schoolId ? (
        <Empty description={t('请选择学校', 'Choose a school')} />
      ) : error && !data ? (
        <GraphErrorResult error={error} />
      ) : (
        <>
          {report && (
            <Typography.Paragraph>
              {t('本月合计', 'Month total')}:{' '}
              <b data-testid="report-cost">
                <Money value={report.cost} />
              </b>
              {' · '}
              {t('在校生', 'Students')}: {report.studentCount ?? '—'}
            </Typography.Paragraph>
          )}
          <Table<ReportRow>
            data-testid="report-table"
            rowKey="key"
            loading={loading}
            dataSource={rows}
            pagination={false}
            size="small"
            scroll={{ x: 'max-content' }}
            rowClassName={(r) => (r.kind === 'total' ? 'report-total' : '')}
            onRow={(r) => ({ style: r.kind === 'total' ? { fontWeight: 600, background: '#fafafa' } : undefined })}
            columns={[
              { title: t('能源', 'Utility'), key: 'u', render: (_, r) => labelOf(UTILITY, r.utility, t) },
              {
                title: t('水电表', 'Meter'),
                key: 'm',
                render: (_, r) =>
                  r.kind === 'meter' ? (
                    <Space size={4}>
                      {r.name}
                      {!r.complete && <Tag>{t('读数不全', 'Partial')}</Tag>}
                    </Space>
                  ) : (
                    t(`小计（${r.meterCount} 块表）`, `Total (${r.meterCount} meters)`)
                  ),
              },
              { title: t('用量', 'Consumption'), key: 'c', align: 'right', render: (_, r) => `${r.consumption} ${r.unit}` },
              { title: t('费用', 'Cost'), key: 'cost', align: 'right', render: (_, r) => <Money value={r.cost} /> },
              {
                title: t('生均用量', 'Per student'),
                key: 'ps',
                align: 'right',
                render: (_, r) => (r.kind === 'total' && r.consumptionPerStudent ? `${r.consumptionPerStudent} ${r.unit}` : ''),
              },
              {
                title: t('生均费用', 'Cost per student'),
                key: 'cps',
                align: 'right',
                render: (_, r) => (r.kind === 'total' && r.costPerStudent ? <Money value={r.costPerStudent} /> : ''),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
