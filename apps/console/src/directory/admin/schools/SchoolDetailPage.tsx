import { useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Skeleton, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useLanguage, useT } from '../../../app/language';
import { graphql } from '../../../graphql';
import { DateTime } from '../../../shared/components/DateTime';
import { GraphErrorResult } from '../../../shared/components/GraphErrorResult';
import { AdminCan } from '../admin-access';
import { labelOf, SCHOOL_KINDS } from '../labels';
import { CreateCampusModal, MoveCampusModal } from './CampusModals';
import { SchoolFormModal } from './SchoolFormModal';

const SchoolQuery = graphql(`
  query AdminSchool($id: ID!) {
    school(id: $id) {
      id
      code
      name
      kind
      address
      studentCount
      active
      timeZone
      version
      createdAt
      updatedAt
      campuses {
        id
        name
        address
        active
        history {
          id
          schoolId
          fromDate
          toDate
          reason
          school {
            id
            name
          }
        }
      }
    }
  }
`);

/** One school (学校详情): its particulars, an edit, and its campuses (校区) with where each belonged before. */
export default function SchoolDetailPage() {
  const t = useT();
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SchoolQuery, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const [addingCampus, setAddingCampus] = useState(false);
  const [moving, setMoving] = useState<{ id: string; name: string } | null>(null);

  if (error && !data) return <GraphErrorResult error={error} />;
  const school = data?.school;
  if (loading && !school) return <Skeleton active />;
  if (!school) return null;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Link to="/admin/schools">{t('学校', 'Schools')}</Link>/<span data-testid="school-name">{school.name}</span>
            {!school.active && <Tag>{t('已撤并', 'Closed')}</Tag>}
          </Space>
        }
        extra={
          <AdminCan action="updateSchool">
            <Button data-testid="edit-school" onClick={() => setEditing(true)}>
              {t('编辑', 'Edit')}
            </Button>
          </AdminCan>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('学校标识码', 'School code')}>{school.code}</Descriptions.Item>
          <Descriptions.Item label={t('学校类型', 'Kind')}>{labelOf(SCHOOL_KINDS, school.kind, language)}</Descriptions.Item>
          <Descriptions.Item label={t('在校生人数', 'Enrolled students')}>{school.studentCount}</Descriptions.Item>
          <Descriptions.Item label={t('时区', 'Time zone')}>{school.timeZone}</Descriptions.Item>
          <Descriptions.Item label={t('地址', 'Address')}>{school.address ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('更新于', 'Updated')}>
            <DateTime value={school.updatedAt} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('校区', 'Campuses')}
        extra={
          <AdminCan action="createCampus">
            <Button data-testid="new-campus" onClick={() => setAddingCampus(true)}>
              {t('新建校区', 'New campus')}
            </Button>
          </AdminCan>
        }
      >
        <Table
          data-testid="campuses-table"
          rowKey="id"
          size="middle"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={school.campuses}
          expandable={{
            rowExpandable: (campus) => campus.history.length > 1,
            expandedRowRender: (campus) => (
              <Timeline
                items={campus.history.map((period) => ({
                  key: period.id,
                  content: (
                    <span>
                      {period.fromDate} — {period.toDate ?? t('至今', 'now')}：
                      {period.school?.name ?? t('（不可见的学校）', '(a school you cannot see)')}
                      {period.reason && <Typography.Text type="secondary">（{period.reason}）</Typography.Text>}
                    </span>
                  ),
                }))}
              />
            ),
          }}
          columns={[
            { title: t('校区名称', 'Name'), dataIndex: 'name' },
            { title: t('地址', 'Address'), dataIndex: 'address', render: (value?: string | null) => value ?? '—' },
            {
              title: t('归属本校自', 'Here since'),
              key: 'since',
              render: (_, campus) => campus.history.find((period) => !period.toDate && period.schoolId === school.id)?.fromDate ?? '—',
            },
            {
              title: t('状态', 'Status'),
              dataIndex: 'active',
              render: (value: boolean) => (value ? <Tag color="green">{t('在用', 'Active')}</Tag> : <Tag>{t('停用', 'Unused')}</Tag>),
            },
            {
              title: t('操作', 'Actions'),
              key: 'actions',
              render: (_, campus) => (
                <AdminCan action="moveCampus">
                  <Button
                    size="small"
                    data-testid={`move-campus-${campus.id}`}
                    onClick={() => setMoving({ id: campus.id, name: campus.name })}
                  >
                    {t('划转', 'Move')}
                  </Button>
                </AdminCan>
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <SchoolFormModal
          school={school}
          refetch={refetch}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void refetch();
          }}
        />
      )}
      {addingCampus && (
        <CreateCampusModal
          schoolId={school.id}
          onClose={() => setAddingCampus(false)}
          onSaved={() => {
            setAddingCampus(false);
            void refetch();
          }}
        />
      )}
      {moving && (
        <MoveCampusModal
          campus={moving}
          fromSchoolId={school.id}
          onClose={() => setMoving(null)}
          onSaved={() => {
            setMoving(null);
            void refetch();
          }}
        />
      )}
    </Space>
  );
}
