import { useMutation, useQuery } from '@apollo/client/react';
import dayjs from 'dayjs';
import { Button, Card, Descriptions, Form, Input, Space, Spin, Tag, Timeline, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../app/language';
import { useRepairStaff } from '../../facilities/repairs/lookups';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import type { SafetyIncidentQuery } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { labelOf } from '../../shared/labels';
import { actionInputs, type ActionDraft } from '../action-items/action-items';
import { ActionItemList } from '../action-items/ActionItemList';
import { ActionItemTable } from '../action-items/ActionItemTable';
import { DistrictReportTag } from './DistrictReportTag';
import { closeBlockers, incidentTimeline } from './incidents';
import { CLOSE_BLOCKER, INCIDENT_EVENT, INCIDENT_STATUS, INCIDENT_STATUS_COLOR, INCIDENT_TYPE } from './labels';
import {
  SafetyCloseIncidentMutation,
  SafetyIncidentQuery as IncidentDocument,
  SafetyIncidentToDistrictMutation,
  SafetyInvestigateIncidentMutation,
} from './operations';

type Incident = SafetyIncidentQuery['safetyIncident'];
type Step = 'INVESTIGATE' | 'TO_DISTRICT' | 'CLOSE';

/**
 * One incident (安全事故): what happened and what was done at once; the investigation (root cause,
 * corrective and preventive actions with owners and deadlines, tracked to done); a serious one's report
 * to the district with whether it came in time; closing (结案) once every action is done.
 */
export default function IncidentDetailPage() {
  const t = useT();
  const access = useAccess();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(IncidentDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const incident = data?.safetyIncident;
  const [step, setStep] = useState<Step | null>(null);
  if (error && !incident) return <GraphErrorResult error={error} />;
  if (!incident) return <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />;
  const school = incident.schoolId;
  const blockers = closeBlockers(incident).filter((b) => b !== 'NOT_INVESTIGATED');
  const buttons: { step: Step; label: string; show: boolean; blockedBy?: string }[] = [
    {
      step: 'INVESTIGATE',
      label: t('记录调查', 'Record the investigation'),
      show: incident.status === 'REPORTED' && access.can('investigateIncident', school),
    },
    {
      step: 'TO_DISTRICT',
      label: t('上报区教育局', 'Report to the district'),
      show: incident.serious && !incident.reportedToDistrictAt && access.can('reportIncidentToDistrict', school),
    },
    {
      step: 'CLOSE',
      label: t('结案', 'Close'),
      show: incident.status === 'INVESTIGATED' && access.can('closeIncident', school),
      blockedBy: blockers.map((b) => labelOf(CLOSE_BLOCKER, b, t)).join(t('；', '; ')) || undefined,
    },
  ];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span data-testid="incident-heading">{labelOf(INCIDENT_TYPE, incident.type, t)}</span>
            <Tag color={INCIDENT_STATUS_COLOR[incident.status]} data-testid="incident-status" data-status={incident.status}>
              {labelOf(INCIDENT_STATUS, incident.status, t)}
            </Tag>
            {incident.serious && <Tag color="red">{t('较大及以上', 'Serious')}</Tag>}
            <DistrictReportTag incident={incident} />
          </Space>
        }
        extra={
          <Space wrap>
            {buttons
              .filter((b) => b.show)
              .map((b) => (
                <Tooltip key={b.step} title={b.blockedBy}>
                  <Button
                    type="primary"
                    disabled={!!b.blockedBy}
                    onClick={() => setStep(b.step)}
                    data-testid={`incident-${b.step.toLowerCase().replace('_', '-')}`}
                  >
                    {b.label}
                  </Button>
                </Tooltip>
              ))}
          </Space>
        }
        styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
      >
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('发生时间', 'When')}>
            <DateTime value={incident.occurredAt} />
          </Descriptions.Item>
          <Descriptions.Item label={t('地点', 'Where')}>
            {incident.place}
            {incident.room ? `（${incident.room.name}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('涉及 / 受伤', 'Affected / injured')}>
            {incident.peopleAffected} / {incident.injured}
          </Descriptions.Item>
          <Descriptions.Item label={t('经过', 'What happened')} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{incident.description}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('现场处置', 'Done at once')} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{incident.immediateActions}</span>
          </Descriptions.Item>
          {incident.serious && (
            <Descriptions.Item label={t('上报时限', 'Due at the district by')}>
              <span data-testid="incident-report-due">
                <DateTime value={incident.reportDueAt} />
              </span>
            </Descriptions.Item>
          )}
          {incident.serious && (
            <Descriptions.Item label={t('上报区教育局', 'Reported to the district')}>
              {incident.reportedToDistrictAt ? (
                <DateTime value={incident.reportedToDistrictAt} />
              ) : (
                <Typography.Text type="secondary">{t('尚未上报', 'Not yet')}</Typography.Text>
              )}
            </Descriptions.Item>
          )}
          {incident.closedAt && (
            <Descriptions.Item label={t('结案时间', 'Closed')}>
              <DateTime value={incident.closedAt} />
            </Descriptions.Item>
          )}
          {incident.rootCause && (
            <Descriptions.Item label={t('原因分析', 'Root cause')} span="filled">
              <Typography.Text data-testid="incident-root-cause">{incident.rootCause}</Typography.Text>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('纠正与预防措施', 'Corrective and preventive actions')}>
        <ActionItemTable items={incident.actions} source="INCIDENT" schoolId={school} refetch={refetch} />
      </Card>
      <Card title={t('流程记录', 'Steps')}>
        <Timeline
          data-testid="incident-steps"
          items={incidentTimeline(incident).map((event, i) => ({
            key: `${event.kind}-${i}`,
            color: event.kind === 'CLOSED' ? 'green' : undefined,
            content: (
              <div data-action={event.kind}>
                <Typography.Text strong>{labelOf(INCIDENT_EVENT, event.kind, t)}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  <DateTime value={event.at} />
                </Typography.Text>
                {event.text && <div>{event.text}</div>}
              </div>
            ),
          }))}
        />
      </Card>
      {step === 'INVESTIGATE' && <InvestigateModal incident={incident} onClose={() => setStep(null)} refetch={refetch} />}
      {(step === 'TO_DISTRICT' || step === 'CLOSE') && (
        <StepModal incident={incident} step={step} onClose={() => setStep(null)} refetch={refetch} />
      )}
    </Space>
  );
}

interface ModalProps {
  incident: Incident;
  onClose(): void;
  refetch(): unknown;
}

/** 调查: the root cause and the corrective and preventive actions with owners and deadlines. */
function InvestigateModal({ incident, onClose, refetch }: ModalProps) {
  const t = useT();
  const { staff, loading } = useRepairStaff(incident.schoolId);
  const [investigate] = useMutation(SafetyInvestigateIncidentMutation);
  const staffOptions = staff.map((s) => ({ value: s.id, label: s.name }));
  return (
    <ActionModal<{ rootCause?: string; actions?: ActionDraft[] }>
      open
      width={760}
      title={t('记录调查', 'Record the investigation')}
      initialValues={{ rootCause: '', actions: [{ kind: 'CORRECTIVE', deadline: dayjs().add(7, 'day') }] }}
      onClose={onClose}
      refetch={refetch}
      run={(v) =>
        investigate({
          variables: {
            input: {
              id: incident.id,
              version: incident.version,
              rootCause: v.rootCause?.trim() ?? '',
              actions: actionInputs(v.actions, 'CORRECTIVE'),
            },
          },
        })
      }
    >
      <Form.Item
        name="rootCause"
        label={t('原因分析', 'Root cause')}
        rules={[{ required: true, whitespace: true, message: t('请填写原因分析', 'Give the root cause') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} data-testid="investigate-root-cause" />
      </Form.Item>
      <Form.Item label={t('纠正与预防措施', 'Corrective and preventive actions')}>
        <ActionItemList
          name="actions"
          testId="investigate-action"
          staffOptions={staffOptions}
          loading={loading}
          newRow={() => ({ kind: 'PREVENTIVE', deadline: dayjs().add(14, 'day') })}
          addLabel={t('添加措施', 'Add an action')}
          placeholder={t('措施', 'Action')}
          withKind
          atLeastOne
          deadline={{ disabledDate: (day) => day.isBefore(dayjs(), 'day') }}
        />
      </Form.Item>
    </ActionModal>
  );
}

/** 上报区教育局 / 结案: the version read only. */
function StepModal({ incident, step, onClose, refetch }: ModalProps & { step: 'TO_DISTRICT' | 'CLOSE' }) {
  const t = useT();
  const [toDistrict] = useMutation(SafetyIncidentToDistrictMutation);
  const [close] = useMutation(SafetyCloseIncidentMutation);
  return (
    <ActionModal<Record<string, never>>
      open
      title={step === 'TO_DISTRICT' ? t('上报区教育局', 'Report to the district') : t('结案', 'Close')}
      initialValues={{}}
      onClose={onClose}
      refetch={refetch}
      run={() => {
        const input = { id: incident.id, version: incident.version };
        return step === 'TO_DISTRICT' ? toDistrict({ variables: { input } }) : close({ variables: { input } });
      }}
    >
      <Typography.Paragraph>
        {step === 'TO_DISTRICT'
          ? t(
              '确认已按规定向区教育局报告此事故（记录上报时间）。',
              'Confirm the incident was reported to the district (the time is recorded).',
            )
          : t(
              '确认调查完成、措施均已落实，结案后不可再改。',
              'Confirm the investigation is done and every action carried out; a closed incident is final.',
            )}
      </Typography.Paragraph>
    </ActionModal>
  );
}
