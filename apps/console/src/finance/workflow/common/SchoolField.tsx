import { Form, Select, Typography } from 'antd';
import { useT } from '../../../app/language';
import type { SchoolOption } from './useWorkflowContext';

/** The school a request or claim is filed at: a picker for a viewer of several schools, else just the name. */
export function SchoolField({ schools }: { schools: readonly SchoolOption[] }) {
  const t = useT();
  if (schools.length <= 1)
    return (
      <Form.Item label={t('学校', 'School')}>
        <Form.Item name="schoolId" hidden>
          <input />
        </Form.Item>
        <Typography.Text>{schools[0]?.name ?? '—'}</Typography.Text>
      </Form.Item>
    );
  return (
    <Form.Item name="schoolId" label={t('学校', 'School')} rules={[{ required: true, message: t('请选择学校', 'Choose the school') }]}>
      <Select options={schools.map((s) => ({ value: s.id, label: s.name }))} placeholder={t('选择学校', 'Choose the school')} />
    </Form.Item>
  );
}
