import { useMutation } from '@apollo/client/react';
import { Button, Card, Empty, Form, Input, Radio, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import { useRepairRooms } from '../../facilities/repairs/lookups';
import { roomOptionText } from '../../facilities/storeroom/storeroom';
import type { HazardLevel } from '../../graphql/graphql';
import { useGraphForm } from '../../shared/components/GraphForm';
import { labelOf } from '../../shared/labels';
import { SchoolPicker, useSchoolParam } from '../../shared/school-picker';
import { HAZARD_LEVEL } from './labels';
import { SafetyReportHazardMutation } from './operations';

interface ReportValues {
  roomId?: string;
  location?: string;
  title?: string;
  description?: string;
  level?: HazardLevel;
}

/**
 * Report a hazard (隐患上报) as anyone signed in at the school, built for a phone: the room (or the place
 * in words: a gate, the playground), what is wrong and how serious. The report is the viewer's: they
 * follow it under "I reported"; a major one tells the principal and the district at once.
 */
export default function HazardReportPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { schoolId, setSchoolId } = useSchoolParam();
  const { rooms, loading } = useRepairRooms(schoolId);
  const [form] = Form.useForm<ReportValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [report] = useMutation(SafetyReportHazardMutation);
  const withCampus = useMemo(() => new Set(rooms.map((r) => r.campus?.name)).size > 1, [rooms]);

  if (!schoolId)
    return (
      <Card title={t('上报隐患', 'Report a hazard')}>
        <SchoolPicker value={schoolId} onChange={setSchoolId} />
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
            location: values.location?.trim() || null,
            title: values.title?.trim() ?? '',
            description: values.description?.trim() ?? '',
            level: values.level ?? null,
            photoRefs: [],
          },
        },
      }),
    );
    if (result?.data) void navigate(`/safety/hazards/${result.data.reportHazard.id}`);
  }

  return (
    <Card title={t('上报隐患', 'Report a hazard')} styles={{ body: { maxWidth: 560 } }}>
      <SchoolPicker value={schoolId} onChange={setSchoolId} />
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ roomId: params.get('room') ?? undefined, level: 'GENERAL' }}>
        {alert}
        <Form.Item name="roomId" label={t('房间', 'Room')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('搜索：楼、房间号或名称', 'Search a building, number or name')}
            options={rooms.map((r) => ({ value: r.id, label: roomOptionText(r, withCampus) }))}
            loading={loading}
            data-testid="hazard-room-select"
          />
        </Form.Item>
        <Form.Item name="location" label={t('或者：位置描述', 'Or: where, in words')}>
          <Input maxLength={200} placeholder={t('例如：东门、操场北侧围墙', 'e.g. the east gate')} data-testid="hazard-location" />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('什么隐患', 'What is wrong')}
          rules={[{ required: true, whitespace: true, message: t('请用一句话说明', 'Say it in a line') }]}
        >
          <Input
            maxLength={200}
            placeholder={t('例如：二楼消防通道堆放杂物', 'e.g. Boxes block the fire exit')}
            data-testid="hazard-title-input"
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('详细情况', 'Details')}
          rules={[{ required: true, whitespace: true, message: t('请描述一下情况', 'Describe it') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} showCount data-testid="hazard-description" />
        </Form.Item>
        <Form.Item name="level" label={t('等级', 'Level')}>
          <Radio.Group
            optionType="button"
            options={Object.keys(HAZARD_LEVEL).map((l) => ({ value: l, label: labelOf(HAZARD_LEVEL, l, t) }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={submitting} data-testid="hazard-submit">
          {t('提交', 'Send the report')}
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('重大隐患会立即通知校长和区教育局。', 'A major hazard is told to the principal and the district at once.')}
        </Typography.Paragraph>
      </Form>
    </Card>
  );
}
