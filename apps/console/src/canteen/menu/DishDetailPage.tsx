import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Skeleton, Table, Tag } from 'antd';
import { useParams } from 'react-router';
import { useLanguage, useT } from '../../app/language';
import { graphql } from '../../graphql';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { ALLERGEN_LABELS, labelOf } from './menu-helpers';
import { NutrientsTable } from './NutrientsTable';

const CanteenDishQuery = graphql(`
  query CanteenDish($id: ID!) {
    dish(id: $id) {
      id
      name
      note
      school {
        id
        name
      }
      allergens
      lines {
        ingredientId
        grams
        ingredient {
          id
          name
          foodCode
        }
      }
      nutrients {
        energyKcal
        proteinG
        fatG
        carbohydrateG
        calciumMg
        ironMg
        vitaminAUgRae
        vitaminCMg
        sodiumMg
      }
    }
  }
`);

/** One dish (菜品): its recipe in grams per serving, the nutrients the graph computed and its allergens. */
export default function DishDetailPage() {
  const t = useT();
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(CanteenDishQuery, { variables: { id } });
  if (error) return <GraphErrorResult error={error} />;
  const dish = data?.dish;
  if (loading || !dish) return <Skeleton active />;
  return (
    <Card title={dish.name} data-testid="dish-detail">
      <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('学校', 'School')}>{dish.school.name}</Descriptions.Item>
        <Descriptions.Item label={t('做法', 'Note')}>{dish.note ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('过敏原', 'Allergens')}>
          <span data-testid="dish-allergens">
            {dish.allergens.length
              ? dish.allergens.map((a) => <Tag key={a}>{labelOf(ALLERGEN_LABELS, a, language)}</Tag>)
              : t('无', 'None')}
          </span>
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="ingredientId"
        pagination={false}
        dataSource={dish.lines}
        style={{ marginBottom: 16 }}
        columns={[
          { title: t('食材', 'Ingredient'), key: 'name', render: (_, l) => l.ingredient?.name ?? l.ingredientId },
          { title: t('食物编码', 'Food code'), key: 'code', render: (_, l) => l.ingredient?.foodCode ?? '—' },
          { title: t('每份克数', 'Grams per serving'), key: 'grams', render: (_, l) => `${l.grams} g` },
        ]}
      />
      <NutrientsTable title={t('每份营养素', 'Nutrients per serving')} nutrients={dish.nutrients} testId="dish-nutrients" />
    </Card>
  );
}
