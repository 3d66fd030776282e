import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../app/language';

/** The fields of a payment (付款): its date (an open month; today when left empty) and a comment. */
export function PayFields() {
  const t = useT();
  return (
    <>
      <Form.Item name="paidOn" label={t('付款日期', 'Paid on')} extra={t('留空为今天', 'Today when left empty')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="comment" label={t('备注', 'Comment')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
      </Form.Item>
    </>
  );
}

/** The PayInput of the form's values: the date as YYYY-MM-DD. */
export function payInput(id: string, values: { paidOn?: Dayjs | null; comment?: string }) {
  return { id, paidOn: values.paidOn ? values.paidOn.format('YYYY-MM-DD') : null, comment: values.comment?.trim() || null };
}

/** A comment for the record (approve, review). */
export function CommentField({ required = false, name = 'comment' }: { required?: boolean; name?: string }) {
  const t = useT();
  return (
    <Form.Item
      name={name}
      label={required ? t('退回原因', 'Reason') : t('意见', 'Comment')}
      rules={required ? [{ required: true, whitespace: true, message: t('请填写退回原因', 'Say why it is rejected') }] : []}
    >
      <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} data-testid={`action-${name}`} />
    </Form.Item>
  );
}
