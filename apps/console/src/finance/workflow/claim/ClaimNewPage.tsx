import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/language';
import { useSchoolZone } from '../../../session/zone';
import { useGraphForm } from '../../../shared/components/GraphForm';
import { amountFen, budgetRoomsByCategory, sumFen } from '../common/budget-room';
import { BudgetRoomText, useBudgetLines } from '../common/components';
import { submitClaimInput, type ClaimFormValues } from '../common/inputs';
import { SchoolField } from '../common/SchoolField';
import { useCategories, useWorkflowViewer } from '../common/useWorkflowContext';
import { useAccess } from '../../../session/access';
import { SubmitExpenseClaimMutation } from './operations';

const YUAN_PATTERN = /^\s*¥?\s*\d[\d,]*(\.\d{1,2})?\s*$/;

/**
 * File an expense claim (报销): what it is for, and each invoice with its category, number, amount
 * and attachment references; the budget room of each category as it is typed. Laid out one field
 * a row on a phone, where teachers file their claims.
 */
export default function ClaimNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const zone = useSchoolZone();
  const viewer = useWorkflowViewer();
  const access = useAccess();
  const { categories, byId } = useCategories();
  const [form] = Form.useForm<ClaimFormValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [mutate] = useMutation(SubmitExpenseClaimMutation);

  const schoolId = Form.useWatch('schoolId', form) ?? viewer.filingSchools[0]?.id;
  const lines = Form.useWatch('lines', form) ?? [];
  // Budget figures are the books (readBooks): others file without seeing the room, and the graph checks it.
  const readsBooks = !!schoolId && access.can('readBooks', schoolId);
  const budget = useBudgetLines(schoolId, zone, readsBooks);
  const amounts = lines.map((l) => amountFen(l?.amount));
  const { totalFen, incomplete } = sumFen(amounts);
  const rooms = budgetRoomsByCategory(
    lines.map((l, i) => ({ categoryId: l?.categoryId, amountFen: amounts[i] })),
    budget.lines,
  );

  async function onFinish(values: ClaimFormValues) {
    const result = await submit(() => mutate({ variables: { input: submitClaimInput({ ...values, schoolId }) } }));
    const payload = result?.data?.submitExpenseClaim;
    if (!payload) return;
    for (const warning of payload.warnings) void message.warning(warning);
    void message.success(t('已提交', 'Submitted'));
    void navigate(`/finance/claims/${payload.claim.id}`);
  }

  if (!viewer.filingSchools.length)
    return (
      <Card title={t('我要报销', 'New expense claim')}>
        <Typography.Text>{t('只有学校的教职工可以报销。', 'Only staff of a school file expense claims.')}</Typography.Text>
      </Card>
    );

  return (
    <Card title={t('我要报销', 'New expense claim')} style={{ maxWidth: 960 }} styles={{ body: { padding: 16 } }}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{ schoolId: viewer.filingSchools.length === 1 ? viewer.filingSchools[0].id : undefined, title: '', lines: [{}] }}
      >
        <SchoolField schools={viewer.filingSchools} />
        <Form.Item
          name="title"
          label={t('报销事由', 'What it is for')}
          rules={[{ required: true, whitespace: true, message: t('请填写事由', 'Say what it is for') }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Typography.Title level={5}>{t('发票', 'Invoices')}</Typography.Title>
        <Form.List name="lines">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={t(`第 ${index + 1} 张`, `Invoice ${index + 1}`)}
                  data-testid="claim-line"
                  extra={
                    fields.length > 1 && (
                      <Button
                        type="text"
                        size="small"
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                        aria-label={t('删除此行', 'Remove line')}
                      />
                    )
                  }
                >
                  <Row gutter={12}>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[field.name, 'categoryId']}
                        label={t('预算科目', 'Category')}
                        rules={[{ required: true, message: t('请选择科目', 'Choose a category') }]}
                      >
                        <Select
                          showSearch={{ optionFilterProp: 'label' }}
                          placeholder={t('选择科目', 'Choose a category')}
                          options={categories.map((c) => ({ value: c.id, label: c.name }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[field.name, 'invoiceNumber']}
                        label={t('发票号码', 'Invoice number')}
                        rules={[
                          { required: true, message: t('必填', 'Required') },
                          { pattern: /^\s*\d{8,20}\s*$/, message: t('发票号码为 8 到 20 位数字', 'An invoice number is 8 to 20 digits') },
                        ]}
                      >
                        <Input inputMode="numeric" maxLength={20} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[field.name, 'amount']}
                        label={t('金额（元）', 'Amount (yuan)')}
                        rules={[
                          { required: true, message: t('必填', 'Required') },
                          { pattern: YUAN_PATTERN, message: t('金额最多两位小数', 'An amount with at most two decimals') },
                        ]}
                      >
                        <Input inputMode="decimal" style={{ textAlign: 'right' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={24}>
                      <Form.Item
                        name={[field.name, 'attachments']}
                        label={t('附件', 'Attachments')}
                        extra={t('每行一个附件编号或链接', 'One reference or link a line')}
                        style={{ marginBottom: 0 }}
                      >
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Form.ErrorList errors={errors} />
              {fields.length < 50 && (
                <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }} block data-testid="add-line">
                  {t('再加一张发票', 'Add an invoice')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <BudgetRoomText
          rooms={rooms}
          known={readsBooks && !budget.error}
          total={totalFen}
          incomplete={incomplete}
          categoryName={(id) => byId.get(id)?.name ?? ''}
          policyOf={(id) => byId.get(id)?.overrunPolicy}
        />
        {alert}
        <Button type="primary" htmlType="submit" loading={submitting} block data-testid="submit-claim">
          {t('提交报销', 'Submit the claim')}
        </Button>
      </Form>
    </Card>
  );
}
