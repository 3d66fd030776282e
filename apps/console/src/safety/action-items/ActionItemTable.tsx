import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/language';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import type { SafetyActionItemFieldsFragment } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { useViewer } from '../../session/viewer';
import { useSchoolZone } from '../../session/zone';
import { formatDate } from '../../shared/dates';
import { labelOf } from '../../shared/labels';
import { actionState } from './action-items';
import { ACTION_KIND } from './labels';
import { SafetyCompleteIncidentActionMutation, SafetyCompleteMeetingActionMutation } from './operations';

type Item = SafetyActionItemFieldsFragment;

/**
 * The action items of a meeting or an incident (落实事项), tracked to done: each with its owner and
 * deadline, overdue ones marked; the owner (or the school's safety office) marks one done with a note.
 */
export function ActionItemTable({
  items,
  source,
  schoolId,
  refetch,
}: {
  items: readonly Item[];
  source: 'MEETING' | 'INCIDENT';
  schoolId: string;
  refetch(): unknown;
}) {
  const t = useT();
  const access = useAccess();
  const { viewer } = useViewer();
  const zone = useSchoolZone();
  const today = formatDate(new Date().toISOString(), zone);
  const [completing, setCompleting] = useState<Item | null>(null);
  const office = access.can('recordSafetyMeeting', schoolId);
  return (
    <>
      <Table<Item>
        data-testid="action-items"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...items]}
        locale={{ emptyText: t('没有落实事项', 'No action items') }}
        onRow={(item) => ({ 'data-state': actionState(item, today) }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'kind', title: t('类型', 'Kind'), render: (_, i) => labelOf(ACTION_KIND, i.kind, t) },
          { key: 'description', title: t('事项', 'What'), render: (_, i) => i.description },
          { key: 'owner', title: t('责任人', 'Owner'), render: (_, i) => i.owner.name },
          {
            key: 'deadline',
            title: t('期限', 'Deadline'),
            render: (_, i) => (
              <Space size={4}>
                {i.deadline}
                {actionState(i, today) === 'OVERDUE' && <Tag color="red">{t('逾期', 'Overdue')}</Tag>}
              </Space>
            ),
          },
          {
            key: 'done',
            title: t('完成情况', 'Done'),
            render: (_, i) =>
              i.doneAt ? (
                <Space orientation="vertical" size={0}>
                  <Tag color="green">{t(`已完成 ${formatDate(i.doneAt, zone)}`, `Done ${formatDate(i.doneAt, zone)}`)}</Tag>
                  {i.doneNote && <Typography.Text type="secondary">{i.doneNote}</Typography.Text>}
                </Space>
              ) : viewer?.staffId === i.owner.id || office ? (
                <Button size="small" onClick={() => setCompleting(i)} data-testid="action-complete">
                  {t('标记完成', 'Mark done')}
                </Button>
              ) : (
                <Tag>{t('未完成', 'Open')}</Tag>
              ),
          },
        ]}
      />
      {completing && <CompleteModal item={completing} source={source} onClose={() => setCompleting(null)} refetch={refetch} />}
    </>
  );
}

function CompleteModal({
  item,
  source,
  onClose,
  refetch,
}: {
  item: Item;
  source: 'MEETING' | 'INCIDENT';
  onClose(): void;
  refetch(): unknown;
}) {
  const t = useT();
  const [completeMeetingAction] = useMutation(SafetyCompleteMeetingActionMutation);
  const [completeIncidentAction] = useMutation(SafetyCompleteIncidentActionMutation);
  return (
    <ActionModal<{ note?: string }>
      open
      title={t(`完成：${item.description}`, `Done: ${item.description}`)}
      initialValues={{ note: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) => {
        const input = { id: item.id, version: item.version, note: v.note?.trim() || null };
        return source === 'MEETING' ? completeMeetingAction({ variables: { input } }) : completeIncidentAction({ variables: { input } });
      }}
    >
      <Form.Item name="note" label={t('完成情况说明', 'What was done')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} data-testid="action-note" />
      </Form.Item>
    </ActionModal>
  );
}
