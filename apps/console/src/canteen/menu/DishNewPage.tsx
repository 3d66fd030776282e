import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useLanguage, useT } from '../../app/language';
import { graphql } from '../../graphql';
import type { CanteenDishIngredientOptionsQuery } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { useGraphForm } from '../../shared/components/GraphForm';
import { useSettled } from '../../shared/import/useSettled';
import { ALLERGEN_LABELS, labelOf, parseGrams, previewRecipe } from './menu-helpers';
import { NutrientsTable } from './NutrientsTable';
import { CanteenMenuCanteensQuery } from './operations';

const CanteenDishIngredientOptionsQuery = graphql(`
  query CanteenDishIngredientOptions($filter: IngredientFilter) {
    ingredients(filter: $filter, first: 20) {
      nodes {
        id
        foodCode
        name
        ediblePercent
        allergens
        energyKcal
        proteinUg
        fatUg
        carbohydrateUg
        calciumUg
        ironUg
        vitaminAUg
        vitaminCUg
        sodiumUg
        forbidden {
          id
          reason
        }
      }
    }
  }
`);

const CanteenCreateDishMutation = graphql(`
  mutation CanteenCreateDish($input: CreateDishInput!) {
    createDish(input: $input) {
      id
      name
    }
  }
`);

type IngredientOption = CanteenDishIngredientOptionsQuery['ingredients']['nodes'][number];

interface DishFormValues {
  schoolId: string;
  name: string;
  note?: string;
  lines: { ingredientId?: string; grams?: string }[];
}

