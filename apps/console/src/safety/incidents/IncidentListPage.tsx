import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, DatePicker, Empty, Form, Input, InputNumber, Radio, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../app/language';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import type { IncidentType } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { PagedTable } from '../../shared/components/PagedTable';
import { labelOf } from '../../shared/labels';
import { useCursorPaging } from '../../shared/paging';
import { SchoolPicker, useSchoolParam } from '../../shared/school-picker';
import { DistrictReportTag } from './DistrictReportTag';
import { countsProblem } from './incidents';
import { INCIDENT_STATUS, INCIDENT_STATUS_COLOR, INCIDENT_TYPE } from './labels';
import { SafetyIncidentsQuery, SafetyReportIncidentMutation } from './operations';

/**
 * Incidents (安全事故/事件): a school's incidents, latest first, with their state and, for a serious one,
 * whether it reached the district in time; the safety office reports one.
 */
export default function IncidentListPage() {
  const t = useT();
  const access = useAccess();
  const navigate = useNavigate();
  const { schoolId, setSchoolId } = useSchoolParam();
  const [reporting, setReporting] = useState(false);
  const paging = useCursorPaging();
  const { reset } = paging;
  useEffect(() => reset(), [schoolId, reset]);
  const { data, previousData, loading, error, refetch } = useQuery(SafetyIncidentsQuery, {
    variables: { schoolId: schoolId ?? '', ...paging.variables },
    skip: !schoolId,
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.safetyIncidents;
  const mayReport = !!schoolId && access.can('reportIncident', schoolId);
  return (
    <Card
      title={t('安全事故', 'Incidents')}
      extra={
        mayReport && (
          <Button type="primary" onClick={() => setReporting(true)} data-testid="incident-report">
            {t('报告事故', 'Report an incident')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <SchoolPicker value={schoolId} onChange={setSchoolId} />
      </Space>
      {!schoolId ? (
        <Empty description={t('请选择学校', 'Choose a school')} />
      ) : error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <PagedTable
          data-testid="incident-table"
          rowKey="id"
          size="small"
          loading={loading}
          page={page}
          paging={paging}
          columns={[
            { key: 'occurredAt', title: t('时间', 'When'), render: (_, i) => <DateTime value={i.occurredAt} /> },
            {
              key: 'type',
              title: t('类型', 'Kind'),
              render: (_, i) => (
                <Link to={`/safety/incidents/${i.id}`} data-testid="incident-link">
                  {labelOf(INCIDENT_TYPE, i.type, t)}
                </Link>
              ),
            },
            { key: 'place', title: t('地点', 'Where'), render: (_, i) => i.place },
            {
              key: 'injured',
              title: t('受伤 / 涉及', 'Injured / affected'),
              align: 'right',
              render: (_, i) => `${i.injured} / ${i.peopleAffected}`,
            },
            {
              key: 'status',
              title: t('状态', 'Status'),
              render: (_, i) => (
                <Tag color={INCIDENT_STATUS_COLOR[i.status]} data-status={i.status}>
                  {labelOf(INCIDENT_STATUS, i.status, t)}
                </Tag>
              ),
            },
            {
              key: 'district',
              title: t('上报区教育局', 'District report'),
              render: (_, i) =>
                i.serious ? (
                  <Space size={4} wrap>
                    <Tag color="red">{t('较大及以上', 'Serious')}</Tag>
                    <DistrictReportTag incident={i} />
                  </Space>
                ) : (
                  <Typography.Text type="secondary">{t('无需上报', 'Not needed')}</Typography.Text>
                ),
            },
          ]}
        />
      )}
      {reporting && schoolId && (
        <ReportIncidentModal
          schoolId={schoolId}
          onClose={() => setReporting(false)}
          refetch={refetch}
          onReported={(id) => void navigate(`/safety/incidents/${id}`)}
        />
      )}
    </Card>
  );
}

/** The most people an incident counts (ReportIncidentInput.peopleAffected and injured: 0–10000). */
const MAX_PEOPLE = 10000;

/** 报告事故: what, when, where, who was hurt, what was done at once, and whether it is serious. */
function ReportIncidentModal({
  schoolId,
  onClose,
  refetch,
  onReported,
}: {
  schoolId: string;
  onClose(): void;
  refetch(): unknown;
  onReported(id: string): void;
}) {
  const t = useT();
  const [report] = useMutation(SafetyReportIncidentMutation);
  return (
    <ActionModal<{
      type: IncidentType;
      occurredAt?: Dayjs | null;
      place?: string;
      peopleAffected?: number;
      injured?: number;
      description?: string;
      immediateActions?: string;
      serious: boolean;
    }>
      open
      width={640}
      title={t('报告安全事故', 'Report an incident')}
      initialValues={{
        type: 'INJURY',
        occurredAt: dayjs().startOf('minute'),
        place: '',
        peopleAffected: 1,
        injured: 0,
        description: '',
        immediateActions: '',
        serious: false,
      }}
      onClose={onClose}
      refetch={refetch}
      run={async (v) => {
        const result = await report({
          variables: {
            input: {
              schoolId,
              type: v.type,
              occurredAt: v.occurredAt ? v.occurredAt.toISOString() : '',
              place: v.place?.trim() ?? '',
              peopleAffected: v.peopleAffected ?? 0,
              injured: v.injured ?? 0,
              description: v.description?.trim() ?? '',
              immediateActions: v.immediateActions?.trim() ?? '',
              serious: v.serious,
            },
          },
        });
        if (result.data) onReported(result.data.reportIncident.id);
      }}
    >
      <Form.Item name="type" label={t('事故类型', 'Kind')} rules={[{ required: true, message: t('请选择类型', 'Choose the kind') }]}>
        <Select
          options={Object.keys(INCIDENT_TYPE).map((key) => ({ value: key, label: labelOf(INCIDENT_TYPE, key, t) }))}
          data-testid="incident-type"
        />
      </Form.Item>
      <Form.Item
        name="occurredAt"
        label={t('发生时间', 'When')}
        rules={[{ required: true, message: t('请选择发生时间', 'Give the time') }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          data-testid="incident-when"
        />
      </Form.Item>
      <Form.Item
        name="place"
        label={t('地点', 'Where')}
        rules={[{ required: true, whitespace: true, message: t('请填写地点', 'Say where') }]}
      >
        <Input maxLength={200} data-testid="incident-place" />
      </Form.Item>
      <Space wrap>
        <Form.Item
          name="peopleAffected"
          label={t('涉及人数', 'People affected')}
          rules={[{ required: true, message: t('请填写人数', 'Give the number') }]}
        >
          <InputNumber min={0} max={MAX_PEOPLE} precision={0} data-testid="incident-affected" />
        </Form.Item>
        <Form.Item
          name="injured"
          label={t('受伤人数', 'Injured')}
          dependencies={['peopleAffected']}
          rules={[
            { required: true, message: t('请填写人数', 'Give the number') },
            ({ getFieldValue }) => ({
              validator: (_, value: number | null | undefined) =>
                countsProblem(getFieldValue('peopleAffected') as number | null | undefined, value)
                  ? Promise.reject(new Error(t('受伤人数不能多于涉及人数', 'No more injured than affected')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <InputNumber min={0} max={MAX_PEOPLE} precision={0} data-testid="incident-injured" />
        </Form.Item>
      </Space>
      <Form.Item
        name="description"
        label={t('经过', 'What happened')}
        rules={[{ required: true, whitespace: true, message: t('请描述事故经过', 'Say what happened') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} data-testid="incident-description" />
      </Form.Item>
      <Form.Item
        name="immediateActions"
        label={t('现场处置', 'Done at once')}
        rules={[{ required: true, whitespace: true, message: t('请填写现场处置', 'Say what was done at once') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} data-testid="incident-immediate" />
      </Form.Item>
      <Form.Item name="serious" label={t('是否须上报区教育局（较大及以上）', 'Serious: to be reported to the district')}>
        <Radio.Group
          data-testid="incident-serious"
          options={[
            { value: false, label: t('否', 'No') },
            { value: true, label: t('是', 'Yes') },
          ]}
        />
      </Form.Item>
    </ActionModal>
  );
}
