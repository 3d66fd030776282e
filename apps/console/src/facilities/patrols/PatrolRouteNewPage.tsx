import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, Form, Input, List, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../app/language';
import { useAccess } from '../../session/access';
import { graphProblems } from '../../shared/graph-errors';
import { useRepairRooms } from '../repairs/lookups';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { roomOptionText, roomText } from '../storeroom/storeroom';
import { FacilitiesCreatePatrolRouteMutation } from './operations';
import { moveRoom, routeInputProblems } from './patrols';

interface RouteValues {
  name: string;
  windowStart: string;
  windowEnd: string;
  roomIds: string[];
}

/**
 * A new patrol route (巡视路线, the director): its name, the daily window it is walked in, and 2–50 rooms
 * of the school in walking order — picked one after another, then moved up or down. A room of another
 * school or a bad window comes back from the graph as BAD_USER_INPUT and is shown where it belongs.
 */
export default function PatrolRouteNewPage() {
  const t = useT();
  const access = useAccess();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const { rooms, loading } = useRepairRooms(schoolId);
  const withCampus = new Set(rooms.map((r) => r.campus?.name)).size > 1;
  const byId = useMemo(() => new Map(rooms.map((r) => [r.id, r])), [rooms]);
  const [form] = Form.useForm<RouteValues>();
  const roomIds = (Form.useWatch('roomIds', form) as string[] | undefined) ?? [];
  const [create, creating] = useMutation(FacilitiesCreatePatrolRouteMutation);
  const [general, setGeneral] = useState<string[]>([]);

  if (!schoolId)
    return (
      <Card title={t('新建巡视路线', 'New patrol route')}>
        <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
        <Empty description={t('请选择学校', 'Choose a school')} />
      </Card>
    );

  async function submit() {
    const valid = await form.validateFields().then(
      () => true,
      () => false,
    );
    if (!valid) return;
    const values = form.getFieldsValue(true) as RouteValues;
    setGeneral([]);
    try {
      await create({
        variables: {
          input: {
            schoolId: schoolId!,
            name: values.name.trim(),
            windowStart: values.windowStart,
            windowEnd: values.windowEnd,
            roomIds: values.roomIds,
          },
        },
      });
      void message.success(t('巡视路线已建立', 'Route created'));
      void navigate(`/facilities/patrols?school=${encodeURIComponent(schoolId!)}`);
    } catch (error) {
      const { fields, general: rest } = routeInputProblems(graphProblems(error), (index) => roomText(byId.get(values.roomIds[index])), t);
      form.setFields(fields.map((f) => ({ name: f.name as never, errors: f.errors })));
      setGeneral(rest);
    }
  }

  return (
    <Card title={t('新建巡视路线', 'New patrol route')} style={{ maxWidth: 720 }}>
      <Form<RouteValues>
        form={form}
        layout="vertical"
        initialValues={{ name: '', windowStart: '17:30', windowEnd: '19:00', roomIds: [] }}
        disabled={!access.can('createPatrolRoute', schoolId)}
      >
        <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
        <Form.Item
          name="name"
          label={t('路线名称', 'Name')}
          rules={[{ required: true, whitespace: true, message: t('请填写名称', 'Name it') }]}
        >
          <Input
            maxLength={100}
            placeholder={t('如：教学楼晚间巡查', 'e.g. evening round of the teaching block')}
            data-testid="route-name"
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="windowStart" label={t('开始时间', 'From')} rules={[{ required: true, message: t('请填写时间', 'Give a time') }]}>
            <Input type="time" data-testid="route-window-start" />
          </Form.Item>
          <Form.Item name="windowEnd" label={t('结束时间', 'To')} rules={[{ required: true, message: t('请填写时间', 'Give a time') }]}>
            <Input type="time" data-testid="route-window-end" />
          </Form.Item>
        </Space>
        <Form.Item
          name="roomIds"
          label={t('巡视点（按巡视顺序选择 2–50 个房间）', 'Checkpoints (2–50 rooms, in walking order)')}
          rules={[
            {
              type: 'array',
              min: 2,
              max: 50,
              required: true,
              message: t('请选择 2 到 50 个房间', 'Choose 2 to 50 rooms'),
            },
          ]}
        >
          <Select
            mode="multiple"
            maxCount={50}
            loading={loading}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('输入房间号或名称搜索', 'Search by number or name')}
            options={rooms.map((r) => ({ value: r.id, label: roomOptionText(r, withCampus) }))}
            data-testid="route-rooms"
          />
        </Form.Item>
        {roomIds.length > 0 && (
          <List
            size="small"
            bordered
            style={{ marginBottom: 16 }}
            header={<Typography.Text type="secondary">{t('巡视顺序', 'Walking order')}</Typography.Text>}
            dataSource={roomIds}
            data-testid="route-order"
            renderItem={(id, index) => (
              <List.Item
                key={id}
                data-testid="route-order-item"
                actions={[
                  <Button
                    key="up"
                    size="small"
                    disabled={index === 0}
                    onClick={() => form.setFieldValue('roomIds', moveRoom(roomIds, index, -1))}
                  >
                    ↑
                  </Button>,
                  <Button
                    key="down"
                    size="small"
                    disabled={index === roomIds.length - 1}
                    onClick={() => form.setFieldValue('roomIds', moveRoom(roomIds, index, 1))}
                  >
                    ↓
                  </Button>,
                ]}
              >
                {index + 1}. {roomText(byId.get(id))}
              </List.Item>
            )}
          />
        )}
        {general.length > 0 && (
          <Alert type="error" showIcon style={{ marginBottom: 16 }} title={general.join(' ')} data-testid="form-error" />
        )}
        <Button type="primary" loading={creating.loading} onClick={() => void submit()} data-testid="route-submit">
          {t('建立路线', 'Create the route')}
        </Button>
      </Form>
    </Card>
  );
}
