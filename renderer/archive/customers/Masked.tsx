// A masked personal identifier (110105********002X) with 显示: main shows the full value to a role
// allowed to see the archive's content, and audits every reveal (customers.reveal).
import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaskableField } from '../../../electron/archive/contract/mask';
import { api, call } from '../../api';
import { messageOf } from '../items/common';

export function MaskedValue({ customerId, field, value, masked }: { customerId: number; field: MaskableField; value: string | null; masked: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [full, setFull] = useState<string | null>(null);
  if (!value) return <>—</>;
  if (!masked || full !== null) return <Typography.Text className="nowrap">{full ?? value}</Typography.Text>;
  const reveal = async () => {
    try {
      setFull((await call(api().customers.reveal({ id: customerId, field }))).value ?? '');
    } catch (e) {
      void message.error(messageOf(e));
    }
  };
  return (
    <Space size={4}>
      <Typography.Text className="nowrap" data-testid={`masked-${field}`}>
        {value}
      </Typography.Text>
      <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => void reveal()} aria-label={t(`cust.reveal.${field}`)}>
        {t('cust.reveal')}
      </Button>
    </Space>
  );
}
