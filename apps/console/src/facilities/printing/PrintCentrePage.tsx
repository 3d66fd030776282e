import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  message,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { PaperSize } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { useGraphForm } from '../../shared/components/GraphForm';
import { Money } from '../../shared/components/Money';
import { PagedTable } from '../../shared/components/PagedTable';
import { currentPeriod } from '../../shared/dates';
import { labelOf } from '../../shared/labels';
import { formatYuan, normalizeYuan } from '../../shared/money';
import { useCursorPaging } from '../../shared/paging';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { PAPER_SIZE, PAPER_SIZES, PRINT_JOB_KIND } from './labels';
import {
  FacilitiesPrintCentreQuery,
  FacilitiesPrintJobsQuery,
  FacilitiesPrintLookupsQuery,
  FacilitiesRecordPrintJobMutation,
  FacilitiesSetPrintPricesMutation,
  FacilitiesVoidPrintJobMutation,
} from './operations';
import { formatRatio, jobCostFen, sortPrices } from './printing';

/** The print centre (文印中心): record a job, the month's jobs, the charge per department with the double-sided ratio, and the prices. */
export default function PrintCentrePage() {
  const t = useT();
  const access = useAccess();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? currentPeriod();
  const setMonth = (value: string) =>
    setParams(
      (p) => {
        if (value) p.set('month', value);
        return p;
      },
      { replace: true },
    );
  const centre = useQuery(FacilitiesPrintCentreQuery, {
    variables: { schoolId: schoolId ?? '', month },
    skip: !schoolId,
    fetchPolicy: 'cache-and-network',
  });
  const lookups = useQuery(FacilitiesPrintLookupsQuery, { variables: { schoolId: schoolId ?? '' }, skip: !schoolId });
  const paging = useCursorPaging();
  const { reset } = paging;
  useEffect(() => reset(), [schoolId, month, reset]);
  const jobs = useQuery(FacilitiesPrintJobsQuery, {
    variables: { filter: { schoolId: schoolId ?? '', month }, ...paging.variables },
    skip: !schoolId,
    fetchPolicy: 'cache-and-network',
  });
  const [voidJob] = useMutation(FacilitiesVoidPrintJobMutation);
  const departments = useMemo(() => new Map((lookups.data?.departments.nodes ?? []).map((d) => [d.id, d.name])), [lookups.data]);
  const staff = useMemo(() => new Map((lookups.data?.staff.nodes ?? []).map((s) => [s.id, s.name])), [lookups.data]);
  const prices = useMemo(() => sortPrices(centre.data?.printPrices ?? []), [centre.data]);
  const refresh = () => {
    void centre.refetch();
    void jobs.refetch();
  };
  const canRecord = !!schoolId && access.can('recordPrintJob', schoolId);
  const canVoid = !!schoolId && access.can('voidPrintJob', schoolId);
  function askVoid(id: string) {
    let reason = '';
    Modal.confirm({
      title: t('作废印刷记录', 'Void the print job'),
      content: <Input placeholder={t('原因', 'Reason')} onChange={(e) => (reason = e.target.value)} data-testid="void-reason" />,
      onOk: async () => {
        await voidJob({ variables: { input: { printJobId: id, reason: reason.trim() || t('录入错误', 'Recorded by mistake') } } });
        refresh();
      },
    });
  }
  if (!schoolId)
    return (
      <Card title={t('文印中心', 'Print centre')}>
        <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
        <Empty description={t('请选择学校', 'Choose a school')} />
      </Card>
    );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={t('文印中心', 'Print centre')}>
        <Space wrap>
          <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
          <Input type="month" value={month} onChange={(e) => setMonth(e.target.value)} style={{ width: 170 }} data-testid="print-month" />
        </Space>
      </Card>
      {canRecord && (
        <RecordJobCard
          schoolId={schoolId}
          departments={lookups.data?.departments.nodes ?? []}
          staff={lookups.data?.staff.nodes ?? []}
          prices={prices}
          onRecorded={refresh}
        />
      )}
      <Card title={t('部门月度文印费用', 'Monthly charge per department')}>
        {centre.error && !centre.data ? (
          <GraphErrorResult error={centre.error} />
        ) : (
          <Table
            data-testid="print-charges"
            rowKey="departmentId"
            size="small"
            loading={centre.loading}
            dataSource={centre.data?.printCharges ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={(r) => ({ 'data-testid': `charge-${r.departmentName}` }) as never}
            columns={[
              { title: t('部门', 'Department'), dataIndex: 'departmentName' },
              { title: t('印件', 'Jobs'), dataIndex: 'jobs', align: 'right' },
              { title: t('用纸张数', 'Sheets'), dataIndex: 'sheets', align: 'right' },
              { title: t('印面数', 'Printed pages'), dataIndex: 'printedPages', align: 'right' },
              { title: t('双面率', 'Double-sided'), key: 'r', align: 'right', render: (_, r) => formatRatio(r.doubleSidedRatio) },
              {
                title: t('费用', 'Charge'),
                key: 'c',
                align: 'right',
                render: (_, r) => (
                  <span data-testid="charge-cost">
                    <Money value={r.cost} />
                  </span>
                ),
              },
            ]}
          />
        )}
      </Card>
      <Card title={t('本月印刷记录', "The month's print jobs")}>
        <PagedTable
          data-testid="print-jobs"
          rowKey="id"
          loading={jobs.loading}
          page={jobs.data?.printJobs}
          paging={paging}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('印刷时间', 'Printed'), key: 'at', render: (_, j) => <DateTime value={j.printedAt} /> },
            {
              title: t('印件', 'Title'),
              key: 'title',
              render: (_, j) => (
                <Space size={4}>
                  {j.title}
                  {j.kind === 'REVERSAL' && <Tag color="red">{labelOf(PRINT_JOB_KIND, j.kind, t)}</Tag>}
                  {j.voidedBy && <Tag>{t('已作废', 'Voided')}</Tag>}
                </Space>
              ),
            },
            { title: t('部门', 'Department'), key: 'd', render: (_, j) => departments.get(j.departmentId) ?? j.departmentId },
            { title: t('申请人', 'Requester'), key: 'r', render: (_, j) => staff.get(j.requestedByStaffId) ?? j.requestedByStaffId },
            {
              title: t('规格', 'Size'),
              key: 's',
              render: (_, j) =>
                `${labelOf(PAPER_SIZE, j.paperSize, t)} · ${j.duplex ? t('双面', 'duplex') : t('单面', 'single')} · ${j.colour ? t('彩色', 'colour') : t('黑白', 'B&W')}`,
            },
            { title: t('页×份', 'Pages × copies'), key: 'pc', align: 'right', render: (_, j) => `${j.pages} × ${j.copies}` },
            { title: t('用纸', 'Sheets'), dataIndex: 'sheets', align: 'right' },
            { title: t('费用', 'Cost'), key: 'c', align: 'right', render: (_, j) => <Money value={j.cost} /> },
            ...(canVoid
              ? [
                  {
                    title: '',
                    key: 'v',
                    render: (_: unknown, j: { id: string; kind: string; voidedBy?: { id: string } | null }) =>
                      j.kind === 'PRINTED' && !j.voidedBy ? (
                        <Button size="small" danger onClick={() => askVoid(j.id)} data-testid="print-job-void">
                          {t('作废', 'Void')}
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <PricesCard schoolId={schoolId} prices={prices} onSet={refresh} canSet={access.can('setPrintPrices', schoolId)} />
    </Space>
  );
}

interface JobValues {
  departmentId?: string;
  requestedByStaffId?: string;
  title?: string;
  pages?: number;
  copies?: number;
  paperSize?: PaperSize;
  duplex?: boolean;
  colour?: boolean;
}

function RecordJobCard({
  schoolId,
  departments,
  staff,
  prices,
  onRecorded,
}: {
  schoolId: string;
  departments: { id: string; name: string }[];
  staff: { id: string; name: string; employeeNumber: string }[];
  prices: ReturnType<typeof sortPrices<{ paperSize: string; colour: boolean; pricePerPage: { yuan: string; fen: number } }>>;
  onRecorded(): void;
}) {
  const t = useT();
  const [form] = Form.useForm<JobValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [record] = useMutation(FacilitiesRecordPrintJobMutation);
  const values = Form.useWatch([], form) as JobValues | undefined;
  const expected = values
    ? jobCostFen(prices, {
        pages: values.pages ?? 0,
        copies: values.copies ?? 0,
        paperSize: values.paperSize ?? 'A4',
        colour: !!values.colour,
      })
    : null;
  async function save() {
    // A field left empty: the form shows its message beside it; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const done = await submit(() =>
      record({
        variables: {
          input: {
            schoolId,
            departmentId: v.departmentId!,
            requestedByStaffId: v.requestedByStaffId!,
            title: v.title!.trim(),
            pages: v.pages!,
            copies: v.copies!,
            paperSize: v.paperSize!,
            duplex: !!v.duplex,
            colour: !!v.colour,
          },
        },
      }),
    );
    if (done?.data) {
      void message.success(
        t(`已记录，费用 ${formatYuan(done.data.recordPrintJob.cost)}`, `Recorded: ${formatYuan(done.data.recordPrintJob.cost)}`),
      );
      form.resetFields();
      onRecorded();
    }
  }
  return (
    <Card title={t('登记印刷', 'Record a print job')}>
      {alert}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ paperSize: 'A4', duplex: true, colour: false, pages: 1, copies: 1 }}
        data-testid="print-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="departmentId" label={t('部门', 'Department')} rules={[{ required: true }]}>
              <Select
                showSearch
                optionFilterProp="label"
                options={departments.map((d) => ({ value: d.id, label: d.name }))}
                data-testid="print-department"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="requestedByStaffId" label={t('申请人', 'Requester')} rules={[{ required: true }]}>
              <Select
                showSearch
                optionFilterProp="label"
                options={staff.map((s) => ({ value: s.id, label: `${s.name} (${s.employeeNumber})` }))}
                data-testid="print-requester"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="title" label={t('印件名称', 'Title')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={200} data-testid="print-title" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="pages" label={t('页数', 'Pages')} rules={[{ required: true }]}>
              <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} data-testid="print-pages" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="copies" label={t('份数', 'Copies')} rules={[{ required: true }]}>
              <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} data-testid="print-copies" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="paperSize" label={t('纸张', 'Size')} rules={[{ required: true }]}>
              <Select options={PAPER_SIZES.map((s) => ({ value: s, label: labelOf(PAPER_SIZE, s, t) }))} data-testid="print-size" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="duplex" valuePropName="checked" label=" ">
              <Checkbox data-testid="print-duplex">{t('双面', 'Double-sided')}</Checkbox>
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="colour" valuePropName="checked" label=" ">
              <Checkbox data-testid="print-colour">{t('彩色', 'Colour')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" loading={submitting} onClick={() => void save()} data-testid="print-submit">
            {t('登记', 'Record')}
          </Button>
          {expected !== null && (
            <Typography.Text type="secondary" data-testid="print-expected">
              {t('预计费用', 'Expected cost')} {formatYuan(expected)}
            </Typography.Text>
          )}
        </Space>
      </Form>
    </Card>
  );
}

