import { useMemo } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Breadcrumb, Button, Layout, Menu, Space, Typography, type MenuProps } from 'antd';
import { EnvironmentOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useSession } from './session';
import { iconFor } from './icons';
import type { UiMenuNode } from './types';

const { Header, Sider, Content } = Layout;

type MenuItem = Required<MenuProps>['items'][number];

function toItems(nodes: UiMenuNode[]): MenuItem[] {
  return nodes.map((node) => node.path
    ? { key: node.path, icon: iconFor(node.icon), label: <Link to={node.path}>{node.title}</Link> }
    : { key: node.key, icon: iconFor(node.icon), label: node.title, children: toItems(node.children) });
}

/** The chain of menu entries down to the one whose route is the longest prefix of the location. */
function trail(nodes: UiMenuNode[], pathname: string): UiMenuNode[] {
  let best: UiMenuNode[] = [];
  const visit = (list: UiMenuNode[], parents: UiMenuNode[]) => {
    for (const node of list) {
      const chain = [...parents, node];
      if (node.path && (pathname === node.path || (node.path !== '/' && pathname.startsWith(node.path + '/')))) {
        if (!best.length || node.path.length > (best[best.length - 1].path ?? '').length) best = chain;
      }
      visit(node.children, chain);
    }
  };
  visit(nodes, []);
  return best;
}

export function Shell() {
  const { me, ui, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const menu = useMemo(() => ui?.menu ?? [], [ui]);
  const chain = trail(menu, location.pathname);
  const selected = chain.length ? [chain[chain.length - 1].path!] : [];
  const open = chain.filter((n) => !n.path).map((n) => n.key);

  const crumbs = [{ title: <Link to="/">首页</Link> }];
  for (const node of chain) {
    if (node.path === '/') continue;
    crumbs.push({ title: node.path && node.path !== location.pathname ? <Link to={node.path}>{node.title}</Link> : <span>{node.title}</span> });
  }
  // A module page opened from a list (a record, a form) is not in the menu: it sits under its module.
  const page = pageOf(location.pathname, ui);
  if (page && (!chain.length || chain[chain.length - 1].path !== location.pathname)) {
    if (!chain.length) crumbs.push({ title: <span>{page.module}</span> });
    crumbs.push({ title: <span>{page.title}</span> });
  }
  const platformPage = platformPageOf(location.pathname);
  if (platformPage && chain.length) crumbs.push({ title: <span>{platformPage}</span> });

  if (!me) return null;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="mz-skip" href="#main">跳到正文</a>
      <Sider width={220} breakpoint="lg" collapsedWidth={0} aria-label="导航">
        <div className="mz-brand">民政业务系统</div>
        <nav aria-label="主菜单">
          <Menu theme="dark" mode="inline" items={toItems(menu)} selectedKeys={selected} defaultOpenKeys={open} key={open.join(',')} />
        </nav>
      </Sider>
      <Layout>
        <Header className="mz-header">
          <Space>
            <EnvironmentOutlined aria-hidden />
            <Typography.Text strong data-testid="district">{ui?.district.name ?? me.districtId}</Typography.Text>
          </Space>
          <Space size="middle">
            <Space><UserOutlined aria-hidden /><span data-testid="user">{me.displayName}（{me.userName}）</span></Space>
            <Button icon={<LogoutOutlined />} onClick={async () => { await signOut(); navigate('/login'); }}>退出</Button>
          </Space>
        </Header>
        <Content className="mz-content">
          <Breadcrumb className="mz-no-print" style={{ marginBottom: 12 }} items={crumbs} />
          <main id="main">
            <Outlet />
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}

/** The title of a platform page below a menu entry (a resident, a form). */
function platformPageOf(pathname: string): string | null {
  if (pathname === '/registry/new') return '登记居民';
  if (pathname === '/registry/imports') return null;
  if (pathname === '/plan/print') return '打印报表';
  if (/^\/registry\/[^/]+\/edit$/.test(pathname)) return '修改信息';
  if (/^\/registry\/[^/]+$/.test(pathname)) return '居民详情';
  return null;
}

/** The module and page titles of a module route; a title's record placeholders ("走访记录：{name}") are left out. */
function pageOf(pathname: string, ui: ReturnType<typeof useSession>['ui']): { module: string; title: string } | null {
  const match = /^\/m\/([^/]+)\/([^/]+)/.exec(pathname);
  const module = match && ui ? ui.modules.find((m) => m.id === match[1]) : undefined;
  const page = module?.pages.find((p) => p.id === match![2]);
  if (!module || !page) return null;
  return { module: module.title, title: page.title.replace(/\{[^}]*\}/g, '').replace(/[：:\s]+$/, '') };
}
