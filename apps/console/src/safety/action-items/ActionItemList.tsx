import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../app/language';
import { labelOf } from '../../shared/labels';
import { type ActionDraft, MAX_ACTION_ITEMS } from './action-items';
import { ACTION_KIND } from './labels';

/**
 * The rows of a form's action items (落实事项): what is to be done, its owner, its deadline, removed
 * row by row, added up to the most the graph takes (ActionItemInput). A meeting's decisions and an
 * incident's corrective and preventive actions are both these rows; an incident's also have a kind.
 */
export function ActionItemList({
  name,
  testId,
  staffOptions,
  loading,
  newRow,
  addLabel,
  placeholder,
  withKind = false,
  atLeastOne = false,
  deadline = {},
}: {
  /** The form list's field name (the mutation input's list). */
  name: string;
  /** The rows' test ids start with it: `${testId}`, `${testId}-description`, `-owner`, `-deadline`, `-remove`, `-add`. */
  testId: string;
  staffOptions: { value: string; label: string }[];
  loading: boolean;
  /** What an added row starts with (its deadline, its kind). */
  newRow: () => ActionDraft;
  addLabel: string;
  /** What the description asks for, e.g. 措施 or 做什么. */
  placeholder: string;
  /** Each row chooses corrective or preventive (纠正/预防措施). */
  withKind?: boolean;
  /** An empty list is refused beside the list. */
  atLeastOne?: boolean;
  /** The deadline's own rules beyond "given" (and the fields they read), and the days not to offer. */
  deadline?: { rules?: FormRule[]; dependencies?: string[]; disabledDate?: (day: Dayjs) => boolean };
}) {
  const t = useT();
  const listRules = atLeastOne
    ? [
        {
          validator: (_: unknown, rows: unknown[] | undefined) =>
            (rows?.length ?? 0) >= 1 ? Promise.resolve() : Promise.reject(new Error(t('至少一项措施', 'Give at least one action'))),
        },
      ]
    : undefined;
  return (
    <Form.List name={name} rules={listRules}>
      {(fields, { add, remove }, { errors }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {fields.map((field) => (
            <Space key={field.key} align="start" wrap data-testid={testId}>
              {withKind && (
                <Form.Item name={[field.name, 'kind']}>
                  <Select
                    style={{ width: 120 }}
                    options={['CORRECTIVE', 'PREVENTIVE'].map((key) => ({ value: key, label: labelOf(ACTION_KIND, key, t) }))}
                    data-testid={`${testId}-kind`}
                  />
                </Form.Item>
              )}
              <Form.Item
                name={[field.name, 'description']}
                style={{ minWidth: 240 }}
                rules={[{ required: true, whitespace: true, message: t('请填写做什么', 'Say what is to be done') }]}
              >
                <Input maxLength={500} placeholder={placeholder} data-testid={`${testId}-description`} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'ownerStaffId']}
                style={{ minWidth: 160 }}
                rules={[{ required: true, message: t('请选择责任人', 'Choose the owner') }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={loading}
                  placeholder={t('责任人', 'Owner')}
                  options={staffOptions}
                  data-testid={`${testId}-owner`}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'deadline']}
                dependencies={deadline.dependencies}
                rules={[{ required: true, message: t('请选择期限', 'Give the deadline') }, ...(deadline.rules ?? [])]}
              >
                <DatePicker placeholder={t('期限', 'Deadline')} disabledDate={deadline.disabledDate} data-testid={`${testId}-deadline`} />
              </Form.Item>
              <Button onClick={() => remove(field.name)} data-testid={`${testId}-remove`}>
                {t('删除', 'Remove')}
              </Button>
            </Space>
          ))}
          <Button onClick={() => add(newRow())} disabled={fields.length >= MAX_ACTION_ITEMS} data-testid={`${testId}-add`}>
            {addLabel}
          </Button>
          <Form.ErrorList errors={errors} />
        </Space>
      )}
    </Form.List>
  );
}
