import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Space, Spin, Typography } from 'antd';
import { useParams } from 'react-router';
import { useT } from '../../app/language';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { ActionItemTable } from '../action-items/ActionItemTable';
import { SafetyMeetingQuery } from './operations';

/** One safety meeting (安全工作会议): its attendees and minutes, and its decisions tracked to done. */
export default function MeetingDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SafetyMeetingQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const meeting = data?.safetyMeeting;
  if (error && !meeting) return <GraphErrorResult error={error} />;
  if (!meeting) return <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={<span data-testid="meeting-heading">{meeting.title}</span>}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('日期', 'Day')}>{meeting.heldOn}</Descriptions.Item>
          <Descriptions.Item label={t('参会人员', 'Attendees')}>{meeting.attendees.map((a) => a.name).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('会议纪要', 'Minutes')} span="filled">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{meeting.minutes}</Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('落实事项', 'Action items')}>
        <ActionItemTable items={meeting.actionItems} source="MEETING" schoolId={meeting.schoolId} refetch={refetch} />
      </Card>
    </Space>
  );
}