function PricesCard({
  schoolId,
  prices,
  canSet,
  onSet,
}: {
  schoolId: string;
  prices: {
    paperSize: string;
    colour: boolean;
    effectiveFrom?: string | null;
    isDefault: boolean;
    pricePerPage: { yuan: string; fen: number };
  }[];
  canSet: boolean;
  onSet(): void;
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title={t('文印单价（每面）', 'Prices per printed page')}
      extra={
        canSet && (
          <Button onClick={() => setEditing(true)} data-testid="print-prices-edit">
            {t('设置单价', 'Set prices')}
          </Button>
        )
      }
    >
      <Table
        data-testid="print-prices"
        rowKey={(p) => `${p.paperSize}:${p.colour}`}
        size="small"
        dataSource={prices}
        pagination={false}
        columns={[
          { title: t('纸张', 'Size'), key: 's', render: (_, p) => labelOf(PAPER_SIZE, p.paperSize, t) },
          { title: t('色彩', 'Colour'), key: 'c', render: (_, p) => (p.colour ? t('彩色', 'Colour') : t('黑白', 'Black and white')) },
          { title: t('单价', 'Price'), key: 'p', align: 'right', render: (_, p) => <Money value={p.pricePerPage} /> },
          {
            title: t('起用日期', 'From'),
            key: 'f',
            render: (_, p) => (p.isDefault ? <Tag>{t('默认', 'Default')}</Tag> : p.effectiveFrom),
          },
        ]}
      />
      {editing && (
        <PricesModal
          schoolId={schoolId}
          prices={prices}
          onClose={(saved) => {
            setEditing(false);
            if (saved) onSet();
          }}
        />
      )}
    </Card>
  );
}

