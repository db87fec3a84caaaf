// The one print button: "打印为 PDF" (save dialog in the app, a file in tests) or the system
// print dialog. The caller passes the *.print call bound to its current filter.
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintResult } from '../../electron/contract/types';
import type { Result } from '../../electron/contract/result';
import { call, CallError } from '../api';

export function PrintButton({ print, label }: { print: (target: 'pdf' | 'printer') => Promise<Result<PrintResult>>; label?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'pdf' | 'printer' | null>(null);
  const run = async (target: 'pdf' | 'printer') => {
    setBusy(target);
    try {
      const r = await call(print(target));
      if (target === 'pdf' && r.path) void message.success(t('print.savedTo', { path: r.path }));
      else if (target === 'printer') void message.success(t('print.sent'));
    } catch (e) {
      if (!(e instanceof CallError && e.code === 'PRINT_CANCELLED')) void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space.Compact>
      <Button icon={<FilePdfOutlined />} loading={busy === 'pdf'} onClick={() => void run('pdf')}>
        {label ? t('print.withPdf', { label }) : t('print.pdf')}
      </Button>
      <Button icon={<PrinterOutlined />} loading={busy === 'printer'} onClick={() => void run('printer')} aria-label={t('print.printer')}>
        {t('print.printer')}
      </Button>
    </Space.Compact>
  );
}
