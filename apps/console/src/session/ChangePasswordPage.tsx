import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Form, Input } from 'antd';
import { useT } from '../app/language';
import { graphql } from '../graphql';
import { useGraphForm } from '../shared/components/GraphForm';
import { saveSession } from './token-store';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      token
      expiresAt
    }
  }
`);

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Change password (修改密码): the directory ends the account's other sessions and answers a new token, kept here. */
export default function ChangePasswordPage() {
  const t = useT();
  const [form] = Form.useForm<ChangePasswordValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [changePassword] = useMutation(ChangePasswordMutation);
  const { message } = App.useApp();

  async function onFinish({ currentPassword, newPassword }: ChangePasswordValues) {
    const result = await submit(() => changePassword({ variables: { input: { currentPassword, newPassword } } }));
    const session = result?.data?.changePassword;
    if (!session) return;
    saveSession({ token: session.token, expiresAt: session.expiresAt });
    form.resetFields();
    void message.success(t('密码已修改，其他设备上的登录已失效。', 'Password changed; your other sessions have ended.'));
  }

  return (
    <Card title={t('修改密码', 'Change password')} style={{ maxWidth: 480 }}>
      {alert}
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="currentPassword" label={t('当前密码', 'Current password')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('新密码', 'New password')}
          extra={t('至少 10 个字符', 'At least 10 characters')}
          rules={[{ required: true }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('确认新密码', 'Confirm new password')}
          dependencies={['newPassword']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('两次输入的密码不一致', 'The two passwords differ'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('修改密码', 'Change password')}
        </Button>
      </Form>
    </Card>
  );
}
