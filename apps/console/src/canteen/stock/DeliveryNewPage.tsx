import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Spin, Col, Form, Input, InputNumber, Radio, Row, Select, Tag, Typography, type FormInstance } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../app/language';
import { useAccess } from '../../session/access';
import { useSchoolZone } from '../../session/zone';
import { useGraphForm } from '../../shared/components/GraphForm';
import { CanteenSelect, IngredientSelect, QuantityField, useCanteens, useIngredient, type CanteenOption } from './components';
import { STORAGE_KIND } from './labels';
import { CanteenBulkStaplesQuery, CanteenRecordDeliveryMutation, CanteenStockSuppliersQuery } from './operations';
import {
  defaultUnit,
  needsQuarantineCertificate,
  needsTemperature,
  recordDeliveryInput,
  schoolToday,
  type DeliveryFormValues,
  type DeliveryItemValues,
} from './stock-helpers';

const YUAN_PATTERN = /^\s*¥?\s*\d[\d,]*(\.\d{1,2})?\s*$/;
const NEW_ITEM: DeliveryItemValues = {
  quantity: { amount: '', unit: 'KG' },
  shelfLifeMode: 'DAYS',
  keptAt: 'DRY',
  sensoryOk: true,
  accepted: true,
};

/**
 * Receiving a delivery at the kitchen door (进货查验, 索证索票), laid out for a tablet (1024×768, still
 * usable at 768 wide): the canteen and supplier, the documents sighted, then each item as inspected —
 * quantity, price, batch and dates, storage, temperature of chilled and frozen goods, the sensory
 * check and the verdict. The graph decides; its field errors show under their fields.
 */
