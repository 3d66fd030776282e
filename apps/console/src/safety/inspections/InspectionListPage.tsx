import { useQuery } from '@apollo/client/react';
import { Card, Empty, Segmented, Space, Tag } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { InspectionRoundFilter } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { PagedTable } from '../../shared/components/PagedTable';
import { labelOf } from '../../shared/labels';
import { useCursorPaging } from '../../shared/paging';
import { SchoolPicker, useSchoolParam } from '../../shared/school-picker';
import { ROUND_STATUS } from './labels';
import { SafetyRoundsQuery } from './operations';

type RoundView = 'mine' | 'school';

/**
 * Inspection rounds (安全检查): the open rounds assigned to the viewer (filled on a phone) and, for the safety
 * office and the district, every round of a school with its due day, lateness and failed items.
 */
export default function InspectionListPage() {
  const t = useT();
  const access = useAccess();
  const [params, setParams] = useSearchParams();
  const { schoolId, setSchoolId } = useSchoolParam();
  const readAll = access.can('readSafety', schoolId) || access.isDistrict;
  const views: RoundView[] = readAll ? ['mine', 'school'] : ['mine'];
  const asked = params.get('view') as RoundView | null;
  const view: RoundView = asked && views.includes(asked) ? asked : views[0];
  // Mine: the rounds still to fill (the submitted ones are the school's record, under the other view).
  const filter: InspectionRoundFilter = view === 'mine' ? { mine: true, status: 'OPEN' } : { schoolId };
  return (
    <Card title={t('安全检查', 'Inspections')}>
      <Space wrap style={{ marginBottom: 16 }}>
        {view === 'school' && <SchoolPicker value={schoolId} onChange={setSchoolId} />}
        {views.length > 1 && (
          <Segmented<RoundView>
            value={view}
            onChange={(next) =>
              setParams(
                (p) => {
                  p.set('view', next);
                  return p;
                },
                { replace: true },
              )
            }
            options={[
              { value: 'mine', label: t('我的待检查', 'Mine to do') },
              { value: 'school', label: t('全校检查记录', 'The school’s') },
            ]}
            data-testid="round-view"
          />
        )}
      </Space>
      {view === 'school' && !schoolId ? <Empty description={t('请选择学校', 'Choose a school')} /> : <RoundTable filter={filter} />}
    </Card>
  );
}

function RoundTable({ filter }: { filter: InspectionRoundFilter }) {
  const t = useT();
  const paging = useCursorPaging();
  const { reset } = paging;
  const key = JSON.stringify(filter);
  const stable = useMemo(() => JSON.parse(key) as InspectionRoundFilter, [key]);
  useEffect(() => reset(), [stable, reset]);
  const { data, previousData, loading, error } = useQuery(SafetyRoundsQuery, {
    variables: { filter: stable, ...paging.variables },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.inspectionRounds;
  if (error && !page) return <GraphErrorResult error={error} />;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <PagedTable
      data-testid="round-table"
      rowKey="id"
      size="small"
      loading={loading}
      page={page}
      paging={paging}
      columns={[
        {
          title: t('检查', 'Inspection'),
          key: 'title',
          render: (_, r) => (
            <Link to={`/safety/inspections/${r.id}`} data-testid="round-link">
              {r.title}
            </Link>
          ),
        },
        { title: t('学校', 'School'), key: 'school', render: (_, r) => r.school.name },
        { title: t('检查人', 'Inspector'), key: 'assignee', render: (_, r) => r.assignee.name },
        {
          title: t('应完成', 'Due'),
          key: 'due',
          render: (_, r) => (
            <Space size={4}>
              {r.dueOn}
              {r.status === 'OPEN' && r.dueOn < today && <Tag color="red">{t('逾期', 'Overdue')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('状态', 'Status'),
          key: 'status',
          render: (_, r) => (
            <Space size={4}>
              <Tag color={r.status === 'OPEN' ? 'gold' : 'green'} data-status={r.status}>
                {labelOf(ROUND_STATUS, r.status, t)}
              </Tag>
              {r.late && <Tag color="orange">{t('逾期完成', 'Late')}</Tag>}
              {r.failedCount > 0 && <Tag color="red">{t(`${r.failedCount} 项不合格`, `${r.failedCount} failed`)}</Tag>}
            </Space>
          ),
        },
      ]}
    />
  );
}
