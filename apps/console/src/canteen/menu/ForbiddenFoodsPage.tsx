import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, Form, Input, Popconfirm, Row, Table, Tag } from 'antd';
import { useT } from '../../app/language';
import { graphql } from '../../graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { useGraphForm } from '../../shared/components/GraphForm';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { graphProblems } from '../../shared/graph-errors';

const CanteenForbiddenFoodsQuery = graphql(`
  query CanteenForbiddenFoods {
    forbiddenFoods {
      id
      name
      reason
      foodCode
      ingredientId
      builtIn
      createdAt
    }
  }
`);

const CanteenAddForbiddenFoodMutation = graphql(`
  mutation CanteenAddForbiddenFood($input: AddForbiddenFoodInput!) {
    addForbiddenFood(input: $input) {
      id
    }
  }
`);

const CanteenRemoveForbiddenFoodMutation = graphql(`
  mutation CanteenRemoveForbiddenFood($id: ID!) {
    removeForbiddenFood(id: $id) {
      id
    }
  }
`);

interface AddValues {
  name: string;
  reason: string;
  foodCode?: string;
}

/** The district's forbidden foods (禁用食品): the national entries, then the district's own, which its administrator adds and removes. */
export default function ForbiddenFoodsPage() {
  const t = useT();
  const access = useAccess();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(CanteenForbiddenFoodsQuery);
  const [form] = Form.useForm<AddValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [add] = useMutation(CanteenAddForbiddenFoodMutation);
  const [remove] = useMutation(CanteenRemoveForbiddenFoodMutation);
  const mayAdd = access.can('addForbiddenFood');
  const mayRemove = access.can('removeForbiddenFood');

  async function onAdd(values: AddValues) {
    const result = await submit(() =>
      add({
        variables: { input: { name: values.name.trim(), reason: values.reason.trim(), foodCode: values.foodCode?.trim() || undefined } },
      }),
    );
    if (!result?.data) return;
    form.resetFields();
    void message.success(t('已加入禁用清单', 'Added to the forbidden list'));
    void refetch();
  }

  async function onRemove(id: string) {
    try {
      await remove({ variables: { id } });
      void message.success(t('已移除', 'Removed'));
      void refetch();
    } catch (e) {
      void message.error(
        graphProblems(e)
          .map((p) => p.message)
          .join(' '),
      );
    }
  }

  if (error) return <GraphErrorResult error={error} />;
  return (
    <>
      {mayAdd ? (
        <Card title={t('添加禁用食品', 'Add a forbidden food')} style={{ marginBottom: 16 }}>
          <Form form={form} layout="vertical" onFinish={(v) => void onAdd(v)}>
            <Row gutter={16}>
              <Col xs={24} md={6}>
                <Form.Item
                  name="name"
                  label={t('名称', 'Name')}
                  rules={[{ required: true, whitespace: true, message: t('必填', 'Required') }]}
                >
                  <Input placeholder={t('如「河豚」', 'e.g. 河豚 (puffer fish)')} data-testid="forbidden-name" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="reason"
                  label={t('禁用原因', 'Reason')}
                  rules={[{ required: true, whitespace: true, message: t('必填', 'Required') }]}
                >
                  <Input data-testid="forbidden-reason" />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="foodCode" label={t('食物编码（可选）', 'Food code (optional)')}>
                  <Input />
                </Form.Item>
              </Col>
            </Row>
            {alert}
            <Button type="primary" htmlType="submit" loading={submitting} data-testid="forbidden-add">
              {t('添加', 'Add')}
            </Button>
          </Form>
        </Card>
      ) : null}
      <Card title={t('禁用食品', 'Forbidden foods')}>
        <Table
          data-testid="forbidden-table"
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.forbiddenFoods ?? []}
          pagination={false}
          columns={[
            { title: t('名称', 'Name'), dataIndex: 'name' },
            { title: t('禁用原因', 'Reason'), dataIndex: 'reason' },
            { title: t('食物编码', 'Food code'), dataIndex: 'foodCode', render: (v: string | null) => v ?? '—' },
            {
              title: t('来源', 'Source'),
              key: 'builtIn',
              render: (_, f) => (f.builtIn ? <Tag color="red">{t('国家规定', 'National rule')}</Tag> : <Tag>{t('本区', 'District')}</Tag>),
            },
            { title: t('加入时间', 'Added'), key: 'createdAt', render: (_, f) => <DateTime value={f.createdAt} /> },
            {
              title: '',
              key: 'actions',
              render: (_, f) =>
                mayRemove && !f.builtIn ? (
                  <Popconfirm title={t(`从禁用清单移除「${f.name}」？`, `Take “${f.name}” off the list?`)} onConfirm={() => onRemove(f.id)}>
                    <Button size="small" danger>
                      {t('移除', 'Remove')}
                    </Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
      </Card>
    </>
  );
}
