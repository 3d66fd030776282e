import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Space, Spin, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { useT } from '../../app/language';
import { useSchoolZone } from '../../session/zone';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { formatDate } from '../../shared/dates';
import { ActionItemTable } from '../action-items/ActionItemTable';
import { actionSummary } from './meetings';
import { SafetyMeetingQuery } from './operations';

/**
 * One safety meeting (安全工作会议): its day, attendees and minutes, and its decisions (落实事项) tracked to
 * done: an item's owner (or the school's safety office) marks it done with a note.
 */
export default function MeetingDetailPage() {
  const t = useT();
  const zone = useSchoolZone();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SafetyMeetingQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const meeting = data?.safetyMeeting;
  if (error && !meeting) return <GraphErrorResult error={error} />;
  if (!meeting) return <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />;
  const { total, open, overdue } = actionSummary(meeting.actionItems, formatDate(new Date().toISOString(), zone));
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={<span data-testid="meeting-heading">{meeting.title}</span>}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('日期', 'Day')}>{meeting.heldOn}</Descriptions.Item>
          <Descriptions.Item label={t('记录时间', 'Recorded')}>
            <DateTime value={meeting.createdAt} />
          </Descriptions.Item>
          <Descriptions.Item label={t(`参会人员（${meeting.attendees.length}）`, `Attendees (${meeting.attendees.length})`)} span="filled">
            <span data-testid="meeting-attendee-names">{meeting.attendees.map((a) => a.name).join('、') || '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('会议纪要', 'Minutes')} span="filled">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="meeting-minutes-text">
              {meeting.minutes}
            </Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('会议决议（落实事项）', 'Decisions (action items)')}
        extra={
          total > 0 && (
            <Space size={4} data-testid="meeting-item-summary" data-open={open}>
              {open === 0 ? (
                <Tag color="green">{t('全部完成', 'All done')}</Tag>
              ) : (
                <Tag color="gold">{t(`未完成 ${open} / ${total}`, `${open} of ${total} open`)}</Tag>
              )}
              {overdue > 0 && <Tag color="red">{t(`${overdue} 项逾期`, `${overdue} overdue`)}</Tag>}
            </Space>
          )
        }
      >
        <ActionItemTable items={meeting.actionItems} source="MEETING" schoolId={meeting.schoolId} refetch={refetch} />
      </Card>
    </Space>
  );
}
