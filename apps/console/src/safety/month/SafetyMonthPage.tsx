import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Descriptions, Empty, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../app/language';
import { monthRange } from '../../dashboards/period';
import { PeriodPicker, useDashboardPeriod } from '../../dashboards/PeriodPicker';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { labelOf } from '../../shared/labels';
import { SchoolPicker, useSchoolParam } from '../../shared/school-picker';
import { HAZARD_LEVEL, HAZARD_LEVEL_COLOR, HAZARD_STATUS, HAZARD_STATUS_COLOR } from '../hazards/labels';
import { DRILL_KIND } from './labels';
import { minutesSeconds, windowText, worstFirst } from './month';
import { SafetyMonthQuery } from './operations';

/**
 * A school's safety month on one page (安全月报): hazards (open now by level and age; found, rectified
 * and closed in the month), inspection and patrol completion with the missed patrol windows, equipment
 * and training today, incidents, drills and drill gaps, and the open hazards worst first — for the
 * principal's desk or the district's visit, printable as it is.
 */
export default function SafetyMonthPage() {
  const t = useT();
  const { schoolId, setSchoolId } = useSchoolParam();
  const [period, setPeriod] = useDashboardPeriod();
  const { fromDate: from, toDate: to } = monthRange(period.year, period.month);
  const { data, loading, error } = useQuery(SafetyMonthQuery, {
    variables: { schoolId: schoolId ?? '', from, to },
    skip: !schoolId,
    fetchPolicy: 'cache-and-network',
  });
  const school = data?.school;
  const header = (
    <Card
      title={t('安全月报', 'Safety month')}
      extra={
        <Space wrap className="no-print">
          <SchoolPicker value={schoolId} onChange={setSchoolId} />
          <PeriodPicker value={period} onChange={setPeriod} />
          <Button onClick={() => window.print()} disabled={!school}>
            {t('打印', 'Print')}
          </Button>
        </Space>
      }
    >
      {school ? (
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="safety-month-title">
          {t(`${school.name} ${period.period} 安全月报`, `${school.name}: safety in ${period.period}`)}
        </Typography.Title>
      ) : (
        <Empty description={t('请选择学校', 'Choose a school')} />
      )}
    </Card>
  );
  if (!schoolId) return header;
  if (error && !school) return <GraphErrorResult error={error} />;
  if (!school)
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        {header}
        <Card loading={loading} />
      </Space>
    );

  const h = school.hazardSummary;
  const e = school.equipmentSummary;
  const tr = school.trainingSummary;
  const inc = school.incidentSummary;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="safety-month">
      {header}
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('未销号隐患', 'Open hazards')} value={h.open} />
            <Typography.Text type={h.openMajor ? 'danger' : 'secondary'}>
              {t(`重大 ${h.openMajor}，超期 ${h.overdue}`, `${h.openMajor} major, ${h.overdue} overdue`)}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('器材完好率', 'Equipment in order')} value={e.compliance} suffix="%" />
            <Typography.Text type={e.expired + e.failed ? 'danger' : 'secondary'}>
              {t(
                `过期 ${e.expired}，不合格 ${e.failed}，检查逾期 ${e.checkOverdue}`,
                `${e.expired} expired, ${e.failed} failed, ${e.checkOverdue} check overdue`,
              )}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('培训合规率', 'Training compliant')} value={tr.compliance} suffix="%" />
            <Typography.Text type={tr.expired + tr.missing ? 'danger' : 'secondary'}>
              {t(
                `即将到期 ${tr.expiring}，过期 ${tr.expired}，未培训 ${tr.missing}`,
                `${tr.expiring} expiring, ${tr.expired} expired, ${tr.missing} missing`,
              )}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('本月事故', 'Incidents this month')} value={inc.incidents} />
            <Typography.Text type={inc.reportedLate ? 'danger' : 'secondary'}>
              {t(
                `较大 ${inc.serious}，受伤 ${inc.injured}，逾期上报 ${inc.reportedLate}，千人事故率 ${inc.perThousandStudents ?? '—'}`,
                `${inc.serious} serious, ${inc.injured} injured, ${inc.reportedLate} reported late, ${inc.perThousandStudents ?? '—'} per 1,000`,
              )}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <Card title={t('隐患整改（本月）', 'Hazards this month')}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="safety-month-hazards">
          <Descriptions.Item label={t('发现', 'Found')}>{h.reported}</Descriptions.Item>
          <Descriptions.Item label={t('整改', 'Rectified')}>{h.rectified}</Descriptions.Item>
          <Descriptions.Item label={t('销号', 'Closed')}>{h.closed}</Descriptions.Item>
          <Descriptions.Item label={t('平均整改用时', 'Mean time to rectify')}>
            {h.meanHoursToRectify == null ? '—' : t(`${h.meanHoursToRectify} 小时`, `${h.meanHoursToRectify} h`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('验收不合格', 'Failed verifications')}>{h.failedVerifications}</Descriptions.Item>
          <Descriptions.Item label={t('超过7天 / 30天未销号', 'Open over 7 / 30 days')}>
            {h.openOverWeek} / {h.openOverMonth}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('安全检查完成率', 'Inspections done')}>
            <Table
              data-testid="safety-month-inspections"
              rowKey="templateId"
              size="small"
              pagination={false}
              dataSource={school.inspectionCompletion}
              locale={{ emptyText: t('本月无应完成的检查', 'No rounds were due') }}
              columns={[
                { key: 'title', title: t('检查', 'Inspection'), render: (_, c) => c.title },
                { key: 'due', title: t('应检查', 'Due'), align: 'right', render: (_, c) => c.due },
                { key: 'submitted', title: t('已完成', 'Done'), align: 'right', render: (_, c) => c.submitted },
                { key: 'late', title: t('逾期完成', 'Late'), align: 'right', render: (_, c) => c.late },
                { key: 'failed', title: t('不合格项', 'Failed items'), align: 'right', render: (_, c) => c.failedItems },
                { key: 'rate', title: t('完成率', 'Rate'), align: 'right', render: (_, c) => `${c.rate}%` },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('区域巡查', 'Zone patrols')}>
            <Table
              data-testid="safety-month-patrols"
              rowKey="zoneId"
              size="small"
              pagination={false}
              dataSource={school.patrolCompletion}
              locale={{ emptyText: t('学校尚未划分责任区域', 'The school has no zones') }}
              columns={[
                { key: 'name', title: t('责任区域', 'Zone'), render: (_, z) => z.name },
                { key: 'every', title: t('频次', 'Every'), render: (_, z) => t(`${z.patrolEveryDays} 天`, `${z.patrolEveryDays} d`) },
                { key: 'rate', title: t('完成率', 'Rate'), align: 'right', render: (_, z) => `${z.covered}/${z.expected}（${z.rate}%）` },
                {
                  key: 'missed',
                  title: t('漏巡', 'Missed'),
                  render: (_, z) => (
                    <Space size={[4, 4]} wrap>
                      {z.missed.map((w) => (
                        <Tag key={w.from} color="red">
                          {windowText(w, t)}
                        </Tag>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card
        title={t('应急演练', 'Drills')}
        extra={
          school.drillGaps.length ? (
            <Tag color="red" data-testid="safety-month-drill-gap">
              {t(`演练缺口：${school.drillGaps.join('、')}`, `No drill in ${school.drillGaps.join(', ')}`)}
            </Tag>
          ) : null
        }
      >
        <Table
          data-testid="safety-month-drills"
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data?.safetyDrills.nodes ?? []}
          locale={{ emptyText: t('本月无演练记录', 'No drill this month') }}
          columns={[
            { key: 'heldOn', title: t('日期', 'Day'), render: (_, d) => d.heldOn },
            { key: 'kind', title: t('类型', 'Kind'), render: (_, d) => labelOf(DRILL_KIND, d.kind, t) },
            { key: 'participants', title: t('参加人数', 'Participants'), align: 'right', render: (_, d) => d.participants },
            {
              key: 'time',
              title: t('疏散用时', 'Evacuation'),
              render: (_, d) =>
                d.evacuationSeconds == null ? (
                  '—'
                ) : (
                  <Space size={4}>
                    {minutesSeconds(d.evacuationSeconds)}
                    {d.metTarget === false && (
                      <Tag color="red">
                        {t(`超过 ${minutesSeconds(d.targetSeconds ?? 0)}`, `over ${minutesSeconds(d.targetSeconds ?? 0)}`)}
                      </Tag>
                    )}
                    {d.metTarget && <Tag color="green">{t('达标', 'On target')}</Tag>}
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <Card title={t('未销号隐患（重大、超期在前）', 'Open hazards, worst first')}>
        <Table
          data-testid="safety-month-open-hazards"
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={worstFirst(school.hazards.nodes)}
          locale={{ emptyText: t('没有未销号的隐患', 'No open hazards') }}
          columns={[
            { key: 'title', title: t('隐患', 'Hazard'), render: (_, hz) => <Link to={`/safety/hazards/${hz.id}`}>{hz.title}</Link> },
            {
              key: 'level',
              title: t('等级', 'Level'),
              render: (_, hz) => <Tag color={HAZARD_LEVEL_COLOR[hz.level]}>{labelOf(HAZARD_LEVEL, hz.level, t)}</Tag>,
            },
            {
              key: 'status',
              title: t('状态', 'Status'),
              render: (_, hz) => <Tag color={HAZARD_STATUS_COLOR[hz.status]}>{labelOf(HAZARD_STATUS, hz.status, t)}</Tag>,
            },
            {
              key: 'deadline',
              title: t('整改期限', 'Deadline'),
              render: (_, hz) => (
                <Space size={4}>
                  {hz.deadline ?? '—'}
                  {hz.overdue && <Tag color="red">{t('超期', 'Overdue')}</Tag>}
                </Space>
              ),
            },
          ]}
        />
        {school.hazards.pageInfo.hasNextPage && (
          <Typography.Text type="secondary">
            <Link to={`/safety/hazards?school=${school.id}`}>{t('更多隐患见隐患台账', 'More in the hazard register')}</Link>
          </Typography.Text>
        )}
      </Card>
    </Space>
  );
}
