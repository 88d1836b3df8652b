import {
  AppstoreOutlined, AuditOutlined, BankOutlined, CalendarOutlined, DashboardOutlined, FileTextOutlined,
  GiftOutlined, HeartOutlined, HomeOutlined, MoneyCollectOutlined, PrinterOutlined, SafetyCertificateOutlined,
  SettingOutlined, TeamOutlined, UnorderedListOutlined, UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

// The names of Minzheng.Sdk.Ui.UiIcons; an unknown name gets a neutral icon.
const icons: Record<string, ReactNode> = {
  file: <FileTextOutlined />, team: <TeamOutlined />, user: <UserOutlined />, dashboard: <DashboardOutlined />,
  home: <HomeOutlined />, heart: <HeartOutlined />, gift: <GiftOutlined />, money: <MoneyCollectOutlined />,
  certificate: <SafetyCertificateOutlined />, printer: <PrinterOutlined />, organisation: <BankOutlined />,
  calendar: <CalendarOutlined />, settings: <SettingOutlined />, list: <UnorderedListOutlined />, audit: <AuditOutlined />,
};

export function iconFor(name?: string | null): ReactNode {
  return name ? icons[name] ?? <AppstoreOutlined /> : undefined;
}
