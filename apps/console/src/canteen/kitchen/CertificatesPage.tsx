import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, Empty, Form, Input, Row, Select, Space, Spin } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { CanteenHealthCertificatesQuery, CanteenPost } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { useGraphForm } from '../../shared/components/GraphForm';
import { PagedTable } from '../../shared/components/PagedTable';
import { useCursorPaging } from '../../shared/paging';
import { KitchenCanteenSelect, LabelTag, RosterSelect, SchoolStaffSelect, useChosenCanteen, useKitchenCanteens } from './components';
import { CERTIFICATE_STATE, labelOf, POST, POSTS } from './labels';
import {
  CanteenAddCanteenStaffMutation,
  CanteenHealthCertificatesQuery as CertificatesQuery,
  CanteenRecordHealthCertificateMutation,
} from './operations';

type Certificate = CanteenHealthCertificatesQuery['healthCertificates']['nodes'][number];

/**
 * Health certificates (健康证) of a canteen's staff: the register with each certificate's state today
 * (valid, expiring within the notice days, expired), filtered to what needs renewing; and for the
 * canteen manager, recording a certificate (a renewal is a new one; none is edited) and putting a
 * member of the school's staff on the canteen roster (a cook needs no login account).
 */
export default function CertificatesPage() {
  const t = useT();
  const [search] = useSearchParams();
  const access = useAccess();
  const { canteens, loading, error } = useKitchenCanteens();
  const { canteen, canteenId, setCanteenId } = useChosenCanteen(canteens, search.get('canteen'));
  const [within, setWithin] = useState<number | undefined>(undefined);
  const paging = useCursorPaging();
  const list = useQuery(CertificatesQuery, {
    variables: { filter: { canteenId, expiringWithinDays: within ?? null }, ...paging.variables },
    skip: !canteenId,
    fetchPolicy: 'cache-and-network',
  });
  const mayRecord = !!canteen && access.can('recordHealthCertificate', canteen.schoolId);
  const mayAdd = !!canteen && access.can('addCanteenStaff', canteen.schoolId);

  if (error) return <GraphErrorResult error={error} />;
  if (loading) return <Spin />;
  if (!canteens.length) return <Empty description={t('没有可查看的食堂', 'No canteen to show')} />;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={t('健康证登记', 'Health certificates')}>
        <Space wrap style={{ marginBottom: 12 }}>
          <KitchenCanteenSelect
            canteens={canteens}
            value={canteenId}
            onChange={(id) => {
              setCanteenId(id);
              paging.reset();
            }}
          />
          <Select<number | 'all'>
            value={within ?? 'all'}
            onChange={(v) => {
              setWithin(v === 'all' ? undefined : v);
              paging.reset();
            }}
            style={{ width: 200 }}
            options={[
              { value: 'all', label: t('全部', 'All') },
              { value: 30, label: t('30 天内到期及已过期', 'Expiring within 30 days or expired') },
              { value: 0, label: t('已过期', 'Expired (and due today)') },
            ]}
            data-testid="certificate-filter"
          />
        </Space>
        {list.error ? (
          <GraphErrorResult error={list.error} />
        ) : (
          <div data-testid="certificate-table">
            <PagedTable<Certificate>
              rowKey="id"
              page={list.data?.healthCertificates}
              paging={paging}
              loading={list.loading}
              columns={[
                { title: t('姓名', 'Name'), key: 'name', render: (_, c) => c.staff.name },
                { title: t('健康证编号', 'Number'), dataIndex: 'number' },
                { title: t('发证日期', 'Issued'), dataIndex: 'issuedOn' },
                { title: t('有效期至', 'Valid until'), dataIndex: 'expiresOn' },
                {
                  title: t('状态', 'State'),
                  key: 'state',
                  render: (_, c) => <LabelTag table={CERTIFICATE_STATE} value={c.state} testId="certificate-state" />,
                },
              ]}
            />
          </div>
        )}
      </Card>
      {mayRecord && canteenId && <RecordCertificateCard canteenId={canteenId} onDone={() => void list.refetch()} />}
      {mayAdd && canteen && <AddToRosterCard canteenId={canteen.id} schoolId={canteen.schoolId} />}
    </Space>
  );
}

