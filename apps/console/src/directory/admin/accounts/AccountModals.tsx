import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useLanguage, useT } from '../../../app/language';
import { graphql } from '../../../graphql';
import { useGraphForm } from '../../../shared/components/GraphForm';
import { FormModal } from '../FormModal';
import { checkGrantRole, isDistrictRole, ROLE_LABELS, ROLES, type HeldGrant } from '../roles';
import { SchoolSelect } from '../SchoolSelect';

const CreateAccountMutation = graphql(`
  mutation AdminCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      username
    }
  }
`);

const GrantRoleMutation = graphql(`
  mutation AdminGrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
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

const DeactivateAccountMutation = graphql(`
  mutation AdminDeactivateAccount($input: DeactivateAccountInput!) {
    deactivateAccount(input: $input) {
      id
      active
    }
  }
`);

const StaffOptionsQuery = graphql(`
  query AdminStaffOptions($nameContains: String) {
    staff(filter: { nameContains: $nameContains, active: true }, first: 20) {
      nodes {
        id
        name
        employeeNumber
        school {
          id
          name
        }
      }
    }
  }
`);

/** A staff member to tie an account to, searched by name across the district's schools. */
function StaffSelect({ value, onChange }: { value?: string; onChange?: (value: string | undefined) => void }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(StaffOptionsQuery, { variables: { nameContains: search.trim() || null }, skip: !search.trim() });
  const [known, setKnown] = useState<Record<string, string>>({});
  const options = (data?.staff.nodes ?? []).map((s) => ({ value: s.id, label: `${s.name}（${s.employeeNumber}，${s.school.name}）` }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: known[value] ?? value });
  return (
    <Select<string>
      allowClear
      value={value}
      loading={loading}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={t('输入姓名搜索教职工', 'Type a name to search staff')}
      notFoundContent={search.trim() ? undefined : null}
      onChange={(next, option) => {
        const label = (Array.isArray(option) ? undefined : option)?.label;
        if (next && typeof label === 'string') setKnown((k) => ({ ...k, [next]: label }));
        onChange?.(next);
      }}
    />
  );
}

interface AccountValues {
  username?: string;
  displayName?: string;
  password?: string;
  staffId?: string;
}

/** A new login account (新建账号); its roles are granted afterwards. */
export function CreateAccountModal({ onClose, onSaved }: { onClose(): void; onSaved(id: string): void }) {
  const t = useT();
  const [form] = Form.useForm<AccountValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [createAccount] = useMutation(CreateAccountMutation);
  async function save(values: AccountValues) {
    const result = await submit(() =>
      createAccount({
        variables: {
          input: {
            username: (values.username ?? '').trim(),
            displayName: (values.displayName ?? '').trim(),
            password: values.password ?? '',
            staffId: values.staffId || null,
          },
        },
      }),
    );
    if (result?.data) onSaved(result.data.createAccount.id);
  }
  return (
    <FormModal<AccountValues>
      title={t('新建账号', 'New account')}
      open
      form={form}
      onCancel={onClose}
      onFinish={save}
      submitting={submitting}
      alert={alert}
      testId="account-form"
    >
      <Form.Item
        name="username"
        label={t('登录名', 'Username')}
        extra={t('3–64 位小写字母、数字或 . _ -', '3 to 64 lower-case letters, digits, . _ or -')}
        rules={[
          {
            required: true,
            pattern: /^[a-z0-9._-]{3,64}$/,
            message: t('3–64 位小写字母、数字或 . _ -', '3 to 64 lower-case letters, digits, . _ or -'),
          },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="displayName" label={t('显示名称', 'Display name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('初始密码', 'Initial password')}
        extra={t('至少 10 位；请告知本人首次登录后修改', 'At least 10 characters; ask the owner to change it after signing in')}
        rules={[{ required: true, min: 10, message: t('至少 10 位', 'At least 10 characters') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="staffId" label={t('对应教职工（可选）', 'Staff member (optional)')}>
        <StaffSelect />
      </Form.Item>
    </FormModal>
  );
}

interface GrantValues {
  role?: string;
  schoolId?: string;
}

/**
 * Grant a role (授予角色): a district role for the whole district, a school role at the school chosen.
 * The form asks for the school only for a school role (checkGrantRole is the rule, as grantRole has it).
 */
export function GrantRoleModal({
  account,
  onClose,
  onSaved,
}: {
  account: { id: string; displayName: string; roles: readonly HeldGrant[] };
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const [form] = Form.useForm<GrantValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [grantRole] = useMutation(GrantRoleMutation);
  const role = Form.useWatch('role', form);
  const roleOptions = [
    {
      label: t('区级角色（全学区）', 'District roles'),
      options: ROLES.filter(isDistrictRole).map((r) => ({ value: r, label: ROLE_LABELS[r][language] })),
    },
    {
      label: t('学校角色（须选学校）', 'School roles'),
      options: ROLES.filter((r) => !isDistrictRole(r)).map((r) => ({ value: r, label: ROLE_LABELS[r][language] })),
    },
  ];

  async function save(values: GrantValues) {
    const check = checkGrantRole(account.id, values, account.roles);
    if (!check.ok) {
      form.setFields([{ name: check.field, errors: [t(check.zh, check.en)] }]);
      return;
    }
    const result = await submit(() => grantRole({ variables: { input: check.input } }));
    if (result?.data) onSaved();
  }

  return (
    <FormModal<GrantValues>
      title={t(`授予角色：${account.displayName}`, `Grant a role: ${account.displayName}`)}
      open
      form={form}
      onCancel={onClose}
      onFinish={save}
      submitting={submitting}
      alert={alert}
      okText={t('授予', 'Grant')}
      testId="grant-role-form"
    >
      <Form.Item name="role" label={t('角色', 'Role')} rules={[{ required: true, message: t('请选择角色', 'Choose a role') }]}>
        <Select options={roleOptions} data-testid="grant-role-select" />
      </Form.Item>
      {role && !isDistrictRole(role) && (
        <Form.Item
          name="schoolId"
          label={t('学校', 'School')}
          rules={[{ required: true, message: t('学校角色须选择学校', 'A school role needs a school') }]}
        >
          <SchoolSelect />
        </Form.Item>
      )}
      {role && isDistrictRole(role) && (
        <Alert
          type="warning"
          showIcon
          title={t('区级角色适用于全学区所有学校。', 'A district role holds at every school of the district.')}
        />
      )}
    </FormModal>
  );
}

interface DeactivateValues {
  reason?: string;
}

/** Deactivate an account (停用账号): it cannot sign in and its sessions end at once; the reason goes to the audit trail. */
export function DeactivateAccountModal({
  account,
  onClose,
  onSaved,
}: {
  account: { id: string; displayName: string; username: string };
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  const [form] = Form.useForm<DeactivateValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [deactivateAccount] = useMutation(DeactivateAccountMutation);
  async function save(values: DeactivateValues) {
    const result = await submit(() =>
      deactivateAccount({ variables: { input: { accountId: account.id, reason: (values.reason ?? '').trim() } } }),
    );
    if (result?.data) onSaved();
  }
  return (
    <FormModal<DeactivateValues>
      title={t(`停用账号：${account.displayName}（${account.username}）`, `Deactivate ${account.displayName} (${account.username})`)}
      open
      form={form}
      onCancel={onClose}
      onFinish={save}
      submitting={submitting}
      alert={alert}
      okText={t('确认停用', 'Deactivate')}
      testId="deactivate-form"
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={t(
          '停用后该账号无法登录，已登录的会话立即失效。此操作不能在控制台撤销。',
          'The account can no longer sign in and its sessions end at once. This cannot be undone here.',
        )}
      />
      <Form.Item
        name="reason"
        label={t('停用原因', 'Reason')}
        rules={[{ required: true, whitespace: true, message: t('请填写原因', 'Give the reason') }]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
