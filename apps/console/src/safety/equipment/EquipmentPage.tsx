import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, DatePicker, Empty, Form, Input, Radio, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useT } from '../../app/language';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import type { EquipmentKind, EquipmentStatus, ExtinguisherType, SafetyEquipmentRowFieldsFragment } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { useSchoolZone } from '../../session/zone';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { PagedTable } from '../../shared/components/PagedTable';
import { formatDate } from '../../shared/dates';
import { labelOf } from '../../shared/labels';
import { useCursorPaging } from '../../shared/paging';
import { SchoolPicker, useSchoolParam } from '../../shared/school-picker';
import { asksPressure, nextDue } from './equipment';
import { EQUIPMENT_KIND, EQUIPMENT_STATUS, EQUIPMENT_STATUS_COLOR, EXTINGUISHER_TYPE } from './labels';
import {
  SafetyCheckEquipmentMutation,
  SafetyEquipmentQuery,
  SafetyRegisterEquipmentMutation,
  SafetyScrapEquipmentMutation,
  SafetyServiceEquipmentMutation,
} from './operations';

type Equipment = SafetyEquipmentRowFieldsFragment;
type Step = { kind: 'CHECK' | 'SERVICE' | 'SCRAP'; equipment: Equipment } | { kind: 'REGISTER' };
const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/**
 * Safety equipment (消防器材台账): a school's extinguishers, hydrants, emergency lights, AEDs and
 * first-aid kits with where each stands today (GB 50444: monthly checks, services, scrap age); the
 * monthly check recorded row by row (a failed one raises a hazard at once), a service, a scrapping,
 * and a new piece registered.
 */
