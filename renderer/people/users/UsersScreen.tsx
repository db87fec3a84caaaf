// User administration (系统管理员 only may change; auditor and security officer may read the register).
import { App, Button, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../electron/contract/types';
import { api, call } from '../../api';
import { DataTable, type Column } from '../../components/DataTable';
import { PrintButton } from '../../components/PrintButton';
import { useCan } from '../../kit/can';
import { CreateUserDialog, EditUserDialog, ResetPasswordDialog } from './UserForms';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: UserRow } | { kind: 'reset'; user: UserRow } | null;
const fmt = (s: string | null) => (s ? dayjs(s).format('YYYY-MM-DD HH:mm') : '—');

export function UsersScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canCreate = useCan('users.create');
  const canEdit = useCan('users.update');
  const canReset = useCan('users.resetPassword');
  const canUnlock = useCan('users.unlock');
  const canPrint = useCan('users.print');
  const [rows, setRows] = useState<UserRow[]>([]);
  const [loading, setLoading] = useState(true);
  const [dialog, setDialog] = useState<Dialog>(null);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setRows(await call(api().users.list()));
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setLoading(false);
    }
  }, [message]);
  useEffect(() => void reload(), [reload]);

  const done = async (text: string) => {
    setDialog(null);
    void message.success(text);
    await reload();
  };
  const unlock = async (u: UserRow) => {
    try {
      await call(api().users.unlock({ id: u.id }));
      await done(t('users.unlocked'));
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  const columns: Column<UserRow>[] = [
    { key: 'login', title: t('field.login'), width: 130, render: (u) => u.login },
    { key: 'name', title: t('field.displayName'), width: 130, render: (u) => u.displayName },
    { key: 'roles', title: t('field.roles'), render: (u) => u.roles.map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>) },
    {
      key: 'status',
      title: t('users.status'),
      width: 110,
      render: (u) =>
        u.disabled ? (
          <Tag color="default">{t('users.disabledTag')}</Tag>
        ) : u.lockedUntil && dayjs(u.lockedUntil).isAfter(dayjs()) ? (
          <Tag color="red">{t('users.lockedTag')}</Tag>
        ) : (
          <Tag color="green">{t('users.active')}</Tag>
        ),
    },
    { key: 'last', title: t('users.lastSignIn'), width: 150, render: (u) => fmt(u.lastSignInAt) },
    { key: 'ack', title: t('users.rulesAck'), width: 150, render: (u) => fmt(u.rulesAcknowledgedAt) },
  ];
  if (canEdit || canReset || canUnlock)
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 230,
      render: (u) => (
        <Space size={0}>
          {canEdit ? (
            <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', user: u })}>
              {t('common.edit')}
            </Button>
          ) : null}
          {canReset ? (
            <Button type="link" size="small" onClick={() => setDialog({ kind: 'reset', user: u })}>
              {t('users.reset')}
            </Button>
          ) : null}
          {canUnlock && (u.lockedUntil || u.failedAttempts > 0) ? (
            <Button type="link" size="small" onClick={() => void unlock(u)}>
              {t('users.unlock')}
            </Button>
          ) : null}
        </Space>
      ),
    });

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('users.title')}
        </Typography.Title>
        <Space>
          {canCreate ? (
            <Button type="primary" onClick={() => setDialog({ kind: 'create' })}>
              {t('users.create')}
            </Button>
          ) : null}
          {canPrint ? <PrintButton label={t('users.print')} print={(target) => api().users.print({ target })} /> : null}
        </Space>
      </Space>
      <DataTable<UserRow> ariaLabel={t('users.title')} columns={columns} rowKey={(u) => u.id} rows={rows} loading={loading} />
      {dialog?.kind === 'create' ? <CreateUserDialog onClose={() => setDialog(null)} onDone={() => done(t('users.created'))} /> : null}
      {dialog?.kind === 'edit' ? <EditUserDialog user={dialog.user} onClose={() => setDialog(null)} onDone={() => done(t('common.saved'))} /> : null}
      {dialog?.kind === 'reset' ? <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} onDone={() => done(t('common.saved'))} /> : null}
    </>
  );
}
