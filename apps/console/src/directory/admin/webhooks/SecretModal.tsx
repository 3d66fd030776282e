import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { useT } from '../../../app/language';

/**
 * The endpoint's signing secret (签名密钥), shown this once after creating the endpoint or rotating its
 * secret: copy it into the receiver now, it is never shown again (rotate it if lost).
 */
export function SecretModal({ secret, endpointName, onClose }: { secret: string; endpointName: string; onClose(): void }) {
  const t = useT();
  const { message } = App.useApp();
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      void message.success(t('已复制', 'Copied'));
    } catch {
      void message.error(t('无法访问剪贴板，请手动选中复制', 'The clipboard is not available: select the secret and copy it'));
    }
  }
  return (
    <Modal
      open
      title={t(`签名密钥：${endpointName}`, `Signing secret: ${endpointName}`)}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Space>
          <Button onClick={() => void copy()} data-testid="copy-webhook-secret">
            {t('复制密钥', 'Copy secret')}
          </Button>
          <Button type="primary" onClick={onClose} data-testid="webhook-secret-done">
            {t('我已保存', 'I have stored it')}
          </Button>
        </Space>
      }
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={t(
          '密钥只显示这一次，关闭后无法再次查看。请立即保存到接收方；如遗失，请轮换密钥。',
          'The secret is shown this once and cannot be seen again after closing. Store it in the receiver now; if lost, rotate it.',
        )}
      />
      <Typography.Paragraph code style={{ wordBreak: 'break-all', fontSize: 15 }} data-testid="webhook-secret">
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}
