import { useQuery } from '@apollo/client/react';
import { Card, Empty, Select, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../app/language';
import type { MeterAnomalyFilter } from '../../graphql/graphql';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { labelOf } from '../../shared/labels';
import { useCursorPaging } from '../../shared/paging';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { AnomalyTable } from './AnomalyTable';
import { ANOMALY_KIND } from './labels';
import { FacilitiesMeterAnomaliesQuery } from './operations';

/** Meter anomalies (水电表异常) of a school, newest first: suspected leaks in red. */
export default function MeterAnomaliesPage() {
  const t = useT();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const [kind, setKind] = useState<MeterAnomalyFilter['kind']>();
  const paging = useCursorPaging();
  const { reset } = paging;
  const filter: MeterAnomalyFilter = useMemo(() => ({ schoolId, kind }), [schoolId, kind]);
  useEffect(() => reset(), [filter, reset]);
  const { data, previousData, loading, error } = useQuery(FacilitiesMeterAnomaliesQuery, {
    variables: { filter, ...paging.variables },
    fetchPolicy: 'cache-and-network',
    skip: !schoolId,
  });
  const page = (data ?? previousData)?.meterAnomalies;
  return (
    <Card title={t('水电表异常', 'Meter anomalies')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
        <Select
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t('全部类型', 'Every kind')}
          value={kind}
          onChange={setKind}
          options={Object.keys(ANOMALY_KIND).map((k) => ({
            value: k as NonNullable<MeterAnomalyFilter['kind']>,
            label: labelOf(ANOMALY_KIND, k, t),
          }))}
          data-testid="anomaly-kind-filter"
        />
      </Space>
      {!schoolId ? (
        <Empty description={t('请选择学校', 'Choose a school')} />
      ) : error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <AnomalyTable page={page} paging={paging} loading={loading} showMeter query={`?school=${schoolId}`} />
      )}
    </Card>
  );
}