/** An ingredient picker searching the district's catalogue by name or food code; a forbidden food is marked. */
function IngredientSelect({
  value,
  onChange,
  known,
  remember,
  testId,
}: {
  value?: string;
  onChange?: (value: string) => void;
  known: Map<string, IngredientOption>;
  remember: (options: readonly IngredientOption[]) => void;
  testId: string;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const settled = useSettled(search.trim());
  const { data, loading } = useQuery(CanteenDishIngredientOptionsQuery, { variables: { filter: { search: settled || undefined } } });
  const found = data?.ingredients.nodes ?? [];
  const chosen = value ? known.get(value) : undefined;
  const options = [...(chosen && !found.some((f) => f.id === chosen.id) ? [chosen] : []), ...found];
  return (
    <Select
      showSearch
      filterOption={false}
      value={value}
      loading={loading}
      placeholder={t('搜索名称或食物编码', 'Search name or food code')}
      onSearch={setSearch}
      onChange={(id: string) => {
        remember(found);
        onChange?.(id);
      }}
      options={options.map((o) => ({
        value: o.id,
        label: `${o.name} · ${o.foodCode}${o.forbidden ? ` ⚠ ${t('禁用', 'forbidden')}` : ''}`,
      }))}
      data-testid={testId}
    />
  );
}

/** Write a recipe (新建菜品): ingredients of the catalogue in grams per serving, the serving's nutrients and allergens shown as it is typed. */
export default function DishNewPage() {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const access = useAccess();
  const [form] = Form.useForm<DishFormValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [create] = useMutation(CanteenCreateDishMutation);
  const canteens = useQuery(CanteenMenuCanteensQuery);
  const schools = useMemo(() => {
    const byId = new Map<string, string>();
    for (const c of canteens.data?.canteens.nodes ?? [])
      if (access.can('createDish', c.schoolId)) byId.set(c.schoolId, c.school.name ?? c.schoolId);
    return [...byId].map(([value, label]) => ({ value, label }));
  }, [canteens.data, access]);
  const [known, setKnown] = useState(new Map<string, IngredientOption>());
  const remember = (options: readonly IngredientOption[]) =>
    setKnown((previous) => {
      const next = new Map(previous);
      for (const o of options) next.set(o.id, o);
      return next;
    });

  // The first school the viewer writes recipes for is chosen once the schools are known.
  useEffect(() => {
    if (schools.length && !form.getFieldValue('schoolId')) form.setFieldValue('schoolId', schools[0].value);
  }, [schools, form]);
  const lines = Form.useWatch('lines', form) ?? [];
  const preview = previewRecipe(
    lines.map((l) => ({ ingredient: l?.ingredientId ? known.get(l.ingredientId) : undefined, grams: l?.grams })),
  );
  const schoolId = Form.useWatch('schoolId', form) ?? schools[0]?.value;

  async function onFinish(values: DishFormValues) {
    const result = await submit(() =>
      create({
        variables: {
          input: {
            schoolId: values.schoolId ?? schoolId,
            name: values.name.trim(),
            note: values.note?.trim() || undefined,
            lines: values.lines.map((l) => ({ ingredientId: l.ingredientId ?? '', grams: (l.grams ?? '').trim() })),
          },
        },
      }),
    );
    const dish = result?.data?.createDish;
    if (!dish) return;
    void message.success(t('已保存菜品', 'Dish saved'));
    void navigate(`/canteen/dishes/${dish.id}`);
  }

  return (
    <Card title={t('新建菜品', 'New dish')} style={{ maxWidth: 960 }}>
      <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)} initialValues={{ lines: [{}] }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="schoolId"
              label={t('学校', 'School')}

              rules={[{ required: !schoolId, message: t('必填', 'Required') }]}
            >
              <Select options={schools} placeholder={t('选择学校', 'Pick a school')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="name" label={t('菜名', 'Name')} rules={[{ required: true, whitespace: true, message: t('必填', 'Required') }]}>
              <Input maxLength={60} data-testid="dish-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="note" label={t('做法', 'How it is cooked')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{t('配料（每份，市品重量）', 'Ingredients (per serving, weighed as bought)')}</Typography.Title>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row gutter={8} key={field.key} align="top">
                  <Col xs={24} md={14}>
                    <Form.Item
                      name={[field.name, 'ingredientId']}
                      rules={[{ required: true, message: t('选择食材', 'Pick an ingredient') }]}
                    >
                      <IngredientSelect known={known} remember={remember} testId={`dish-line-${index}-ingredient`} />
                    </Form.Item>
                  </Col>
                  <Col xs={16} md={7}>
                    <Form.Item
                      name={[field.name, 'grams']}
                      rules={[
                        { required: true, message: t('必填', 'Required') },
                        {
                          validator: (_, v: string | undefined) =>
                            !v || parseGrams(v) != null
                              ? Promise.resolve()
                              : Promise.reject(
                                  new Error(t('大于 0、至多 2000 克，最多三位小数', 'more than 0, at most 2000 g, up to three decimals')),
                                ),
                        },
                      ]}
                    >
                      <Input addonAfter={t('克', 'g')} placeholder="150" data-testid={`dish-line-${index}-grams`} />
                    </Form.Item>
                  </Col>
                  <Col xs={8} md={3}>
                    <Button
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      disabled={fields.length === 1}
                      aria-label={t('删除', 'Remove')}
                      data-testid={`dish-line-${index}-remove`}
                    />
                  </Col>
                </Row>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({})}
                disabled={fields.length >= 50}
                style={{ marginBottom: 16 }}
                data-testid="dish-add-line"
              >
                {t('添加食材', 'Add ingredient')}
              </Button>
            </>
          )}
        </Form.List>
        <Card size="small" style={{ marginBottom: 16 }} data-testid="dish-preview">
          <NutrientsTable title={t('每份营养素（预估）', 'Nutrients per serving (estimate)')} nutrients={preview.nutrients} />
          <Space style={{ marginTop: 8 }} wrap>
            <Typography.Text>{t('过敏原', 'Allergens')}:</Typography.Text>
            {preview.allergens.length
              ? preview.allergens.map((a) => (
                  <Tag key={a} color="volcano">
                    {labelOf(ALLERGEN_LABELS, a, language)}
                  </Tag>
                ))
              : t('无', 'None')}
          </Space>
        </Card>
        {alert}
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="dish-submit">
          {t('保存菜品', 'Save dish')}
        </Button>
      </Form>
    </Card>
  );
}
