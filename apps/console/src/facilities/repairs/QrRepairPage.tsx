import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Checkbox, Form, Input, Result, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useLanguage, useT } from '../../app/language';
import { DateTime } from '../../shared/components/DateTime';
import { useGraphForm } from '../../shared/components/GraphForm';
import { labelOf } from '../../shared/labels';
import { WORK_ORDER_CATEGORY, WORK_ORDER_STATUS } from './labels';
import { FacilitiesReportRepairByQrMutation } from './operations';
import { qrReportInput, repairStatusLink, repairStatusPath, type QrReportValues } from './repairs';

/**
 * The repair form a room's QR label opens on a phone (扫码报修), for anyone and without signing in:
 * what is wrong, its kind, whether it is a safety matter or urgent, and an optional name and phone.
 * Only the anonymous reportRepairByQr; the room is known to the graph by the code in the link, and
 * nothing here names it. The answer's status link is shown once, to keep: it is the only way back.
 */
export default function QrRepairPage() {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  const { code = '' } = useParams();
  const [form] = Form.useForm<QrReportValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [report] = useMutation(FacilitiesReportRepairByQrMutation);
  const [receipt, setReceipt] = useState<{ statusToken: string; status: string; dueAt: string } | null>(null);

  async function onFinish(values: QrReportValues) {
    const result = await submit(() => report({ variables: { input: qrReportInput(code, values) } }));
    if (result?.data) setReceipt(result.data.reportRepairByQr);
  }

  return (
    <div style={{ maxWidth: 520, margin: '0 auto', padding: 12 }} data-testid="qr-repair">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('报修', 'Report a repair')}
        </Typography.Title>
        <Button size="small" type="text" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
          {language === 'zh' ? 'English' : '中文'}
        </Button>
      </Space>
      {receipt ? (
        <Receipt receipt={receipt} />
      ) : (
        <Card size="small">
          <Typography.Paragraph type="secondary">
            {t(
              '您扫描的是这个房间的报修二维码，无需登录。请说明哪里坏了，后勤会尽快处理。',
              'This is the repair code of this room; no sign-in needed. Say what is broken and the general-affairs office will see to it.',
            )}
          </Typography.Paragraph>
          <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ category: 'OTHER', safety: false, urgent: false }}>
            {alert}
            <Form.Item
              name="title"
              label={t('哪里坏了', 'What is wrong')}
              rules={[{ required: true, whitespace: true, message: t('请用一句话说明', 'Say it in a line') }]}
            >
              <Input
                maxLength={200}
                placeholder={t('例如：水龙头漏水', 'e.g. The tap is leaking')}
                size="large"
                data-testid="qr-repair-title"
              />
            </Form.Item>
            <Form.Item
              name="description"
              label={t('详细情况', 'Details')}
              rules={[{ required: true, whitespace: true, message: t('请描述一下情况', 'Describe the problem') }]}
            >
              <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} showCount data-testid="qr-repair-description" />
            </Form.Item>
            <Form.Item name="category" label={t('类别', 'Kind')}>
              <Select
                size="large"
                options={Object.keys(WORK_ORDER_CATEGORY).map((c) => ({ value: c, label: labelOf(WORK_ORDER_CATEGORY, c, t) }))}
                data-testid="qr-repair-category"
              />
            </Form.Item>
            <Form.Item name="safety" valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox data-testid="qr-repair-safety">
                {t(
                  '安全隐患（漏电、松动、可能伤人）：当天处理',
                  'A safety matter (exposed wiring, loose parts, could hurt someone): fixed today',
                )}
              </Checkbox>
            </Form.Item>
            <Form.Item name="urgent" valuePropName="checked">
              <Checkbox data-testid="qr-repair-urgent">{t('紧急：24 小时内处理', 'Urgent: within 24 hours')}</Checkbox>
            </Form.Item>
            <Form.Item name="name" label={t('您的姓名（选填）', 'Your name (optional)')}>
              <Input maxLength={60} autoComplete="name" data-testid="qr-repair-name" />
            </Form.Item>
            <Form.Item name="phone" label={t('联系电话（选填）', 'Phone (optional)')}>
              <Input maxLength={30} inputMode="tel" autoComplete="tel" data-testid="qr-repair-phone" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={submitting} data-testid="qr-repair-submit">
              {t('提交报修', 'Send the report')}
            </Button>
          </Form>
        </Card>
      )}
    </div>
  );
}

/** The answer: the status link, prominent, with the advice to keep it. */
function Receipt({ receipt }: { receipt: { statusToken: string; status: string; dueAt: string } }) {
  const t = useT();
  const path = repairStatusPath(receipt.statusToken);
  const link = repairStatusLink(window.location.origin, receipt.statusToken);
  return (
    <Result
      status="success"
      title={t('报修已提交', 'Your report is in')}
      subTitle={
        <span data-testid="qr-repair-receipt" data-status={receipt.status}>
          {labelOf(WORK_ORDER_STATUS, receipt.status, t)} · {t('预计处理期限', 'To be repaired by')} <DateTime value={receipt.dueAt} />
        </span>
      }
      extra={
        <Space orientation="vertical" size={12} style={{ width: '100%', textAlign: 'left' }}>
          <Alert
            type="warning"
            showIcon
            title={t('请保存下面的进度链接', 'Keep the link below')}
            description={t(
              '这是查看维修进度和修好后评价的唯一方式：请截图、收藏或复制保存。',
              'It is the only way to follow the repair and rate it once done: screenshot, bookmark or copy it.',
            )}
          />
          <Card size="small" title={t('维修进度链接', 'Status link')}>
            <Typography.Paragraph copyable={{ text: link }} style={{ wordBreak: 'break-all', fontSize: 16, marginBottom: 0 }}>
              <Link to={path} data-testid="qr-repair-status-link">
                {link}
              </Link>
            </Typography.Paragraph>
          </Card>
          <Link to={path}>
            <Button type="primary" block size="large" data-testid="qr-repair-open-status">
              {t('查看进度', 'Open the status page')}
            </Button>
          </Link>
        </Space>
      }
    />
  );
}
