import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/language';
import type { CanteenMealServiceDetailQuery } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { useGraphForm } from '../../shared/components/GraphForm';
import { Money } from '../../shared/components/Money';
import { useRoster } from './components';
import { baseAmountDisplay, sampleRows, type SampleRow } from './kitchen-helpers';
import { labelOf, MEAL, SAMPLE_PROBLEM } from './labels';
import { CanteenAssignDutyMutation, CanteenMealServiceDetailQuery as DetailQuery, CanteenRecordMealCountsMutation } from './operations';

type Service = CanteenMealServiceDetailQuery['mealService'];
type LotUse = Service['lotsUsed'][number];

/**
 * One meal service (餐次生产记录): its dishes and their food samples (a dish unsampled or short is
 * highlighted, as the graph judges it), the duty list (only people who passed the day's morning check:
 * the graph refuses anyone else and the page shows why), the stock issued and the cost per meal, the
 * meal counts that lock it, and traceability (追溯): every lot used, back to its delivery, supplier,
 * inspectors and the documents sighted.
 */
export default function MealServicePage() {
  const t = useT();
  const { id = '' } = useParams();
  const access = useAccess();
  const { data, loading, error, refetch } = useQuery(DetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error) return <GraphErrorResult error={error} />;
  if (loading && !data) return <Spin />;
  const service = data?.mealService;
  if (!service) return null;
  const open = !service.lockedAt;
  const rows = sampleRows(service.dishes, service.samples, service.missingSamples);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="meal-service">
      <Card
        title={
          <Space wrap>
            <span>
              {service.canteen?.name} · {service.servedOn} {labelOf(MEAL, service.meal, t)}
            </span>
            {open ? (
              <Tag color="blue" data-testid="meal-service-state" data-value="OPEN">
                {t('进行中', 'Open')}
              </Tag>
            ) : (
              <Tag data-testid="meal-service-state" data-value="LOCKED">
                {t('已锁定', 'Locked')}
              </Tag>
            )}
          </Space>
        }
      >
        {service.sampleMissingRaisedAt && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={
              <span>
                {t('留样缺失已报警', 'Missing-sample alert raised')} · <DateTime value={service.sampleMissingRaisedAt} />
              </span>
            }
          />
        )}
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} bordered>
          <Descriptions.Item label={t('计划份数（学生/教职工）', 'Planned (students / staff)')}>
            {service.portionsPlannedStudents} / {service.portionsPlannedStaff}
          </Descriptions.Item>
          <Descriptions.Item label={t('实际份数（学生/教职工）', 'Served (students / staff)')}>
            {service.portionsServedStudents ?? '—'} / {service.portionsServedStaff ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('就餐总份数', 'Meals served')}>{service.mealsServed ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('领用成本', 'Stock issued')}>
            <Money value={service.issuedCost} />
          </Descriptions.Item>
          <Descriptions.Item label={t('每餐成本', 'Cost per meal')}>
            <span data-testid="cost-per-meal">
              <Money value={service.costPerMeal} />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('锁定时间', 'Locked at')}>
            {service.lockedAt ? <DateTime value={service.lockedAt} /> : '—'}
          </Descriptions.Item>
        </Descriptions>
        {open && access.can('issueStock', service.schoolId) && (
          <div style={{ marginTop: 12 }}>
            <Link to={`/canteen/stock/issue?canteen=${service.canteenId}`}>{t('出库到本餐次', 'Issue stock to it')}</Link>
          </div>
        )}
      </Card>

      <Card
        title={t('菜品与留样', 'Dishes and samples')}
        extra={
          open &&
          access.can('takeFoodSample', service.schoolId) && (
            <Link to={`/canteen/samples?mealService=${service.id}&canteen=${service.canteenId}`} data-testid="take-sample-link">
              {t('留样', 'Take a sample')}
            </Link>
          )
        }
      >
        <div data-testid="dish-samples">
          <Table<SampleRow>
            rowKey="dishId"
            size="small"
            pagination={false}
            dataSource={rows}
            onRow={(row) => ({ style: row.problem ? { background: row.problem === 'UNSAMPLED' ? '#fff1f0' : '#fff7e6' } : undefined })}
            columns={[
              { title: t('菜品', 'Dish'), dataIndex: 'dishName' },
              { title: t('留样份数', 'Samples'), dataIndex: 'samples', align: 'right' },
              {
                title: t('最重一份', 'Heaviest'),
                key: 'g',
                align: 'right',
                render: (_, r) => (r.heaviestGrams === null ? '—' : `${r.heaviestGrams} g`),
              },
              {
                title: t('留样情况', 'State'),
                key: 'problem',
                render: (_, r) =>
                  r.problem ? (
                    <Tag color={SAMPLE_PROBLEM[r.problem].color} data-testid="sample-problem" data-value={r.problem}>
                      {labelOf(SAMPLE_PROBLEM, r.problem, t)}
                    </Tag>
                  ) : (
                    <Tag color="green">{t('合格', 'Sampled')}</Tag>
                  ),
              },
            ]}
          />
        </div>
      </Card>

      <DutyCard service={service} onChanged={() => void refetch()} />

      {open && access.can('recordMealCounts', service.schoolId) && <CountsCard service={service} />}

      <Card title={t('用料追溯', 'Lots used (traceability)')}>
        <div data-testid="lots-used">
          <Table<LotUse>
            rowKey="lotId"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={service.lotsUsed}
            locale={{ emptyText: t('尚未出库', 'No stock issued yet') }}
            columns={[
              {
                title: t('食材', 'Ingredient'),
                key: 'ingredient',
                render: (_, u) => (
                  <Link to={`/canteen/stock/lots/${u.lotId}`}>{u.deliveryItem?.ingredient?.name ?? t('期初库存', 'Opening balance')}</Link>
                ),
              },
              { title: t('批号', 'Batch'), key: 'batch', render: (_, u) => u.lot?.batchNumber ?? u.deliveryItem?.batchNumber ?? '—' },
              { title: t('保质期至', 'Expires'), key: 'exp', render: (_, u) => u.lot?.expiresOn ?? '—' },
              {
                title: t('用量', 'Used'),
                key: 'q',
                align: 'right',
                render: (_, u) => baseAmountDisplay(u.quantityIssued, u.lot?.baseUnit ?? 'GRAM', t('件', 'pcs')),
              },
              { title: t('金额', 'Cost'), key: 'c', align: 'right', render: (_, u) => <Money value={u.costIssued} /> },
              {
                title: t('进货查验', 'Delivery'),
                key: 'delivery',
                render: (_, u) =>
                  u.delivery ? (
                    <Link to={`/canteen/deliveries/${u.delivery.id}`}>
                      {u.delivery.deliveredOn} · {u.delivery.invoiceNumber}
                    </Link>
                  ) : (
                    '—'
                  ),
              },
              { title: t('供应商', 'Supplier'), key: 'supplier', render: (_, u) => u.delivery?.supplier.name ?? '—' },
              {
                title: t('查验人/复核人', 'Inspector / second'),
                key: 'inspector',
                render: (_, u) =>
                  u.delivery
                    ? `${u.delivery.inspector?.name ?? '—'}${u.delivery.secondInspector ? ` / ${u.delivery.secondInspector.name}` : ''}`
                    : '—',
              },
              {
                title: t('索证索票', 'Documents sighted'),
                key: 'docs',
                render: (_, u) =>
                  u.delivery ? (
                    <Typography.Text style={{ fontSize: 12 }}>
                      {t('许可证', 'Licence')} {u.delivery.supplierLicenceNumber}
                      {u.deliveryItem?.quarantineCertificateNumber && (
                        <>
                          <br />
                          {t('检疫证明', 'Quarantine')} {u.deliveryItem.quarantineCertificateNumber}
                        </>
                      )}
                    </Typography.Text>
                  ) : (
                    '—'
                  ),
              },
              { title: t('保存至', 'Kept until'), key: 'retain', render: (_, u) => u.delivery?.retainUntil ?? '—' },
            ]}
          />
        </div>
      </Card>
    </Space>
  );
}