interface CertificateValues {
  staffId?: string;
  number?: string;
  issuedOn?: string;
  expiresOn?: string;
}

function RecordCertificateCard({ canteenId, onDone }: { canteenId: string; onDone(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<CertificateValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [record] = useMutation(CanteenRecordHealthCertificateMutation);

  async function onFinish(values: CertificateValues) {
    const result = await submit(() =>
      record({
        variables: {
          input: {
            canteenId,
            staffId: values.staffId ?? '',
            number: values.number?.trim() ?? '',
            issuedOn: values.issuedOn ?? '',
            expiresOn: values.expiresOn ?? '',
          },
        },
        refetchQueries: ['CanteenRoster'],
      }),
    );
    if (!result?.data) return;
    void message.success(t('健康证已登记', 'Certificate recorded'));
    form.resetFields();
    onDone();
  }

  return (
    <Card title={t('登记健康证', 'Record a health certificate')}>
      <Form<CertificateValues> form={form} layout="vertical" onFinish={(v) => void onFinish(v)} data-testid="certificate-form">
        <Row gutter={12}>
          <Col xs={24} sm={6}>
            <Form.Item name="staffId" label={t('人员', 'Person')} rules={[{ required: true, message: t('请选择人员', 'Choose a person') }]}>
              <RosterSelect canteenId={canteenId} testId="certificate-staff" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={6}>
            <Form.Item name="number" label={t('健康证编号', 'Number')} rules={[{ required: true, message: t('必填', 'Required') }]}>
              <Input data-testid="certificate-number" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="issuedOn" label={t('发证日期', 'Issued on')} rules={[{ required: true, message: t('必填', 'Required') }]}>
              <Input type="date" data-testid="certificate-issued" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="expiresOn" label={t('有效期至', 'Valid until')} rules={[{ required: true, message: t('必填', 'Required') }]}>
              <Input type="date" data-testid="certificate-expires" />
            </Form.Item>
          </Col>
        </Row>
        {alert}
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="submit-certificate">
          {t('登记', 'Record')}
        </Button>
      </Form>
    </Card>
  );
}

interface RosterValues {
  staffId?: string;
  post?: CanteenPost;
}

function AddToRosterCard({ canteenId, schoolId }: { canteenId: string; schoolId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<RosterValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [add] = useMutation(CanteenAddCanteenStaffMutation);

  async function onFinish(values: RosterValues) {
    const result = await submit(() =>
      add({
        variables: { input: { canteenId, staffId: values.staffId ?? '', post: values.post ?? 'COOK' } },
        refetchQueries: ['CanteenRoster'],
      }),
    );
    if (!result?.data) return;
    void message.success(t('已加入食堂花名册', 'Put on the canteen roster'));
    form.resetFields();
  }

  return (
    <Card title={t('加入食堂花名册', 'Put someone on the canteen roster')}>
      <Form<RosterValues> form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="staffId"
              label={t('本校教职工', 'Staff member of the school')}
              rules={[{ required: true, message: t('必填', 'Required') }]}
            >
              <SchoolStaffSelect schoolId={schoolId} testId="roster-staff" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="post" label={t('岗位', 'Post')} rules={[{ required: true, message: t('必填', 'Required') }]}>
              <Select options={POSTS.map((p) => ({ value: p, label: labelOf(POST, p, t) }))} data-testid="roster-post" />
            </Form.Item>
          </Col>
        </Row>
        {alert}
        <Button htmlType="submit" loading={submitting}>
          {t('加入', 'Add')}
        </Button>
      </Form>
    </Card>
  );
}