interface PricesValues {
  effectiveFrom?: string;
  prices?: { paperSize: PaperSize; colour: boolean; pricePerPage: string }[];
}

function PricesModal({
  schoolId,
  prices,
  onClose,
}: {
  schoolId: string;
  prices: { paperSize: string; colour: boolean; pricePerPage: { yuan: string } }[];
  onClose(saved: boolean): void;
}) {
  const t = useT();
  const [form] = Form.useForm<PricesValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [setPrices] = useMutation(FacilitiesSetPrintPricesMutation);
  const initial = prices.map((p) => ({ paperSize: p.paperSize as PaperSize, colour: p.colour, pricePerPage: p.pricePerPage.yuan }));
  async function save() {
    // A field left empty: the form shows its message beside it; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const done = await submit(() =>
      setPrices({
        variables: {
          input: {
            schoolId,
            effectiveFrom: v.effectiveFrom || undefined,
            prices: (v.prices ?? []).map((p) => ({
              paperSize: p.paperSize,
              colour: p.colour,
              pricePerPage: normalizeYuan(p.pricePerPage) ?? p.pricePerPage,
            })),
          },
        },
      }),
    );
    if (done) onClose(true);
  }
  return (
    <Modal
      open
      title={t('设置文印单价', 'Set the prices per page')}
      onCancel={() => onClose(false)}
      onOk={() => void save()}
      confirmLoading={submitting}
    >
      {alert}
      <Form form={form} layout="vertical" initialValues={{ prices: initial }}>
        <Form.Item name="effectiveFrom" label={t('起用日期（默认今天）', 'From (today when empty)')}>
          <Input type="date" />
        </Form.Item>
        <Form.List name="prices">
          {(fields) =>
            fields.map((field) => (
              <Form.Item
                key={field.key}
                name={[field.name, 'pricePerPage']}
                label={`${labelOf(PAPER_SIZE, initial[field.name]?.paperSize, t)} ${initial[field.name]?.colour ? t('彩色', 'colour') : t('黑白', 'black and white')}`}
                rules={[{ required: true, pattern: /^\d+(\.\d{1,2})?$/, message: t('元，最多两位小数', 'Yuan, at most two decimals') }]}
              >
                <Input prefix="¥" inputMode="decimal" />
              </Form.Item>
            ))
          }
        </Form.List>
      </Form>
    </Modal>
  );
}
