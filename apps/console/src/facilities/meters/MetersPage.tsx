import { useQuery } from '@apollo/client/react';
import { Card, Empty, Select, Space, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/language';
import type { UtilityMeterFilter } from '../../graphql/graphql';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { PagedTable } from '../../shared/components/PagedTable';
import { labelOf } from '../../shared/labels';
import { useCursorPaging } from '../../shared/paging';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { UTILITY, UTILITY_COLOR } from './labels';
import { FacilitiesMetersQuery } from './operations';

/** A school's utility meters (水电表), each with its latest reading. */
export default function MetersPage() {
  const t = useT();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const [utility, setUtility] = useState<UtilityMeterFilter['utility']>();
  const paging = useCursorPaging();
  const { reset } = paging;
  const filter: UtilityMeterFilter = useMemo(() => ({ schoolId, utility }), [schoolId, utility]);
  useEffect(() => reset(), [filter, reset]);
  const { data, previousData, loading, error } = useQuery(FacilitiesMetersQuery, {
    variables: { filter, ...paging.variables },
    fetchPolicy: 'cache-and-network',
    skip: !schoolId,
  });
  const page = (data ?? previousData)?.utilityMeters;
  const query = schoolId ? `?school=${schoolId}` : '';
  return (
    <Card
      title={t('水电表', 'Utility meters')}
      extra={
        <Space>
          <Link to={`/facilities/meter-report${query}`}>{t('月度报表', 'Monthly report')}</Link>
          <Link to={`/facilities/meter-anomalies${query}`}>{t('异常', 'Anomalies')}</Link>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
        <Select
          allowClear
          style={{ minWidth: 120 }}
          placeholder={t('全部能源', 'Every utility')}
          value={utility}
          onChange={setUtility}
          options={Object.keys(UTILITY).map((u) => ({
            value: u as NonNullable<UtilityMeterFilter['utility']>,
            label: labelOf(UTILITY, u, t),
          }))}
          data-testid="meter-utility-filter"
        />
      </Space>
      {!schoolId ? (
        <Empty description={t('请选择学校', 'Choose a school')} />
      ) : error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <PagedTable
          data-testid="meter-table"
          rowKey="id"
          loading={loading}
          page={page}
          paging={paging}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('表名', 'Meter'),
              key: 'name',
              render: (_, m) => (
                <Link to={`/facilities/meters/${m.id}${query}`} data-testid="meter-link">
                  {m.name}
                </Link>
              ),
            },
            {
              title: t('能源', 'Utility'),
              key: 'u',
              render: (_, m) => <Tag color={UTILITY_COLOR[m.utility]}>{labelOf(UTILITY, m.utility, t)}</Tag>,
            },
            { title: t('表号', 'Serial number'), dataIndex: 'serialNumber' },
            { title: t('位置', 'Building'), key: 'b', render: (_, m) => m.building?.name ?? t('校区总表', 'Whole campus') },
            { title: t('倍率', 'Multiplier'), dataIndex: 'multiplier', align: 'right' },
            {
              title: t('最新读数', 'Latest reading'),
              key: 'v',
              align: 'right',
              render: (_, m) => (m.lastValue ? `${m.lastValue} ${m.unit}` : '—'),
            },
            { title: t('抄表时间', 'Read at'), key: 'at', render: (_, m) => <DateTime value={m.lastReadAt} /> },
            {
              title: t('状态', 'State'),
              key: 'a',
              render: (_, m) => (m.active ? <Tag color="green">{t('在用', 'In use')}</Tag> : <Tag>{t('已换表', 'Replaced')}</Tag>),
            },
          ]}
        />
      )}
    </Card>
  );
}