interface DutyValues {
  staffIds?: string[];
  task?: string;
}

function DutyCard({ service, onChanged }: { service: Service; onChanged(): void }) {
  const t = useT();
  const access = useAccess();
  const { message } = App.useApp();
  const [form] = Form.useForm<DutyValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [assign] = useMutation(CanteenAssignDutyMutation);
  const mayAssign = !service.lockedAt && access.can('assignMealServiceDuty', service.schoolId);
  const roster = useRoster(mayAssign ? service.canteenId : undefined);
  const onDuty = new Set(service.duties.map((d) => d.staffId));

  async function onFinish(values: DutyValues) {
    const result = await submit(() =>
      assign({ variables: { input: { mealServiceId: service.id, staffIds: values.staffIds ?? [], task: values.task?.trim() ?? '' } } }),
    );
    if (!result?.data) return;
    void message.success(t('已排班', 'Put on the duty list'));
    form.resetFields();
    onChanged();
  }

  return (
    <Card title={t('值班人员', 'Duty list')}>
      <div data-testid="duty-list">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={service.duties}
          locale={{ emptyText: t('尚无值班人员', 'Nobody on duty yet') }}
          columns={[
            { title: t('姓名', 'Name'), key: 'name', render: (_, d: Service['duties'][number]) => d.staff.name },
            { title: t('岗位任务', 'Task'), dataIndex: 'task' },
            { title: t('安排时间', 'Assigned'), key: 'at', render: (_, d: Service['duties'][number]) => <DateTime value={d.assignedAt} /> },
          ]}
        />
      </div>
      {mayAssign && (
        <Form<DutyValues>
          form={form}
          layout="vertical"
          onFinish={(v) => void onFinish(v)}
          style={{ marginTop: 16 }}
          data-testid="duty-form"
        >
          <Typography.Paragraph type="secondary">
            {t(
              `只有 ${service.servedOn} 晨检合格的人员可以上岗；✓ 为今日晨检合格。`,
              `Only people who passed the morning check on ${service.servedOn} may be on duty; ✓ passed today.`,
            )}
          </Typography.Paragraph>
          <Row gutter={12}>
            <Col xs={24} sm={14}>
              <Form.Item
                name="staffIds"
                label={t('人员', 'People')}
                rules={[{ required: true, message: t('请选择人员', 'Choose people') }]}
              >
                <Select
                  mode="multiple"
                  loading={roster.loading}
                  showSearch={{ optionFilterProp: 'label' }}
                  data-testid="duty-staff"
                  options={(roster.data?.canteenStaff.nodes ?? [])
                    .filter((m) => !onDuty.has(m.staffId))
                    .map((m) => ({
                      value: m.staffId,
                      label: `${m.morningCheckToday?.passed ? '✓ ' : m.morningCheckToday ? '✗ ' : ''}${m.staff.name}`,
                    }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={10}>
              <Form.Item name="task" label={t('岗位任务', 'Task')} rules={[{ required: true, message: t('必填', 'Required') }]}>
                <Input placeholder={t('主厨、分餐…', 'Head cook, serving…')} data-testid="duty-task" />
              </Form.Item>
            </Col>
          </Row>
          {alert}
          <Button htmlType="submit" loading={submitting} data-testid="submit-duty">
            {t('排班', 'Assign')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

interface CountValues {
  portionsServedStudents?: number;
  portionsServedStaff?: number;
}

function CountsCard({ service }: { service: Service }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<CountValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [record] = useMutation(CanteenRecordMealCountsMutation);

  async function onFinish() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await submit(() =>
      record({
        variables: {
          input: {
            id: service.id,
            version: service.version,
            portionsServedStudents: values.portionsServedStudents ?? 0,
            portionsServedStaff: values.portionsServedStaff ?? 0,
          },
        },
      }),
    );
    if (result?.data) void message.success(t('就餐人数已记录，生产记录已锁定', 'Counts recorded; the record is locked'));
  }

  return (
    <Card title={t('记录就餐人数（锁定生产记录）', 'Record meal counts (locks the record)')}>
      <Form<CountValues> form={form} layout="vertical" data-testid="counts-form">
        <Row gutter={12}>
          <Col xs={12} sm={6}>
            <Form.Item
              name="portionsServedStudents"
              label={t('学生份数', 'Students')}
              rules={[{ required: true, message: t('必填', 'Required') }]}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="served-students" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item
              name="portionsServedStaff"
              label={t('教职工份数', 'Staff')}
              rules={[{ required: true, message: t('必填', 'Required') }]}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="served-staff" />
            </Form.Item>
          </Col>
        </Row>
        {service.missingSamples.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t(
              `还有 ${service.missingSamples.length} 道菜未留样或留样不足：记录后将报警。`,
              `${service.missingSamples.length} dishes are unsampled or short: recording now raises the alert.`,
            )}
          />
        )}
        {alert}
        <Popconfirm
          title={t('记录后本餐次不可再修改或出库，确定？', 'Nothing of it changes afterwards and no stock is issued to it. Record?')}
          onConfirm={() => void onFinish()}
        >
          <Button type="primary" loading={submitting} data-testid="submit-counts">
            {t('记录并锁定', 'Record and lock')}
          </Button>
        </Popconfirm>
      </Form>
    </Card>
  );
}
