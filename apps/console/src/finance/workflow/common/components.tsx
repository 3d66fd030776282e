import { useQuery } from '@apollo/client/react';
import { Alert, Tag, Timeline, Typography } from 'antd';
import { useT } from '../../../app/language';
import { currentFiscalYear } from '../../../shared/dates';
import { formatYuan } from '../../../shared/money';
import type { BudgetRoom } from './budget-room';
import { labelOf, type Label } from './labels';
import { WorkflowBudgetRoomQuery } from './operations';
import { timelineEntries, type KnownPeople, type StepRecord } from './steps';

/** The record's status as a coloured tag. */
export function StatusTag({ table, status }: { table: Record<string, Label & { color: string }>; status: string }) {
  const t = useT();
  return (
    <Tag color={table[status]?.color} data-testid="record-status" data-status={status}>
      {labelOf(table, status, t)}
    </Tag>
  );
}

/** Every recorded step, oldest first: what, who, when (in the school's zone), and the comment or reason. */
export function StepsTimeline({ steps, people, zone }: { steps: readonly StepRecord[]; people: KnownPeople; zone: string }) {
  const t = useT();
  const items = timelineEntries(steps, people, zone, t).map((entry) => ({
    key: entry.key,
    color: entry.color,
    content: (
      <div data-testid="step">
        <Typography.Text strong>{entry.title}</Typography.Text>
        <div>
          <Typography.Text type="secondary">
            {entry.who} · {entry.when}
          </Typography.Text>
        </div>
        {entry.comment && <div style={{ whiteSpace: 'pre-wrap' }}>{entry.comment}</div>}
      </div>
    ),
  }));
  return (
    <div data-testid="steps-timeline">
      <Timeline items={items} />
    </div>
  );
}

/**
 * The remaining budget of the school's lines for the year, when the viewer reads the school's
 * books (others are not asked: the graph would refuse). `lines` undefined while unknown.
 */
export function useBudgetLines(schoolId: string | undefined, zone: string, readsBooks: boolean) {
  const { data, loading, error } = useQuery(WorkflowBudgetRoomQuery, {
    variables: { fiscalYear: currentFiscalYear(zone), schoolId: schoolId ?? '' },
    skip: !schoolId || !readsBooks,
    fetchPolicy: 'cache-and-network',
  });
  return { lines: data?.budgetExecution, loading, error, fiscalYear: currentFiscalYear(zone) };
}

/**
 * The room left as the form is typed: per category, what is left of its line minus this form's
 * total, red when the form would overrun it (refused under a BLOCK policy, warned under WARN).
 */
export function BudgetRoomText({
  rooms,
  known,
  total,
  incomplete,
  categoryName,
  policyOf,
}: {
  rooms: readonly BudgetRoom[];
  /** False when the viewer does not read the school's budget: only the total is shown. */
  known: boolean;
  total: number;
  incomplete: boolean;
  categoryName(id: string): string;
  policyOf(id: string): string | undefined;
}) {
  const t = useT();
  const overrun = known && rooms.some((r) => r.overrun);
  return (
    <Alert
      data-testid="budget-room"
      data-overrun={overrun ? 'true' : 'false'}
      type={overrun ? 'error' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      title={
        <span>
          {t('本单合计', 'Total')} <strong style={{ fontVariantNumeric: 'tabular-nums' }}>{formatYuan(total)}</strong>
          {incomplete && <Typography.Text type="secondary">{t('（有未填完的行）', ' (some lines incomplete)')}</Typography.Text>}
        </span>
      }
      description={
        !known ? (
          t('预算余额仅财务人员可见，提交时系统会检查预算。', 'Only finance staff see the budget; it is checked when you submit.')
        ) : rooms.length === 0 ? (
          t('选择科目后显示预算余额。', 'Choose a category to see its budget room.')
        ) : (
          <div>
            {rooms.map((room) => (
              <div key={room.categoryId} style={{ color: room.overrun ? '#cf1322' : undefined }}>
                {categoryName(room.categoryId)}：
                {room.remainingFen === null
                  ? t('本年度未下达预算', 'no budget this year')
                  : t(`预算余额 ${formatYuan(room.remainingFen)}`, `remaining ${formatYuan(room.remainingFen)}`)}
                {t(`，提交后剩余 `, `, after this `)}
                <strong style={{ fontVariantNumeric: 'tabular-nums' }}>{formatYuan(room.roomFen)}</strong>
                {room.overrun &&
                  (policyOf(room.categoryId) === 'BLOCK'
                    ? t('（超出预算，将被拒绝）', ' (over budget: it will be refused)')
                    : t('（超出预算，将提示超支）', ' (over budget: it will be warned)'))}
              </div>
            ))}
          </div>
        )
      }
    />
  );
}
