import type { ButtonProps } from 'antd';
import type { ReactNode } from 'react';
import { Can, useAccess, type Access } from '../../session/access';

/** The administration pages are the district's: its administrators change, its auditors look. */
export function districtOnly(access: Access): boolean {
  return access.isDistrict;
}

/**
 * Whether the viewer may take `action` (a directory or finance permission-table name). Until the viewer's
 * permissions arrive, `can` answers false, so a district administrator is let through by role; the
 * graph refuses whatever it must either way.
 */
export function useMayChange(action: string): boolean {
  const access = useAccess();
  return access.can(action) || access.hasRole('DISTRICT_ADMIN');
}

/** Shows a changing control only to whoever may take `action` (the auditor sees the page without it). */
export function AdminCan({ action, children }: { action: string; children: ReactNode }) {
  const admin = useAccess().hasRole('DISTRICT_ADMIN');
  return (
    <Can action={action} otherwise={admin ? children : null}>
      {children}
    </Can>
  );
}

/** Props of a dialog's OK button carrying a data-testid (Ant Design types the props without data-* attributes). */
export function testIdButton(testId: string | undefined, props: ButtonProps = {}): ButtonProps {
  return { ...props, ...(testId ? { 'data-testid': testId } : {}) } as ButtonProps;
}
