import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../app/language';
import { useGraphForm } from '../../shared/components/GraphForm';
import { labelOf } from '../../shared/labels';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { CONSUMABLE_UNIT } from './labels';
import { useStoreLookups } from './lookups';
import { FacilitiesRequestRequisitionMutation, FacilitiesStoreDepartmentsQuery } from './operations';
import { requisitionLines, roomOptionText } from './storeroom';

interface RequisitionValues {
  roomId?: string;
  departmentId?: string;
  lines: { itemId?: string; quantity?: number | null }[];
  purpose?: string;
}

/**
 * Ask for consumables (领用申请), built for a phone: for one of the school's rooms (searched by
 * building, number or name: "三年级2班", "302") or for a department, one or more items and quantities.
 */
export default function RequisitionNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const lookups = useStoreLookups(schoolId, true);
  const departments = useQuery(FacilitiesStoreDepartmentsQuery, { variables: { schoolId: schoolId ?? '' }, skip: !schoolId });
  const [target, setTarget] = useState<'room' | 'department'>('room');
  const [form] = Form.useForm<RequisitionValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [request] = useMutation(FacilitiesRequestRequisitionMutation);
  const withCampus = useMemo(() => new Set(lookups.rooms.map((r) => r.campus?.name)).size > 1, [lookups.rooms]);
  const itemById = useMemo(() => new Map(lookups.items.map((i) => [i.id, i])), [lookups.items]);
  const lines = Form.useWatch('lines', form) ?? [];

  if (!schoolId)
    return (
      <Card title={t('领用申请', 'Requisition')}>
        <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
        <Empty description={t('请选择学校', 'Choose a school')} />
      </Card>
    );

  async function onFinish(values: RequisitionValues) {
    const merged = requisitionLines(values.lines ?? []);
    if (!merged.length) {
      form.setFields([{ name: ['lines', 0, 'itemId'], errors: [t('请至少领用一样物品', 'Ask for at least one item')] }]);
      return;
    }
    const result = await submit(() =>
      request({
        variables: {
          input: {
            schoolId: schoolId!,
            roomId: target === 'room' ? (values.roomId ?? null) : null,
            departmentId: target === 'department' ? (values.departmentId ?? null) : null,
            lines: merged,
            purpose: values.purpose?.trim() || null,
          },
        },
      }),
    );
    if (result?.data) void navigate(`/facilities/requisitions/${result.data.requestRequisition.id}`);
  }

  return (
    <Card title={t('领用申请', 'Requisition')} styles={{ body: { maxWidth: 560 } }}>
      <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ lines: [{ quantity: 1 }] }} disabled={lookups.loading}>
        {alert}
        <Form.Item label={t('领用给', 'For')}>
          <Radio.Group value={target} onChange={(e) => setTarget(e.target.value as 'room' | 'department')} optionType="button">
            <Radio.Button value="room">{t('房间/班级', 'A room')}</Radio.Button>
            <Radio.Button value="department">{t('部门', 'A department')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        {target === 'room' ? (
          <Form.Item name="roomId" label={t('房间', 'Room')} rules={[{ required: true, message: t('请选择房间', 'Choose a room') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('搜索：楼、房间号或名称', 'Search a building, number or name')}
              options={lookups.rooms.map((r) => ({ value: r.id, label: roomOptionText(r, withCampus) }))}
              loading={lookups.loading}
              data-testid="requisition-room"
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="departmentId"
            label={t('部门', 'Department')}
            rules={[{ required: true, message: t('请选择部门', 'Choose a department') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={(departments.data?.departments.nodes ?? []).map((d) => ({ value: d.id, label: d.name }))}
              data-testid="requisition-department"
            />
          </Form.Item>
        )}
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => {
                const item = itemById.get(lines[i]?.itemId ?? '');
                return (
                  <Space key={field.key} align="start" style={{ display: 'flex', width: '100%' }} size={8}>
                    <Form.Item
                      name={[field.name, 'itemId']}
                      label={i === 0 ? t('物品', 'Item') : undefined}
                      style={{ flex: 1, minWidth: 0 }}
                    >
                      <Select
                        showSearch={{ optionFilterProp: 'label' }}
                        style={{ width: '100%' }}
                        placeholder={t('搜索物品', 'Search an item')}
                        options={lookups.items.map((it) => ({ value: it.id, label: it.name }))}
                        data-testid="requisition-item"
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'quantity']}
                      label={i === 0 ? t('数量', 'Qty') : undefined}
                      extra={item ? labelOf(CONSUMABLE_UNIT, item.unit, t) : undefined}
                    >
                      <InputNumber min={1} precision={0} style={{ width: 84 }} inputMode="numeric" data-testid="requisition-quantity" />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button
                        type="text"
                        onClick={() => remove(field.name)}
                        style={{ marginTop: i === 0 ? 30 : 0 }}
                        aria-label={t('删除', 'Remove')}
                      >
                        ✕
                      </Button>
                    )}
                  </Space>
                );
              })}
              <Button block onClick={() => add({ quantity: 1 })} style={{ marginBottom: 16 }} data-testid="requisition-add-line">
                {t('再加一样', 'Add an item')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="purpose" label={t('用途', 'Purpose')}>
          <Input.TextArea autoSize={{ minRows: 1 }} maxLength={500} data-testid="requisition-purpose" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={submitting} data-testid="requisition-submit">
          {t('提交领用', 'Send')}
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t(
            '金额超过学区规定的需总务主任审批，其余由保管员直接发放。',
            'Above the district’s limit the director approves first; the rest go straight to the storekeeper.',
          )}
        </Typography.Paragraph>
      </Form>
    </Card>
  );
}
