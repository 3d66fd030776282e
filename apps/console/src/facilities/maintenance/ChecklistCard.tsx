import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, List, Radio, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../app/language';
import { useSchoolZone } from '../../session/zone';
import { useGraphForm } from '../../shared/components/GraphForm';
import { labelOf } from '../../shared/labels';
import { CHECKLIST_KIND } from './labels';
import {
  canRecordChecklist,
  checklistAnswers,
  checklistFormValues,
  dueDayOf,
  failedCount,
  judgeNumber,
  limitsText,
  normaliseDecimal,
  shiftDay,
  type ChecklistFormAnswer,
  type ChecklistItemRef,
  type RecordedAnswer,
} from './maintenance';
import {
  FacilitiesMaintenanceScheduleQuery,
  FacilitiesRecordMaintenanceChecklistMutation,
  FacilitiesWorkOrderOccurrenceQuery,
} from './operations';

interface Order {
  id: string;
  schoolId: string;
  source: string;
  status: string;
  dueAt: string;
  viewerActions: readonly string[];
}

/**
 * A maintenance work order's checklist (检查记录), from its schedule: the graph has no link from a work
 * order to the due day it was opened for, so the due day is found in the school's PM calendar around
 * the work order's due day (it is due at the end of it) by its workOrderId, and the checklist is its
 * schedule's. While the work order is in progress and the viewer works it (FINISH is theirs), one input
 * per item and a save (recordMaintenanceChecklist; it cannot be finished without); otherwise what was
 * recorded. Nothing for a work order no schedule opened, or for a viewer who may not read the calendar.
 */
export function ChecklistCard({ order, onSaved }: { order: Order; onSaved?(): void }) {
  const t = useT();
  const zone = useSchoolZone();
  const dueOn = dueDayOf(order.dueAt, zone);
  const occurrences = useQuery(FacilitiesWorkOrderOccurrenceQuery, {
    variables: { schoolId: order.schoolId, from: shiftDay(dueOn, -1), to: shiftDay(dueOn, 1) },
    skip: order.source !== 'PM',
    fetchPolicy: 'cache-and-network',
  });
  const occurrence = occurrences.data?.maintenanceCalendar.nodes.find((o) => o.workOrderId === order.id);
  const schedule = useQuery(FacilitiesMaintenanceScheduleQuery, {
    variables: { id: occurrence?.scheduleId ?? '' },
    skip: !occurrence,
  });
  const items = schedule.data?.maintenanceSchedule.checklist;
  if (order.source !== 'PM' || !occurrence || !items) return null;
  const { basis, meterUnit } = schedule.data!.maintenanceSchedule;
  const meter =
    basis === 'METER' ? { unit: meterUnit ?? '', dueReading: occurrence.dueReading, serviceReading: occurrence.serviceReading } : null;

  const editable = canRecordChecklist(order);
  const recorded = occurrence.checklistAnswers ?? null;
  return (
    <Card
      size="small"
      title={t('维保检查表', 'Maintenance checklist')}
      extra={
        recorded ? (
          <Tag color={failedCount(recorded) ? 'red' : 'green'} data-testid="checklist-recorded">
            {failedCount(recorded)
              ? t(`已记录 · ${failedCount(recorded)} 项不合格`, `Recorded · ${failedCount(recorded)} failed`)
              : t('已记录 · 全部合格', 'Recorded · all passed')}
          </Tag>
        ) : (
          <Tag color="gold">{t('未记录', 'Not recorded')}</Tag>
        )
      }
      data-testid="checklist-card"
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="checklist-schedule">
        {schedule.data!.maintenanceSchedule.title} · {t(`维保日 ${occurrence.dueOn}`, `due ${occurrence.dueOn}`)}
        {meter?.dueReading && ` · ${t(`到期读数 ${meter.dueReading} ${meter.unit}`, `due at ${meter.dueReading} ${meter.unit}`)}`}
        {!editable && meter?.serviceReading && (
          <span data-testid="checklist-service-reading">
            {' · '}
            {t(`维保时读数 ${meter.serviceReading} ${meter.unit}`, `read ${meter.serviceReading} ${meter.unit} at the service`)}
          </span>
        )}
      </Typography.Paragraph>
      {editable ? (
        <ChecklistForm
          key={`${occurrence.id}:${JSON.stringify(recorded)}`}
          workOrderId={order.id}
          items={items}
          recorded={recorded}
          meter={meter}
          onSaved={onSaved}
        />
      ) : (
        <RecordedChecklist items={items} recorded={recorded} />
      )}
    </Card>
  );
}

/** What was recorded, item by item (read-only). */
function RecordedChecklist({ items, recorded }: { items: readonly ChecklistItemRef[]; recorded: readonly RecordedAnswer[] | null }) {
  const t = useT();
  return (
    <List
      size="small"
      dataSource={items.map((item, i) => ({ item, i, answer: recorded?.find((a) => a.item === i) }))}
      renderItem={({ item, i, answer }) => (
        <List.Item key={i} data-testid={`checklist-item-${i}`}>
          <Space orientation="vertical" size={0}>
            <Typography.Text>{item.label}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {labelOf(CHECKLIST_KIND, item.kind, t)}
              {limitsText(item) ? ` · ${limitsText(item)}` : ''}
            </Typography.Text>
          </Space>
          {answer ? (
            <Space size={4}>
              {answer.value && <Typography.Text>{`${answer.value}${item.unit ? ` ${item.unit}` : ''}`}</Typography.Text>}
              {answer.photoRef && <Typography.Text code>{answer.photoRef}</Typography.Text>}
              <Tag color={answer.passed ? 'green' : 'red'}>{answer.passed ? t('合格', 'Pass') : t('不合格', 'Fail')}</Tag>
            </Space>
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          )}
        </List.Item>
      )}
    />
  );
}

