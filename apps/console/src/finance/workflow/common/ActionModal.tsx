import { App, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../app/language';
import { useGraphForm } from '../../../shared/components/GraphForm';
import { hasCode } from '../../../shared/graph-errors';

/**
 * One workflow step as a small modal form (approve, reject, order, receive, pay …). The fields are
 * named like the mutation's input, so a BAD_USER_INPUT shows under its field; anything else (a
 * CONFLICT when someone acted first, FORBIDDEN) shows as an alert, and a CONFLICT refetches the
 * record so the page shows where it stands now. After a success the record is refetched too.
 */
export function ActionModal<Values extends object>({
  open,
  title,
  initialValues,
  onClose,
  run,
  refetch,
  okText,
  danger,
  width,
  children,
}: {
  open: boolean;
  title: string;
  initialValues: Values;
  onClose(): void;
  /** Sends the mutation with the form's values; throws the graph's error. */
  run(values: Values): Promise<unknown>;
  refetch(): unknown;
  okText?: string;
  danger?: boolean;
  width?: number;
  children: ReactNode;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submit, submitting, alert } = useGraphForm(form);

  async function confirm() {
    const valid = await form.validateFields().then(
      () => true,
      () => false,
    );
    if (!valid) return;
    // The whole store, not only the fields shown: hidden values (a line's id) stay in the input
    const values = form.getFieldsValue(true) as Values;
    const done = await submit(async () => {
      try {
        await run({ ...initialValues, ...values });
        return true;
      } catch (error) {
        if (hasCode(error, 'CONFLICT')) void refetch();
        throw error;
      }
    });
    if (!done) return;
    void message.success(t('已提交', 'Done'));
    onClose();
    void refetch();
  }

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => void confirm()}
      okText={okText ?? t('确定', 'Confirm')}
      cancelText={t('取消', 'Cancel')}
      okButtonProps={{ loading: submitting, danger, ...{ 'data-testid': 'action-confirm' } }}
      destroyOnHidden
      width={width}
    >
      {alert}
      <Form form={form} layout="vertical" initialValues={initialValues}>
        {children}
      </Form>
    </Modal>
  );
}
