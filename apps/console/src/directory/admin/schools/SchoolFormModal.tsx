import { useMutation } from '@apollo/client/react';
import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { useLanguage, useT } from '../../../app/language';
import { graphql } from '../../../graphql';
import { useGraphForm } from '../../../shared/components/GraphForm';
import { useConflictReread } from '../admin-action';
import { changedFields } from '../changes';
import { FormModal } from '../FormModal';
import { optionsOf, SCHOOL_KINDS } from '../labels';

const CreateSchoolMutation = graphql(`
  mutation AdminCreateSchool($input: CreateSchoolInput!) {
    createSchool(input: $input) {
      id
      code
      name
      kind
      address
      studentCount
      active
      timeZone
      version
    }
  }
`);

const UpdateSchoolMutation = graphql(`
  mutation AdminUpdateSchool($input: UpdateSchoolInput!) {
    updateSchool(input: $input) {
      id
      name
      kind
      address
      studentCount
      active
      version
      updatedAt
    }
  }
`);

type Kind = keyof typeof SCHOOL_KINDS;

/** The school as the edit form needs it. */
export interface EditableSchool {
  id: string;
  version: number;
  code: string;
  name: string;
  kind: Kind;
  address?: string | null;
  studentCount: number;
  active: boolean;
  timeZone: string;
}

interface SchoolValues {
  code?: string;
  name?: string;
  kind?: Kind;
  address?: string | null;
  studentCount?: number;
  timeZone?: string;
  active?: boolean;
}

/**
 * New school (新建学校) or changes to one (编辑学校): the fields are named as CreateSchoolInput and
 * UpdateSchoolInput name them, so the graph's field errors land under them. An edit sends only what
 * changed, with the version read; a CONFLICT reads the school again.
 */
export function SchoolFormModal({
  school,
  onClose,
  onSaved,
  refetch,
}: {
  school?: EditableSchool;
  onClose(): void;
  onSaved(id: string): void;
  refetch?: () => unknown;
}) {
  const t = useT();
  const { language } = useLanguage();
  const [form] = Form.useForm<SchoolValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const { guard, note } = useConflictReread(refetch);
  const [createSchool] = useMutation(CreateSchoolMutation);
  const [updateSchool] = useMutation(UpdateSchoolMutation);

  async function save(values: SchoolValues) {
    if (!school) {
      const result = await submit(() =>
        createSchool({
          variables: {
            input: {
              code: (values.code ?? '').trim(),
              name: (values.name ?? '').trim(),
              kind: values.kind!,
              address: values.address?.trim() || null,
              studentCount: values.studentCount ?? 0,
              timeZone: values.timeZone?.trim() || null,
            },
          },
        }),
      );
      if (result?.data) onSaved(result.data.createSchool.id);
      return;
    }
    const changes = changedFields<SchoolValues>(school, values, ['address']);
    delete changes.code;
    delete changes.timeZone;
    if (!Object.keys(changes).length) return onClose();
    const result = await submit(() =>
      guard(() => updateSchool({ variables: { input: { id: school.id, version: school.version, ...changes } } })),
    );
    if (result?.data) onSaved(school.id);
  }

  return (
    <FormModal<SchoolValues>
      title={school ? t('编辑学校', 'Edit school') : t('新建学校', 'New school')}
      open
      form={form}
      onCancel={onClose}
      onFinish={save}
      submitting={submitting}
      alert={
        <>
          {note}
          {alert}
        </>
      }
      testId="school-form"
      initialValues={
        school
          ? {
              name: school.name,
              kind: school.kind,
              address: school.address ?? '',
              studentCount: school.studentCount,
              active: school.active,
            }
          : { kind: 'PRIMARY', studentCount: 0 }
      }
    >
      {!school && (
        <Form.Item
          name="code"
          label={t('学校标识码', 'School code')}
          extra={t('10 位数字', '10 digits')}
          rules={[{ required: true, pattern: /^\d{10}$/, message: t('请输入 10 位数字', 'Enter 10 digits') }]}
        >
          <Input maxLength={10} inputMode="numeric" />
        </Form.Item>
      )}
      <Form.Item
        name="name"
        label={t('学校名称', 'Name')}
        rules={[{ required: true, whitespace: true, message: t('请输入名称', 'Enter the name') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="kind" label={t('学校类型', 'Kind')} rules={[{ required: true }]}>
        <Select options={optionsOf(SCHOOL_KINDS, language)} />
      </Form.Item>
      <Form.Item name="address" label={t('地址', 'Address')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="studentCount" label={t('在校生人数', 'Enrolled students')} rules={[{ required: true }]}>
        <InputNumber min={0} max={100000} precision={0} style={{ width: 200 }} />
      </Form.Item>
      {!school && (
        <Form.Item name="timeZone" label={t('时区', 'Time zone')} extra={t('留空则使用学区默认时区', "Blank: the district's zone")}>
          <Input placeholder="Asia/Shanghai" />
        </Form.Item>
      )}
      {school && (
        <Form.Item
          name="active"
          label={t('在用', 'Active')}
          valuePropName="checked"
          extra={t('学校关闭或被合并时关闭此项；历史记录保留。', 'Turn off when the school closes or merges; its history stays.')}
        >
          <Switch />
        </Form.Item>
      )}
    </FormModal>
  );
}
