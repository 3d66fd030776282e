import { Drawer } from 'antd';
import type { ReactNode } from 'react';

/** The menu as a drawer from the left, on a phone only (loaded then: desktops never download it). */
export default function PhoneMenu({ open, onClose, children }: { open: boolean; onClose(): void; children: ReactNode }) {
  return (
    <Drawer placement="left" open={open} onClose={onClose} size={260} styles={{ body: { padding: 0 } }}>
      {children}
    </Drawer>
  );
}