export default function DeliveryNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const zone = useSchoolZone();
  const access = useAccess();
  const { canteens, loading: canteensLoading } = useCanteens();
  const receiving = canteens.filter((c) => access.can('recordDelivery', c.schoolId));
  const [form] = Form.useForm<DeliveryFormValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [mutate] = useMutation(CanteenRecordDeliveryMutation);
  const [supplierSearch, setSupplierSearch] = useState('');
  const suppliers = useQuery(CanteenStockSuppliersQuery, { variables: { nameContains: supplierSearch.trim() || null } });
  const bulk = useQuery(CanteenBulkStaplesQuery);
  const canteenId = Form.useWatch('canteenId', form) ?? (receiving.length === 1 ? receiving[0].id : undefined);
  const canteen = receiving.find((c) => c.id === canteenId);

  async function onFinish(values: DeliveryFormValues) {
    const result = await submit(() => mutate({ variables: { input: recordDeliveryInput({ ...values, canteenId }) } }));
    const delivery = result?.data?.recordDelivery;
    if (!delivery) return;
    void message.success(t('已登记', 'Recorded'));
    void navigate(`/canteen/deliveries/${delivery.id}`);
  }

  if (canteensLoading && !canteens.length) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!receiving.length)
    return (
      <Card title={t('进货查验', 'Receive a delivery')}>
        <Typography.Text>
          {t('只有食堂管理员和保管员可以登记进货查验。', 'Only canteen managers and storekeepers record deliveries.')}
        </Typography.Text>
      </Card>
    );

  return (
    <Card title={t('进货查验', 'Receive a delivery')} style={{ maxWidth: 1100 }} data-testid="delivery-form">
      <Form<DeliveryFormValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{
          canteenId: receiving.length === 1 ? receiving[0].id : undefined,
          deliveredOn: schoolToday(zone),
          items: [NEW_ITEM],
        }}
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="canteenId"
              label={t('食堂', 'Canteen')}
              rules={[{ required: true, message: t('请选择食堂', 'Choose a canteen') }]}
            >
              <CanteenSelect canteens={receiving} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="supplierId"
              label={t('供应商', 'Supplier')}
              rules={[{ required: true, message: t('请选择供应商', 'Choose a supplier') }]}
            >
              <Select
                showSearch={{ filterOption: false, onSearch: setSupplierSearch }}
                loading={suppliers.loading}
                placeholder={t('输入名称搜索', 'Type to search')}
                options={(suppliers.data?.suppliers.nodes ?? []).map((s) => ({ value: s.id, label: s.name }))}
                onChange={(id: string) => {
                  // The licence on file is what the inspector compares with the one shown at the door.
                  const supplier = suppliers.data?.suppliers.nodes.find((s) => s.id === id);
                  if (supplier?.foodLicenceNumber && !form.getFieldValue('supplierLicenceNumber'))
                    form.setFieldValue('supplierLicenceNumber', supplier.foodLicenceNumber);
                }}
                data-testid="delivery-supplier"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              name="deliveredOn"
              label={t('到货日期', 'Delivered on')}
              rules={[{ required: true, message: t('必填', 'Required') }]}
            >
              <Input type="date" data-testid="delivery-date" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              name="supplierLicenceNumber"
              label={t('食品经营许可证号（索证）', 'Food licence sighted')}
              rules={[{ required: true, whitespace: true, message: t('请核对许可证', 'Check the licence') }]}
            >
              <Input maxLength={64} data-testid="delivery-licence" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              name="invoiceNumber"
              label={t('发票/送货单号（索票）', 'Invoice / delivery note')}
              rules={[{ required: true, whitespace: true, message: t('请填写票据号', 'Enter the invoice number') }]}
            >
              <Input maxLength={64} data-testid="delivery-invoice" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{t('查验明细', 'Items as inspected')}</Typography.Title>
        <Form.List name="items">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <ItemCard
                  key={field.key}
                  form={form}
                  name={field.name}
                  index={index}
                  canteen={canteen}
                  bulkStaples={bulk.data?.canteenSettings.bulkStapleCategories ?? []}
                  onRemove={fields.length > 1 ? () => remove(field.name) : undefined}
                />
              ))}
              <Form.ErrorList errors={errors} />
              {fields.length < 50 && (
                <Button icon={<PlusOutlined />} onClick={() => add(NEW_ITEM)} style={{ marginBottom: 16 }} data-testid="add-item">
                  {t('添加一项', 'Add an item')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <Form.Item name="remarks" label={t('备注', 'Remarks')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        {alert}
        <Button type="primary" size="large" htmlType="submit" loading={submitting} data-testid="submit-delivery">
          {t('提交查验记录', 'Submit the inspection')}
        </Button>
      </Form>
    </Card>
  );
}

/** One item as inspected at the door. */
function ItemCard({
  form,
  name,
  index,
  canteen,
  bulkStaples,
  onRemove,
}: {
  form: FormInstance<DeliveryFormValues>;
  name: number;
  index: number;
  canteen: CanteenOption | undefined;
  bulkStaples: readonly string[];
  onRemove?: () => void;
}) {
  const t = useT();
  const item = (Form.useWatch(['items', name], form) ?? {}) as DeliveryItemValues;
  const ingredient = useIngredient(item.ingredientId);
  const keptAt = item.keptAt ?? 'DRY';
  const accepted = item.accepted !== false;
  const mode = item.shelfLifeMode ?? 'DAYS';
  const locations = (canteen?.storageLocations ?? []).filter((l) => l.kind === keptAt);
  const bulk = accepted && !!ingredient && bulkStaples.includes(ingredient.category);
  const field = (key: string) => [name, key];

  return (
    <Card
      size="small"
      style={{ marginBottom: 12, borderColor: accepted ? undefined : '#ffa39e' }}
      title={
        <span>
          {t(`第 ${index + 1} 项`, `Item ${index + 1}`)} {ingredient && <strong>{ingredient.name}</strong>}{' '}
          {bulk && <Tag color="gold">{t('大宗食品，需复核', 'Bulk staple: second inspection')}</Tag>}
        </span>
      }
      extra={onRemove && <Button type="text" icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('删除此项', 'Remove item')} />}
      data-testid="delivery-item"
    >
      <Row gutter={12}>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item
            name={field('ingredientId')}
            label={t('食材', 'Ingredient')}
            rules={[{ required: true, message: t('请选择食材', 'Choose an ingredient') }]}
          >
            <IngredientSelect
              testId="item-ingredient"
              onPick={(picked) => {
                if (!picked) return;
                form.setFieldValue(['items', name, 'quantity'], { ...item.quantity, unit: defaultUnit(picked.baseUnit) });
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} lg={5}>
          <Form.Item name={field('quantity')} label={t('数量', 'Quantity')} rules={[{ required: true, message: t('必填', 'Required') }]}>
            <QuantityField baseUnit={ingredient?.baseUnit} pieceGrams={ingredient?.pieceGrams} testId="item-quantity" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6} lg={4}>
          <Form.Item
            name={field('unitPrice')}
            label={t('单价（元）', 'Unit price (yuan)')}
            rules={[
              { required: true, message: t('必填', 'Required') },
              { pattern: YUAN_PATTERN, message: t('金额最多两位小数', 'At most two decimals') },
            ]}
          >
            <Input inputMode="decimal" prefix="¥" style={{ textAlign: 'right' }} data-testid="item-price" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8} lg={7}>
          <Form.Item
            name={field('batchNumber')}
            label={t('生产批号', 'Batch number')}
            rules={[{ required: true, whitespace: true, message: t('必填', 'Required') }]}
          >
            <Input maxLength={64} data-testid="item-batch" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8} lg={6}>
          <Form.Item
            name={field('productionDate')}
            label={t('生产日期', 'Production date')}
            rules={[{ required: true, message: t('必填', 'Required') }]}
          >
            <Input type="date" data-testid="item-production-date" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8} lg={6}>
          <Form.Item name={field('shelfLifeMode')} label={t('保质期', 'Shelf life')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'DAYS', label: t('天数', 'Days') },
                { value: 'DATE', label: t('到期日', 'Date') },
                { value: 'NONE', label: t('无', 'None') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8} lg={6}>
          {mode === 'DAYS' && (
            <Form.Item
              name={field('shelfLifeDays')}
              label={t('保质期（天）', 'Shelf life (days)')}
              rules={[{ required: true, message: t('必填', 'Required') }]}
            >
              <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} data-testid="item-shelf-life" />
            </Form.Item>
          )}
          {mode === 'DATE' && (
            <Form.Item
              name={field('expiresOn')}
              label={t('保质期至', 'Expires on')}
              rules={[{ required: true, message: t('必填', 'Required') }]}
            >
              <Input type="date" data-testid="item-expires-on" />
            </Form.Item>
          )}
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name={field('keptAt')} label={t('贮存条件', 'Kept')}>
            <Radio.Group
              optionType="button"
              options={Object.entries(STORAGE_KIND).map(([value, l]) => ({ value, label: t(l.zh, l.en) }))}
              onChange={() => form.setFieldValue(['items', name, 'locationId'], undefined)}
            />
          </Form.Item>
        </Col>
        {needsTemperature(keptAt) && (
          <Col xs={12} sm={6} lg={4}>
            <Form.Item
              name={field('arrivalTemperature')}
              label={t('到货温度（℃）', 'Arrival temp. (℃)')}
              rules={[
                { required: true, message: t('必填', 'Required') },
                { pattern: /^\s*[-−]?\d{1,2}(\.\d)?\s*$/, message: t('如 4.5 或 -18', 'e.g. 4.5 or -18') },
              ]}
              extra={keptAt === 'CHILLED' ? '0–8 ℃' : '≤ −12 ℃'}
            >
              <Input inputMode="decimal" data-testid="item-temperature" />
            </Form.Item>
          </Col>
        )}
        {accepted && (
          <Col xs={12} sm={6} lg={6}>
            <Form.Item
              name={field('locationId')}
              label={t('库位', 'Storage location')}
              rules={[{ required: true, message: t('请选择库位', 'Choose a location') }]}
            >
              <Select
                placeholder={t('选择库位', 'Choose')}
                options={locations.map((l) => ({ value: l.id, label: l.name }))}
                notFoundContent={t('该食堂没有此类库位', 'No location of this kind')}
                data-testid="item-location"
              />
            </Form.Item>
          </Col>
        )}
        {needsQuarantineCertificate(ingredient?.category) && (
          <Col xs={24} sm={12} lg={8}>
            <Form.Item
              name={field('quarantineCertificateNumber')}
              label={t('动物检疫合格证明编号', 'Quarantine certificate no.')}
              rules={accepted ? [{ required: true, whitespace: true, message: t('肉类须查验检疫证明', 'Meat needs its certificate') }] : []}
            >
              <Input maxLength={64} data-testid="item-quarantine" />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name={field('sensoryOk')} label={t('感官检查', 'Sensory check')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: true, label: t('合格', 'Passed') },
                { value: false, label: t('不合格', 'Failed') },
              ]}
              onChange={(e) => {
                if (e.target.value === false) form.setFieldValue(['items', name, 'accepted'], false);
              }}
            />
          </Form.Item>
        </Col>
        {item.sensoryOk === false && (
          <Col xs={24} sm={12} lg={10}>
            <Form.Item
              name={field('sensoryNotes')}
              label={t('感官检查情况', 'What the check found')}
              rules={[{ required: true, whitespace: true, message: t('请说明', 'Say what was found') }]}
            >
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name={field('accepted')} label={t('查验结论', 'Verdict')}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: true, label: t('验收', 'Accept') },
                { value: false, label: t('拒收', 'Reject') },
              ]}
              data-testid="item-verdict"
            />
          </Form.Item>
        </Col>
        {!accepted && (
          <Col xs={24} sm={12} lg={10}>
            <Form.Item
              name={field('rejectionReason')}
              label={t('拒收原因', 'Why rejected')}
              rules={[{ required: true, whitespace: true, message: t('请填写拒收原因', 'Say why it is rejected') }]}
            >
              <Input maxLength={500} data-testid="item-rejection-reason" />
            </Form.Item>
          </Col>
        )}
      </Row>
    </Card>
  );
}
