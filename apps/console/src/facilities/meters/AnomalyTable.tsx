import { Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../app/language';
import type { FacilitiesMeterAnomaliesQuery as AnomaliesQuery } from '../../graphql/graphql';
import { DateTime } from '../../shared/components/DateTime';
import { PagedTable } from '../../shared/components/PagedTable';
import { labelOf } from '../../shared/labels';
import { ANOMALY_KIND, UTILITY } from './labels';

type Page = AnomaliesQuery['meterAnomalies'];

/** Meter anomalies, a suspected leak (疑似漏水) in red. */
export function AnomalyTable({
  page,
  paging,
  loading,
  showMeter,
  query,
}: {
  page: Page | undefined;
  paging: Parameters<typeof PagedTable>[0]['paging'];
  loading: boolean;
  showMeter?: boolean;
  query?: string;
}) {
  const t = useT();
  return (
    <PagedTable
      data-testid="anomaly-table"
      rowKey="id"
      loading={loading}
      page={page}
      paging={paging}
      scroll={{ x: 'max-content' }}
      onRow={(a) =>
        ({
          'data-testid': a.suspectedLeak ? 'anomaly-leak' : 'anomaly-row',
          style: a.suspectedLeak ? { background: '#fff1f0' } : undefined,
        }) as never
      }
      columns={[
        ...(showMeter
          ? [
              {
                title: t('水电表', 'Meter'),
                key: 'm',
                render: (_: unknown, a: Page['nodes'][number]) => (
                  <Link to={`/facilities/meters/${a.meterId}${query ?? ''}`}>{a.meter?.name ?? a.meterId}</Link>
                ),
              },
              { title: t('能源', 'Utility'), key: 'u', render: (_: unknown, a: Page['nodes'][number]) => labelOf(UTILITY, a.utility, t) },
            ]
          : []),
        {
          title: t('异常', 'Anomaly'),
          key: 'k',
          render: (_, a) => (
            <span data-testid="anomaly-kind">
              <Tag color={a.suspectedLeak ? 'red' : a.kind === 'READING_DECREASED' ? 'purple' : 'orange'}>
                {labelOf(ANOMALY_KIND, a.kind, t)}
              </Tag>
              {a.suspectedLeak && <Tag color="red">{t('疑似漏水', 'Suspected leak')}</Tag>}
            </span>
          ),
        },
        { title: t('起', 'From'), key: 'f', render: (_, a) => <DateTime value={a.fromAt} /> },
        { title: t('止', 'To'), key: 't', render: (_, a) => <DateTime value={a.toAt} /> },
        {
          title: t('用量', 'Consumption'),
          key: 'c',
          align: 'right',
          render: (_, a) => (
            <Typography.Text type={a.suspectedLeak ? 'danger' : undefined} strong={a.suspectedLeak}>
              {a.consumption} {a.meter?.unit ?? ''}
            </Typography.Text>
          ),
        },
        { title: t('基线（每小时）', 'Baseline (per hour)'), key: 'b', align: 'right', render: (_, a) => a.baseline ?? '—' },
      ]}
    />
  );
}