/** One input per item, and the save; an error the graph ties to answers.N lands under item N. */
function ChecklistForm({
  workOrderId,
  items,
  recorded,
  meter,
  onSaved,
}: {
  workOrderId: string;
  items: readonly ChecklistItemRef[];
  recorded: readonly RecordedAnswer[] | null;
  /** A schedule by meter: the reading at this service is recorded with the checklist. */
  meter: { unit: string; serviceReading?: string | null } | null;
  onSaved?(): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ answers: ChecklistFormAnswer[]; meterReading?: string }>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [record] = useMutation(FacilitiesRecordMaintenanceChecklistMutation);
  const initialValues = useMemo(
    () => ({ answers: checklistFormValues(items, recorded), meterReading: meter?.serviceReading ?? '' }),
    [items, recorded, meter?.serviceReading],
  );

  async function save() {
    const answers = (form.getFieldValue('answers') as ChecklistFormAnswer[] | undefined) ?? [];
    const typed = ((form.getFieldValue('meterReading') as string | undefined) ?? '').trim();
    const meterReading = meter ? (normaliseDecimal(typed) ?? (typed || null)) : null;
    const done = await submit(async () => {
      await record({ variables: { input: { workOrderId, answers: checklistAnswers(items, answers), meterReading } } });
      return true;
    });
    if (done) {
      void message.success(t('检查表已保存', 'Checklist saved'));
      onSaved?.();
    }
  }

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} data-testid="checklist-form">
      <Typography.Paragraph type="secondary">
        {t('逐项填写后保存；完工前须记录检查表。', 'Answer every item and save: the work order is finished only with its checklist.')}
      </Typography.Paragraph>
      {meter && (
        <Form.Item
          name="meterReading"
          label={t(`维保时读数（${meter.unit}）`, `The meter at this service (${meter.unit})`)}
          extra={t('下次维保从此读数起算', 'The next service is counted from it')}
        >
          <Input
            inputMode="decimal"
            suffix={meter.unit}
            style={{ maxWidth: 240 }}
            autoComplete="off"
            data-testid="checklist-meter-reading"
          />
        </Form.Item>
      )}
      {items.map((item, i) => (
        <ChecklistInput key={i} item={item} index={i} />
      ))}
      {alert}
      <Button type="primary" loading={submitting} onClick={() => void save()} data-testid="checklist-save">
        {recorded ? t('更新检查表', 'Save the checklist again') : t('保存检查表', 'Save the checklist')}
      </Button>
    </Form>
  );
}

/** The input an item is answered with: pass or fail, a number within limits, a reading, a photo reference. */
function ChecklistInput({ item, index }: { item: ChecklistItemRef; index: number }) {
  const t = useT();
  const form = Form.useFormInstance();
  const typed = Form.useWatch(['answers', index, 'value'], form) as string | undefined;
  const limits = limitsText(item);
  const hint = [labelOf(CHECKLIST_KIND, item.kind, t), limits].filter(Boolean).join(' · ');
  return (
    <div data-testid={`checklist-item-${index}`} data-kind={item.kind}>
      <ItemField item={item} index={index} hint={hint} typed={typed} />
    </div>
  );
}

function ItemField({ item, index, hint, typed }: { item: ChecklistItemRef; index: number; hint: string; typed?: string }) {
  const t = useT();
  switch (item.kind) {
    case 'PASS_FAIL':
      return (
        <Form.Item name={['answers', index, 'passed']} label={item.label}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: true, label: t('合格', 'Pass') },
              { value: false, label: t('不合格', 'Fail') },
            ]}
          />
        </Form.Item>
      );
    case 'NUMBER':
    case 'READING': {
      const judged = item.kind === 'NUMBER' && typed?.trim() ? judgeNumber(item, typed) : null;
      return (
        <Form.Item
          name={['answers', index, 'value']}
          label={item.label}
          extra={
            <Space size={4} wrap>
              <span>{hint}</span>
              {judged === 'pass' && <Tag color="green">{t('在范围内', 'Within limits')}</Tag>}
              {judged === 'fail' && <Tag color="red">{t('超出范围：记为不合格', 'Outside the limits: it fails')}</Tag>}
            </Space>
          }
        >
          <Input inputMode="decimal" suffix={item.unit ?? undefined} style={{ maxWidth: 240 }} autoComplete="off" />
        </Form.Item>
      );
    }
    case 'PHOTO':
      return (
        <Form.Item name={['answers', index, 'photoRef']} label={item.label} extra={t('照片编号或链接', 'The photo’s reference or link')}>
          <Input maxLength={300} autoComplete="off" />
        </Form.Item>
      );
    default:
      return (
        <Form.Item name={['answers', index, 'value']} label={item.label} extra={hint}>
          <Input autoComplete="off" />
        </Form.Item>
      );
  }
}
