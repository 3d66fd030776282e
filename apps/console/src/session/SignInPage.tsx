import { useMutation } from '@apollo/client/react';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../app/language';
import { graphql } from '../graphql';
import { useGraphForm } from '../shared/components/GraphForm';
import { saveSession } from './token-store';

const SignInMutation = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
    }
  }
`);

interface SignInValues {
  username: string;
  password: string;
}

/** Sign in (登录). Shows why the viewer is here when a session ended (expired, signed out, password changed). */
export default function SignInPage() {
  const t = useT();
  const [form] = Form.useForm<SignInValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [login] = useMutation(SignInMutation);
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const reason = params.get('reason');
  const notice =
    reason === 'expired'
      ? t('登录已过期或已被撤销，请重新登录。', 'Your session expired or was revoked. Please sign in again.')
      : reason === 'password-changed'
        ? t('密码已修改，请用新密码登录。', 'Your password was changed. Sign in with the new one.')
        : reason === 'signed-out'
          ? t('您已退出登录。', 'You have signed out.')
          : null;

  async function onFinish(values: SignInValues) {
    const result = await submit(() => login({ variables: { input: values } }));
    const session = result?.data?.login;
    if (!session) return;
    saveSession({ token: session.token, expiresAt: session.expiresAt });
    const from = (location.state as { from?: string } | null)?.from;
    void navigate(from && from !== '/sign-in' ? from : '/', { replace: true });
  }

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          {t('后勤管理平台', 'houqin school logistics')}
        </Typography.Title>
        {notice && (
          <Typography.Paragraph type="warning" data-testid="sign-in-notice">
            {notice}
          </Typography.Paragraph>
        )}
        {alert}
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('用户名', 'Username')}
            rules={[{ required: true, message: t('请输入用户名', 'Enter your username') }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('密码', 'Password')}
            rules={[{ required: true, message: t('请输入密码', 'Enter your password') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('登录', 'Sign in')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
