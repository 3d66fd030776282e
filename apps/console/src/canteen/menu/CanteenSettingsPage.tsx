import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useLanguage, useT } from '../../app/language';
import { graphql } from '../../graphql';
import type { IngredientCategory } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { useGraphForm } from '../../shared/components/GraphForm';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { CATEGORY_LABELS, labelOf } from './menu-helpers';

const CanteenSettingsQuery = graphql(`
  query CanteenSettings {
    canteenSettings {
      districtId
      bulkStapleCategories
      sampleMinGrams
      sampleKeepHours
      certificateNoticeDays
      breakfastEndsAt
      lunchEndsAt
      dinnerEndsAt
      version
      updatedAt
    }
  }
`);

const CanteenUpdateSettingsMutation = graphql(`
  mutation CanteenUpdateSettings($input: UpdateCanteenSettingsInput!) {
    updateCanteenSettings(input: $input) {
      districtId
      bulkStapleCategories
      sampleMinGrams
      sampleKeepHours
      certificateNoticeDays
      breakfastEndsAt
      lunchEndsAt
      dinnerEndsAt
      version
      updatedAt
    }
  }
`);

interface SettingsValues {
  bulkStapleCategories: IngredientCategory[];
  sampleMinGrams: number;
  sampleKeepHours: number;
  certificateNoticeDays: number;
  breakfastEndsAt: string;
  lunchEndsAt: string;
  dinnerEndsAt: string;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The district's canteen settings (食堂设置): bulk staples, food samples, certificate notice, meal end times; district administrators change them. */
export default function CanteenSettingsPage() {
  const t = useT();
  const { language } = useLanguage();
  const access = useAccess();
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(CanteenSettingsQuery);
  const [form] = Form.useForm<SettingsValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [update] = useMutation(CanteenUpdateSettingsMutation);
  const settings = data?.canteenSettings;
  const mayChange = access.can('updateCanteenSettings');

  useEffect(() => {
    if (settings) form.setFieldsValue({ ...settings, bulkStapleCategories: [...settings.bulkStapleCategories] });
  }, [settings, form]);

  async function onFinish(values: SettingsValues) {
    if (!settings) return;
    const result = await submit(() => update({ variables: { input: { ...values, version: settings.version } } }));
    if (result?.data) void message.success(t('已保存设置', 'Settings saved'));
  }

  if (error) return <GraphErrorResult error={error} />;
  if (loading && !settings) return <Skeleton active />;
  const time = { pattern: HH_MM, message: t('格式 HH:MM', 'HH:MM') };
  const required = { required: true, message: t('必填', 'Required') };
  return (
    <Card title={t('食堂设置', 'Canteen settings')} style={{ maxWidth: 900 }}>
      <Typography.Paragraph type="secondary">
        {settings?.version ? (
          <>
            {t('最近修改', 'Last changed')} <DateTime value={settings.updatedAt} />
          </>
        ) : (
          t('当前使用国家默认值。', 'The national defaults apply.')
        )}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" disabled={!mayChange} onFinish={(v) => void onFinish(v)}>
        <Form.Item name="bulkStapleCategories" label={t('大宗食品类别（需双人验收）', 'Bulk staples (second inspector)')}>
          <Select
            mode="multiple"
            options={Object.keys(CATEGORY_LABELS).map((value) => ({ value, label: labelOf(CATEGORY_LABELS, value, language) }))}
            data-testid="settings-bulk"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="sampleMinGrams" label={t('留样最少克数', 'Least sample weight (g)')} rules={[required]}>
              <InputNumber min={125} max={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="sampleKeepHours" label={t('留样保存小时数', 'Sample keeping (hours)')} rules={[required]}>
              <InputNumber min={48} max={720} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="certificateNoticeDays" label={t('健康证到期提前提醒天数', 'Certificate notice (days)')} rules={[required]}>
              <InputNumber min={1} max={180} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="breakfastEndsAt" label={t('早餐结束时间', 'Breakfast ends')} rules={[required, time]}>
              <Input placeholder="08:30" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="lunchEndsAt" label={t('午餐结束时间', 'Lunch ends')} rules={[required, time]}>
              <Input placeholder="13:00" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="dinnerEndsAt" label={t('晚餐结束时间', 'Dinner ends')} rules={[required, time]}>
              <Input placeholder="19:00" />
            </Form.Item>
          </Col>
        </Row>
        {alert}
        {mayChange ? (
          <Button type="primary" htmlType="submit" loading={submitting} data-testid="settings-save">
            {t('保存', 'Save')}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
}