export default function EquipmentPage() {
  const t = useT();
  const access = useAccess();
  const zone = useSchoolZone();
  const { schoolId, setSchoolId } = useSchoolParam();
  const [status, setStatus] = useState<EquipmentStatus | undefined>();
  const [step, setStep] = useState<Step | null>(null);
  const paging = useCursorPaging(50);
  const { reset } = paging;
  useEffect(() => reset(), [schoolId, status, reset]);
  const { data, previousData, loading, error, refetch } = useQuery(SafetyEquipmentQuery, {
    variables: { schoolId: schoolId ?? '', filter: status ? { status } : null, ...paging.variables },
    skip: !schoolId,
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.safetyEquipment;
  const today = formatDate(new Date().toISOString(), zone);
  const mayCheck = !!schoolId && access.can('recordEquipmentCheck', schoolId);
  const mayRegister = !!schoolId && access.can('registerSafetyEquipment', schoolId);

  return (
    <Card
      title={t('消防器材', 'Safety equipment')}
      extra={
        mayRegister && (
          <Button type="primary" onClick={() => setStep({ kind: 'REGISTER' })} data-testid="equipment-register">
            {t('登记器材', 'Register equipment')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <SchoolPicker value={schoolId} onChange={setSchoolId} />
        <Select<EquipmentStatus | ''>
          style={{ minWidth: 160 }}
          value={status ?? ''}
          onChange={(value) => setStatus(value || undefined)}
          data-testid="equipment-status-filter"
          options={[
            { value: '', label: t('全部状态', 'Every status') },
            ...Object.keys(EQUIPMENT_STATUS).map((key) => ({ value: key as EquipmentStatus, label: labelOf(EQUIPMENT_STATUS, key, t) })),
          ]}
        />
      </Space>
      {!schoolId ? (
        <Empty description={t('请选择学校', 'Choose a school')} />
      ) : error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <PagedTable<Equipment>
          data-testid="equipment-table"
          rowKey="id"
          size="small"
          loading={loading}
          page={page}
          paging={paging}
          onRow={(e) => ({ 'data-code': e.code }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { key: 'code', title: t('编号', 'Label'), render: (_, e) => e.code },
            {
              key: 'kind',
              title: t('器材', 'Equipment'),
              render: (_, e) => (
                <Space orientation="vertical" size={0}>
                  {labelOf(EQUIPMENT_KIND, e.kind, t)}
                  {e.extinguisherType && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {labelOf(EXTINGUISHER_TYPE, e.extinguisherType, t)}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            { key: 'location', title: t('位置', 'Where'), render: (_, e) => e.location },
            {
              key: 'status',
              title: t('状态', 'Status'),
              render: (_, e) => (
                <Tag color={EQUIPMENT_STATUS_COLOR[e.status]} data-testid="equipment-status" data-status={e.status}>
                  {labelOf(EQUIPMENT_STATUS, e.status, t)}
                </Tag>
              ),
            },
            { key: 'checked', title: t('上次检查', 'Last check'), render: (_, e) => e.lastCheckedOn ?? '—' },
            {
              key: 'next',
              title: t('下一到期', 'Next due'),
              render: (_, e) => {
                if (e.status === 'SCRAPPED') return '—';
                const next = nextDue(e, today);
                const what = { CHECK: t('检查', 'check'), SERVICE: t('维修', 'service'), EXPIRY: t('报废/过期', 'expiry') }[next.what];
                return (
                  <Typography.Text type={next.past ? 'danger' : undefined}>
                    {next.on}（{what}）
                  </Typography.Text>
                );
              },
            },
            {
              key: 'actions',
              title: '',
              render: (_, e) =>
                mayCheck &&
                e.status !== 'SCRAPPED' && (
                  <Space size={4} wrap>
                    <Button size="small" onClick={() => setStep({ kind: 'CHECK', equipment: e })} data-testid="equipment-check">
                      {t('月检', 'Check')}
                    </Button>
                    <Button size="small" onClick={() => setStep({ kind: 'SERVICE', equipment: e })} data-testid="equipment-service">
                      {t('维修', 'Service')}
                    </Button>
                    {mayRegister && (
                      <Button size="small" danger onClick={() => setStep({ kind: 'SCRAP', equipment: e })} data-testid="equipment-scrap">
                        {t('报废', 'Scrap')}
                      </Button>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      )}
      {step?.kind === 'CHECK' && <CheckModal equipment={step.equipment} onClose={() => setStep(null)} refetch={refetch} />}
      {step?.kind === 'SERVICE' && <ServiceModal equipment={step.equipment} onClose={() => setStep(null)} refetch={refetch} />}
      {step?.kind === 'SCRAP' && <ScrapModal equipment={step.equipment} onClose={() => setStep(null)} refetch={refetch} />}
      {step?.kind === 'REGISTER' && schoolId && <RegisterModal schoolId={schoolId} onClose={() => setStep(null)} refetch={refetch} />}
    </Card>
  );
}

interface ModalProps {
  equipment: Equipment;
  onClose(): void;
  refetch(): unknown;
}

/** The monthly check (月度检查): passed or not, an extinguisher's pressure gauge, what was found. */
function CheckModal({ equipment, onClose, refetch }: ModalProps) {
  const t = useT();
  const [check] = useMutation(SafetyCheckEquipmentMutation);
  return (
    <ActionModal<{ passed: boolean; pressureOk?: boolean; note?: string; on?: Dayjs | null }>
      open
      title={t(`月度检查：${equipment.code}`, `Monthly check: ${equipment.code}`)}
      initialValues={{ passed: true, pressureOk: asksPressure(equipment.kind) ? true : undefined, note: '', on: null }}
      onClose={onClose}
      refetch={refetch}
      run={(v) =>
        check({
          variables: {
            input: {
              equipmentId: equipment.id,
              passed: v.passed,
              pressureOk: asksPressure(equipment.kind) ? (v.pressureOk ?? null) : null,
              note: v.note?.trim() || null,
              on: day(v.on),
            },
          },
        })
      }
    >
      <Form.Item name="passed" label={t('检查结果', 'Result')}>
        <Radio.Group
          data-testid="check-passed"
          options={[
            { value: true, label: t('合格', 'Passed') },
            { value: false, label: t('不合格（自动生成隐患）', 'Failed (raises a hazard)') },
          ]}
        />
      </Form.Item>
      {asksPressure(equipment.kind) && (
        <Form.Item name="pressureOk" label={t('压力表指针在绿区', 'Pressure gauge in the green')}>
          <Radio.Group
            data-testid="check-pressure"
            options={[
              { value: true, label: t('正常', 'Yes') },
              { value: false, label: t('异常', 'No') },
            ]}
          />
        </Form.Item>
      )}
      <Form.Item name="on" label={t('检查日期（默认今天）', 'Day (today when empty)')}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="note" label={t('检查情况', 'What was found')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} data-testid="check-note" />
      </Form.Item>
    </ActionModal>
  );
}

/** A service (维修/换药) on the GB 50444 schedule. */
function ServiceModal({ equipment, onClose, refetch }: ModalProps) {
  const t = useT();
  const [service] = useMutation(SafetyServiceEquipmentMutation);
  return (
    <ActionModal<{ note?: string; on?: Dayjs | null }>
      open
      title={t(`维修记录：${equipment.code}`, `Service: ${equipment.code}`)}
      initialValues={{ note: '', on: null }}
      onClose={onClose}
      refetch={refetch}
      run={(v) => service({ variables: { input: { equipmentId: equipment.id, note: v.note?.trim() || null, on: day(v.on) } } })}
    >
      <Form.Item name="on" label={t('维修日期（默认今天）', 'Day (today when empty)')}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="note" label={t('维修内容', 'What was done')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
      </Form.Item>
    </ActionModal>
  );
}

/** Scrapping (报废): kept on record, never deleted. */
function ScrapModal({ equipment, onClose, refetch }: ModalProps) {
  const t = useT();
  const [scrap] = useMutation(SafetyScrapEquipmentMutation);
  return (
    <ActionModal<{ reason?: string }>
      open
      danger
      title={t(`报废：${equipment.code}`, `Scrap: ${equipment.code}`)}
      initialValues={{ reason: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) => scrap({ variables: { input: { equipmentId: equipment.id, version: equipment.version, reason: v.reason ?? '' } } })}
    >
      <Form.Item name="reason" label={t('报废原因', 'Why')} rules={[{ required: true, message: t('请填写报废原因', 'Say why') }]}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} data-testid="scrap-reason" />
      </Form.Item>
    </ActionModal>
  );
}

/** A new piece of equipment (登记器材): what, its label, where, its manufacture date. */
function RegisterModal({ schoolId, onClose, refetch }: { schoolId: string; onClose(): void; refetch(): unknown }) {
  const t = useT();
  const [register] = useMutation(SafetyRegisterEquipmentMutation);
  return (
    <ActionModal<{
      kind: EquipmentKind;
      extinguisherType?: ExtinguisherType;
      code?: string;
      location?: string;
      manufacturedOn?: Dayjs | null;
      contentsExpireOn?: Dayjs | null;
    }>
      open
      title={t('登记器材', 'Register equipment')}
      initialValues={{ kind: 'FIRE_EXTINGUISHER', extinguisherType: 'DRY_POWDER', code: '', location: '', manufacturedOn: null }}
      onClose={onClose}
      refetch={refetch}
      run={(v) =>
        register({
          variables: {
            input: {
              schoolId,
              kind: v.kind,
              extinguisherType: v.kind === 'FIRE_EXTINGUISHER' ? (v.extinguisherType ?? null) : null,
              code: v.code ?? '',
              location: v.location ?? '',
              manufacturedOn: day(v.manufacturedOn) ?? '',
              contentsExpireOn: day(v.contentsExpireOn),
            },
          },
        })
      }
    >
      <Form.Item name="kind" label={t('器材类型', 'Kind')}>
        <Select options={Object.keys(EQUIPMENT_KIND).map((key) => ({ value: key, label: labelOf(EQUIPMENT_KIND, key, t) }))} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
        {({ getFieldValue }) =>
          getFieldValue('kind') === 'FIRE_EXTINGUISHER' && (
            <Form.Item name="extinguisherType" label={t('灭火器类型', 'Extinguisher type')}>
              <Select options={Object.keys(EXTINGUISHER_TYPE).map((key) => ({ value: key, label: labelOf(EXTINGUISHER_TYPE, key, t) }))} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="code" label={t('编号', 'Label number')} rules={[{ required: true, message: t('请填写编号', 'Give its label') }]}>
        <Input maxLength={40} placeholder="MHQ-A2-03" data-testid="register-code" />
      </Form.Item>
      <Form.Item name="location" label={t('位置', 'Where')} rules={[{ required: true, message: t('请填写位置', 'Say where') }]}>
        <Input maxLength={200} data-testid="register-location" />
      </Form.Item>
      <Form.Item
        name="manufacturedOn"
        label={t('出厂日期', 'Manufactured')}
        rules={[{ required: true, message: t('请选择出厂日期', 'Give the manufacture date') }]}
      >
        <DatePicker data-testid="register-manufactured" />
      </Form.Item>
      <Form.Item name="contentsExpireOn" label={t('药剂/电极片有效期（如有）', 'Contents expire (if they do)')}>
        <DatePicker />
      </Form.Item>
    </ActionModal>
  );
}
