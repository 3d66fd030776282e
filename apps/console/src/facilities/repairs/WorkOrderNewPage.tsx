import { useMutation } from '@apollo/client/react';
import { Button, Card, Checkbox, Empty, Form, Input, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { WorkOrderCategory } from '../../graphql/graphql';
import { useGraphForm } from '../../shared/components/GraphForm';
import { labelOf } from '../../shared/labels';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { roomOptionText } from '../storeroom/storeroom';
import { WORK_ORDER_CATEGORY } from './labels';
import { useRepairRooms } from './lookups';
import { FacilitiesReportWorkOrderMutation } from './operations';

interface ReportValues {
  roomId?: string;
  title?: string;
  description?: string;
  category?: string;
  safety?: boolean;
  urgent?: boolean;
}

/**
 * Report a repair (报修) as a signed-in staff member, built for a phone: the room (prefilled when
 * opened from a room's QR page, `?room=`), what is wrong, its kind, safety and urgency. The report is
 * the viewer's: they follow it in the work orders list and rate it once it is accounted.
 */
export default function WorkOrderNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const { rooms, loading } = useRepairRooms(schoolId);
  const [form] = Form.useForm<ReportValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [report] = useMutation(FacilitiesReportWorkOrderMutation);
  const withCampus = useMemo(() => new Set(rooms.map((r) => r.campus?.name)).size > 1, [rooms]);

  if (!schoolId)
    return (
      <Card title={t('报修', 'Report a repair')}>
        <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
        <Empty description={t('请选择学校', 'Choose a school')} />
      </Card>
    );

  async function onFinish(values: ReportValues) {
    const result = await submit(() =>
      report({
        variables: {
          input: {
            schoolId: schoolId!,
            roomId: values.roomId ?? null,
            title: values.title?.trim() ?? '',
            description: values.description?.trim() ?? '',
            category: (values.category ?? 'OTHER') as WorkOrderCategory,
            safety: !!values.safety,
            urgent: !!values.urgent,
          },
        },
      }),
    );
    if (result?.data) void navigate(`/facilities/work-orders/${result.data.reportWorkOrder.id}`);
  }

  return (
    <Card title={t('报修', 'Report a repair')} styles={{ body: { maxWidth: 560 } }}>
      <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ roomId: params.get('room') ?? undefined, category: 'OTHER', safety: false, urgent: false }}
      >
        {alert}
        <Form.Item name="roomId" label={t('房间', 'Room')} rules={[{ required: true, message: t('请选择房间', 'Choose a room') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('搜索：楼、房间号或名称', 'Search a building, number or name')}
            options={rooms.map((r) => ({ value: r.id, label: roomOptionText(r, withCampus) }))}
            loading={loading}
            data-testid="work-order-room-select"
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('哪里坏了', 'What is wrong')}
          rules={[{ required: true, whitespace: true, message: t('请用一句话说明', 'Say it in a line') }]}
        >
          <Input
            maxLength={200}
            placeholder={t('例如：三年级2班水龙头漏水', 'e.g. The tap in Class 3-2 is leaking')}
            data-testid="work-order-title-input"
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('详细情况', 'Details')}
          rules={[{ required: true, whitespace: true, message: t('请描述一下情况', 'Describe the problem') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} showCount data-testid="work-order-description" />
        </Form.Item>
        <Form.Item name="category" label={t('类别', 'Kind')}>
          <Select
            options={Object.keys(WORK_ORDER_CATEGORY).map((c) => ({ value: c, label: labelOf(WORK_ORDER_CATEGORY, c, t) }))}
            data-testid="work-order-category"
          />
        </Form.Item>
        <Form.Item name="safety" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox data-testid="work-order-safety">{t('安全隐患：当天处理', 'A safety matter: fixed the same school day')}</Checkbox>
        </Form.Item>
        <Form.Item name="urgent" valuePropName="checked">
          <Checkbox data-testid="work-order-urgent">{t('紧急：24 小时内处理', 'Urgent: within 24 hours')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={submitting} data-testid="work-order-submit">
          {t('提交报修', 'Send the report')}
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t(
            '安全隐患当天处理，紧急 24 小时内，其余按学区规定的上学日内处理。',
            'A safety matter is fixed the same school day, an urgent one within 24 hours, the rest within the district’s school days.',
          )}
        </Typography.Paragraph>
      </Form>
    </Card>
  );
}
