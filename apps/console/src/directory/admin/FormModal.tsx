import { Form, Modal, type FormInstance } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useT } from '../../app/language';
import { testIdButton } from './admin-access';

/**
 * A form in a dialog, as every create/edit of the administration pages uses it: OK submits the form
 * (its own rules first), the graph's field errors land under the fields, the rest in `alert`.
 */
export function FormModal<Values extends object>({
  title,
  open,
  form,
  onCancel,
  onFinish,
  submitting,
  alert,
  okText,
  initialValues,
  testId,
  children,
}: {
  title: ReactNode;
  open: boolean;
  form: FormInstance<Values>;
  onCancel(): void;
  onFinish(values: Values): unknown;
  submitting: boolean;
  alert: ReactNode;
  okText?: string;
  initialValues?: Partial<Values>;
  testId?: string;
  children: ReactNode;
}) {
  const t = useT();
  // The form stays mounted (so its instance is always connected); each opening starts from the record as read.
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okText={okText ?? t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      confirmLoading={submitting}
      forceRender
      okButtonProps={testIdButton(testId ? `${testId}-submit` : undefined)}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} data-testid={testId}>
        {alert}
        {children}
      </Form>
    </Modal>
  );
}
