// The demo's sign-ins, shown again from the sign-in screen (R-IT-1), and the way back to a real
// vault: the demo folder is set aside (moved into a sub-folder, never deleted, never reused).
import { App, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoSignIn } from '../../../electron/contract/types';
import { api, call } from '../../api';
import { DataTable } from '../../components/DataTable';

export function DemoSignInTable({ signIns, onPick }: { signIns: DemoSignIn[]; onPick?: (s: DemoSignIn) => void }) {
  const { t } = useTranslation();
  return (
    <DataTable<DemoSignIn>
      ariaLabel={t('demo.signInsTitle')}
      rowKey={(r) => r.login}
      rows={signIns}
      onRowClick={onPick}
      columns={[
        { key: 'login', title: t('field.login'), render: (r) => r.login },
        { key: 'password', title: t('field.password'), render: (r) => <Typography.Text code>{r.password}</Typography.Text> },
        { key: 'name', title: t('field.displayName'), render: (r) => r.displayName },
        { key: 'roles', title: t('field.roles'), render: (r) => r.roles.map((x) => t(`roles.${x}`)).join('、') },
      ]}
    />
  );
}

/** Under the sign-in form of a demo vault: 显示演示账户 and 改为创建正式档案库. */
export function DemoSignInActions({ signIns, onPick, onSetAside }: { signIns: DemoSignIn[]; onPick: (s: DemoSignIn) => void; onSetAside: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const setAside = async () => {
    setBusy(true);
    try {
      const { folder } = await call(api().vault.demoSetAside());
      void message.success(t('demo.setAsideDone', { folder }));
      setConfirm(false);
      onSetAside();
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'center', marginTop: 8 }} wrap>
        <Button onClick={() => setOpen(true)}>{t('demo.signInsShow')}</Button>
        <Button onClick={() => setConfirm(true)}>{t('demo.setAside')}</Button>
      </Space>
      <Modal open={open} title={t('demo.signInsTitle')} width={860} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('demo.signInsHint')}</Typography.Paragraph>
        <DemoSignInTable
          signIns={signIns}
          onPick={(s) => {
            onPick(s);
            setOpen(false);
          }}
        />
      </Modal>
      <Modal
        open={confirm}
        title={t('demo.setAsideTitle')}
        okText={t('demo.setAsideOk')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onOk={() => void setAside()}
        onCancel={() => setConfirm(false)}
        destroyOnHidden
      >
        {t('demo.setAsideBody')}
      </Modal>
    </>
  );
}
