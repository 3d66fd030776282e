import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../app/language';
import { graphql } from '../../../graphql';
import { useGraphForm } from '../../../shared/components/GraphForm';
import { FormModal } from '../FormModal';
import { SchoolSelect } from '../SchoolSelect';
import { testIdButton } from '../admin-access';

const CreateCampusMutation = graphql(`
  mutation AdminCreateCampus($input: CreateCampusInput!) {
    createCampus(input: $input) {
      id
      name
      schoolId
    }
  }
`);

const MoveCampusMutation = graphql(`
  mutation AdminMoveCampus($input: MoveCampusInput!) {
    moveCampus(input: $input) {
      id
      schoolId
      school {
        id
        name
      }
    }
  }
`);

interface CampusValues {
  name?: string;
  address?: string;
}

/** A new campus (新建校区) of the school. */
export function CreateCampusModal({ schoolId, onClose, onSaved }: { schoolId: string; onClose(): void; onSaved(): void }) {
  const t = useT();
  const [form] = Form.useForm<CampusValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [createCampus] = useMutation(CreateCampusMutation);
  async function save(values: CampusValues) {
    const result = await submit(() =>
      createCampus({ variables: { input: { schoolId, name: (values.name ?? '').trim(), address: values.address?.trim() || null } } }),
    );
    if (result?.data) onSaved();
  }
  return (
    <FormModal<CampusValues>
      title={t('新建校区', 'New campus')}
      open
      form={form}
      onCancel={onClose}
      onFinish={save}
      submitting={submitting}
      alert={alert}
      testId="campus-form"
    >
      <Form.Item
        name="name"
        label={t('校区名称', 'Name')}
        rules={[{ required: true, whitespace: true, message: t('请输入名称', 'Enter the name') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="address" label={t('地址', 'Address')}>
        <Input maxLength={300} />
      </Form.Item>
    </FormModal>
  );
}

interface MoveValues {
  toSchoolId?: string;
  effectiveOn?: Dayjs;
  reason?: string;
}

/**
 * Move a campus to another school (校区划转), e.g. after a merger: the school taking it over, the first
 * day under it (the merger date) and why. Asked once more before it is sent: the history keeps the move.
 */
export function MoveCampusModal({
  campus,
  fromSchoolId,
  onClose,
  onSaved,
}: {
  campus: { id: string; name: string };
  fromSchoolId: string;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  const { modal } = App.useApp();
  const [form] = Form.useForm<MoveValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [moveCampus] = useMutation(MoveCampusMutation);

  function confirmMove(values: MoveValues) {
    const effectiveOn = values.effectiveOn!.format('YYYY-MM-DD');
    modal.confirm({
      title: t('确认划转校区？', 'Move the campus?'),
      content: t(
        `「${campus.name}」将自 ${effectiveOn} 起划归所选学校，原归属保留在历史中。`,
        `"${campus.name}" will belong to the chosen school from ${effectiveOn}; the old assignment stays in its history.`,
      ),
      okText: t('确认划转', 'Move'),
      cancelText: t('取消', 'Cancel'),
      okButtonProps: testIdButton('move-campus-confirm'),
      onOk: async () => {
        const result = await submit(() =>
          moveCampus({
            variables: {
              input: { campusId: campus.id, toSchoolId: values.toSchoolId!, effectiveOn, reason: (values.reason ?? '').trim() },
            },
          }),
        );
        if (result?.data) onSaved();
      },
    });
  }

  return (
    <FormModal<MoveValues>
      title={t(`划转校区：${campus.name}`, `Move campus: ${campus.name}`)}
      open
      form={form}
      onCancel={onClose}
      onFinish={confirmMove}
      submitting={submitting}
      alert={alert}
      okText={t('划转', 'Move')}
      testId="move-campus-form"
    >
      <Form.Item
        name="toSchoolId"
        label={t('划入学校', 'To school')}
        rules={[{ required: true, message: t('请选择学校', 'Choose a school') }]}
      >
        <SchoolSelect excludeId={fromSchoolId} />
      </Form.Item>
      <Form.Item
        name="effectiveOn"
        label={t('划转生效日期（合并日期）', 'Effective from (merger date)')}
        extra={t('在新学校的第一天', 'First day under the new school')}
        rules={[{ required: true, message: t('请选择日期', 'Choose the date') }]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('划转原因', 'Reason')}
        extra={t('例如合并文件文号', 'e.g. the merger decision')}
        rules={[{ required: true, whitespace: true, message: t('请填写原因', 'Give the reason') }]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
