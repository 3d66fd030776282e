import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/language';
import { useSchoolZone } from '../../../session/zone';
import { useGraphForm } from '../../../shared/components/GraphForm';
import { formatYuan } from '../../../shared/money';
import { budgetRoom, lineTotalFen, remainingFor, sumFen } from '../common/budget-room';
import { BudgetRoomText, useBudgetLines } from '../common/components';
import { submitPurchaseInput, type PurchaseFormValues } from '../common/inputs';
import { SchoolField } from '../common/SchoolField';
import { useCategories, useWorkflowViewer } from '../common/useWorkflowContext';
import { useAccess } from '../../../session/access';
import { SubmitPurchaseRequestMutation } from './operations';

const YUAN_PATTERN = /^\s*¥?\s*\d[\d,]*(\.\d{1,2})?\s*$/;

/** File a purchase request (物品申报), seeing the category's budget room as the lines are typed. */
export default function PurchaseNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const zone = useSchoolZone();
  const viewer = useWorkflowViewer();
  const access = useAccess();
  const { categories, byId } = useCategories();
  const [form] = Form.useForm<PurchaseFormValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [mutate] = useMutation(SubmitPurchaseRequestMutation);

  const schoolId = Form.useWatch('schoolId', form) ?? viewer.filingSchools[0]?.id;
  const categoryId = Form.useWatch('categoryId', form);
  const lines = Form.useWatch('lines', form) ?? [];
  // Budget figures are the books (readBooks): others file without seeing the room, and the graph checks it.
  const readsBooks = !!schoolId && access.can('readBooks', schoolId);
  const budget = useBudgetLines(schoolId, zone, readsBooks);
  const { totalFen, incomplete } = sumFen(lines.map((l) => lineTotalFen(l?.quantity, l?.estimatedUnitPrice)));
  const rooms = categoryId ? [budgetRoom(categoryId, remainingFor(budget.lines, categoryId), totalFen)] : [];

  async function onFinish(values: PurchaseFormValues) {
    const result = await submit(() => mutate({ variables: { input: submitPurchaseInput({ ...values, schoolId }) } }));
    const payload = result?.data?.submitPurchaseRequest;
    if (!payload) return;
    for (const warning of payload.warnings) void message.warning(warning);
    void message.success(t('已提交', 'Submitted'));
    void navigate(`/finance/purchases/${payload.request.id}`);
  }

  if (!viewer.filingSchools.length)
    return (
      <Card title={t('提交采购申请', 'New purchase request')}>
        <Typography.Text>{t('只有学校的教职工可以提交采购申请。', 'Only staff of a school file purchase requests.')}</Typography.Text>
      </Card>
    );

  return (
    <Card title={t('提交采购申请', 'New purchase request')} style={{ maxWidth: 960 }}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{
          schoolId: viewer.filingSchools.length === 1 ? viewer.filingSchools[0].id : undefined,
          reason: '',
          lines: [{ quantity: 1 }],
        }}
      >
        <SchoolField schools={viewer.filingSchools} />
        <Form.Item
          name="categoryId"
          label={t('预算科目', 'Budget category')}
          rules={[{ required: true, message: t('请选择科目', 'Choose a category') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('选择科目', 'Choose a category')}
            options={categories.map((c) => ({ value: c.id, label: c.name }))}
            data-testid="purchase-category"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('申请事由', 'Reason')}
          rules={[{ required: true, whitespace: true, message: t('请填写事由', 'Say why') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Typography.Title level={5}>{t('申请物品', 'Items')}</Typography.Title>
        <Form.List name="lines">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => {
                const line = lines[index];
                const lineFen = lineTotalFen(line?.quantity, line?.estimatedUnitPrice);
                return (
                  <div key={field.key} data-testid="purchase-line" style={{ borderBottom: '1px dashed #f0f0f0', marginBottom: 12 }}>
                    <Row gutter={12} align="top">
                      <Col xs={24} md={9}>
                        <Form.Item
                          name={[field.name, 'description']}
                          label={t('物品描述', 'Description')}
                          rules={[{ required: true, whitespace: true, message: t('请填写物品', 'Describe the item') }]}
                        >
                          <Input maxLength={500} />
                        </Form.Item>
                      </Col>
                      <Col xs={8} md={4}>
                        <Form.Item
                          name={[field.name, 'quantity']}
                          label={t('数量', 'Quantity')}
                          rules={[{ required: true, message: t('必填', 'Required') }]}
                        >
                          <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={8} md={3}>
                        <Form.Item
                          name={[field.name, 'unit']}
                          label={t('单位', 'Unit')}
                          rules={[{ required: true, whitespace: true, message: t('必填', 'Required') }]}
                        >
                          <Input maxLength={20} placeholder={t('箱/个/kg', 'box/piece/kg')} />
                        </Form.Item>
                      </Col>
                      <Col xs={8} md={4}>
                        <Form.Item
                          name={[field.name, 'estimatedUnitPrice']}
                          label={t('预估单价（元）', 'Unit price (yuan)')}
                          rules={[
                            { required: true, message: t('必填', 'Required') },
                            { pattern: YUAN_PATTERN, message: t('金额最多两位小数', 'An amount with at most two decimals') },
                          ]}
                        >
                          <Input inputMode="decimal" style={{ textAlign: 'right' }} />
                        </Form.Item>
                      </Col>
                      <Col xs={20} md={3} style={{ textAlign: 'right', paddingTop: 34, fontVariantNumeric: 'tabular-nums' }}>
                        {lineFen === null ? '—' : formatYuan(lineFen)}
                      </Col>
                      <Col xs={4} md={1} style={{ paddingTop: 30 }}>
                        {fields.length > 1 && (
                          <Button
                            type="text"
                            icon={<DeleteOutlined />}
                            onClick={() => remove(field.name)}
                            aria-label={t('删除此行', 'Remove line')}
                          />
                        )}
                      </Col>
                    </Row>
                  </div>
                );
              })}
              <Form.ErrorList errors={errors} />
              {fields.length < 50 && (
                <Button icon={<PlusOutlined />} onClick={() => add({ quantity: 1 })} style={{ marginBottom: 16 }} data-testid="add-line">
                  {t('添加一行', 'Add a line')}
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
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="submit-purchase">
          {t('提交', 'Submit')}
        </Button>
      </Form>
    </Card>
  );
}
