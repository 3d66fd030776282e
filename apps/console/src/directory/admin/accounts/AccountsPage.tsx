import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLanguage, useT } from '../../../app/language';
import { graphql } from '../../../graphql';
import type { AdminAccountsQuery } from '../../../graphql/graphql';
import { DateTime } from '../../../shared/components/DateTime';
import { GraphErrorResult } from '../../../shared/components/GraphErrorResult';
import { PagedTable } from '../../../shared/components/PagedTable';
import { useCursorPaging } from '../../../shared/paging';
import { useAccess } from '../../../session/access';
import { AdminCan, testIdButton, useMayChange } from '../admin-access';
import { useAdminAction } from '../admin-action';
import { isDistrictRole, roleLabel, sortGrants } from '../roles';
import { SchoolSelect } from '../SchoolSelect';
import { CreateAccountModal, DeactivateAccountModal, GrantRoleModal } from './AccountModals';

const AccountsQuery = graphql(`
  query AdminAccounts($filter: AccountFilter, $first: Int, $after: String) {
    accounts(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        username
        displayName
        active
        lastLoginAt
        createdAt
        staff {
          id
          name
        }
        roles {
          id
          role
          schoolId
          school {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const RevokeRoleMutation = graphql(`
  mutation AdminRevokeRole($input: RevokeRoleInput!) {
    revokeRole(input: $input) {
      id
      roles {
        id
        role
        schoolId
        school {
          id
          name
        }
      }
    }
  }
`);

type Account = AdminAccountsQuery['accounts']['nodes'][number];

/**
 * Accounts and roles (账号与角色): the district's login accounts by status and school, each with its roles
 * as tags; administrators add accounts, grant and revoke roles, and deactivate an account.
 */
export default function AccountsPage() {
  const t = useT();
  const { language } = useLanguage();
  const { modal } = App.useApp();
  const access = useAccess();
  const paging = useCursorPaging();
  const [active, setActive] = useState<boolean | null>(true);
  const [schoolId, setSchoolId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<Account | null>(null);
  const [deactivating, setDeactivating] = useState<Account | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(AccountsQuery, {
    variables: { filter: { active, schoolId }, ...paging.variables },
  });
  const page = (data ?? previousData)?.accounts;
  const [revokeRole] = useMutation(RevokeRoleMutation);
  const { run, alert } = useAdminAction(refetch);
  const mayRevoke = useMayChange('revokeRole');

  function confirmRevoke(account: Account, grant: Account['roles'][number]) {
    const where = grant.school?.name ?? (isDistrictRole(grant.role) ? t('全学区', 'district-wide') : '');
    modal.confirm({
      title: t('撤销角色？', 'Revoke the role?'),
      content: t(
        `撤销「${account.displayName}」的 ${roleLabel(grant.role, 'zh')}（${where}）。授权记录保留。`,
        `Revoke ${roleLabel(grant.role, 'en')} (${where}) from ${account.displayName}. The grant stays on record.`,
      ),
      okText: t('撤销', 'Revoke'),
      okButtonProps: testIdButton('revoke-role-confirm', { danger: true }),
      cancelText: t('取消', 'Cancel'),
      onOk: () => run(`revoke-${grant.id}`, () => revokeRole({ variables: { input: { grantId: grant.id } } }), t('已撤销', 'Revoked')),
    });
  }

  return (
    <Card
      title={t('账号与角色', 'Accounts and roles')}
      extra={
        <AdminCan action="createAccount">
          <Button type="primary" data-testid="new-account" onClick={() => setCreating(true)}>
            {t('新建账号', 'New account')}
          </Button>
        </AdminCan>
      }
    >
      {alert}
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<string>
          style={{ width: 140 }}
          value={active === null ? 'all' : String(active)}
          options={[
            { value: 'true', label: t('在用', 'Active') },
            { value: 'false', label: t('已停用', 'Deactivated') },
            { value: 'all', label: t('全部', 'All') },
          ]}
          onChange={(value) => {
            setActive(value === 'all' ? null : value === 'true');
            paging.reset();
          }}
          data-testid="accounts-active-filter"
        />
        <SchoolSelect
          allowClear
          style={{ width: 320 }}
          value={schoolId ?? undefined}
          placeholder={t('在该学校有角色的账号', 'Holding a role at school')}
          onChange={(value) => {
            setSchoolId(value ?? null);
            paging.reset();
          }}
        />
      </Space>
      {error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <div data-testid="accounts-table">
          <PagedTable<Account>
            rowKey="id"
            page={page}
            paging={paging}
            loading={loading}
            columns={[
              {
                title: t('账号', 'Account'),
                key: 'account',
                render: (_, account) => (
                  <Space orientation="vertical" size={0}>
                    <span>
                      {account.displayName} {!account.active && <Tag>{t('已停用', 'Deactivated')}</Tag>}
                    </span>
                    <Typography.Text type="secondary">{account.username}</Typography.Text>
                  </Space>
                ),
              },
              { title: t('教职工', 'Staff member'), key: 'staff', render: (_, account) => account.staff?.name ?? '—' },
              {
                title: t('角色', 'Roles'),
                key: 'roles',
                render: (_, account) => (
                  <Space size={[0, 4]} wrap>
                    {sortGrants(account.roles).map((grant) => (
                      <Tag
                        key={grant.id}
                        color={isDistrictRole(grant.role) ? 'purple' : 'blue'}
                        closable={mayRevoke && account.active && !(account.id === access.accountId && grant.role === 'DISTRICT_ADMIN')}
                        onClose={(event) => {
                          event.preventDefault();
                          confirmRevoke(account, grant);
                        }}
                        data-testid={`role-${grant.id}`}
                      >
                        {roleLabel(grant.role, language)}
                        {grant.school ? ` · ${grant.school.name}` : ''}
                      </Tag>
                    ))}
                    {!account.roles.length && <Typography.Text type="secondary">{t('无角色', 'No roles')}</Typography.Text>}
                  </Space>
                ),
              },
              {
                title: t('最近登录', 'Last sign-in'),
                dataIndex: 'lastLoginAt',
                render: (value?: string | null) => (value ? <DateTime value={value} /> : '—'),
              },
              {
                title: t('操作', 'Actions'),
                key: 'actions',
                fixed: 'right',
                render: (_, account) =>
                  account.active && (
                    <Space>
                      <AdminCan action="grantRole">
                        <Button size="small" data-testid="grant-role" onClick={() => setGranting(account)}>
                          {t('授予角色', 'Grant role')}
                        </Button>
                      </AdminCan>
                      {account.id !== access.accountId && (
                        <AdminCan action="deactivateAccount">
                          <Button size="small" danger data-testid="deactivate-account" onClick={() => setDeactivating(account)}>
                            {t('停用', 'Deactivate')}
                          </Button>
                        </AdminCan>
                      )}
                    </Space>
                  ),
              },
            ]}
          />
        </div>
      )}
      {creating && (
        <CreateAccountModal
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            void refetch();
          }}
        />
      )}
      {granting && (
        <GrantRoleModal
          account={granting}
          onClose={() => setGranting(null)}
          onSaved={() => {
            setGranting(null);
            void refetch();
          }}
        />
      )}
      {deactivating && (
        <DeactivateAccountModal
          account={deactivating}
          onClose={() => setDeactivating(null)}
          onSaved={() => {
            setDeactivating(null);
            void refetch();
          }}
        />
      )}
    </Card>
  );
}
