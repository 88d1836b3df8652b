import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Spin } from 'antd';
import { useSession } from './session';
import { LoginPage } from './pages/Login';
import { Shell } from './Shell';
import { HomePage } from './pages/Home';
import { ModulesPage } from './pages/admin/Modules';
import { UsersPage } from './pages/admin/Users';
import { ComingSoon, NotFoundPage } from './pages/Misc';
import { ModulePage } from './renderers/ModulePage';

export function App() {
  const { me } = useSession();
  const location = useLocation();
  if (me === null) {
    return <div className="mz-login"><Spin size="large" tip="正在加载…"><div style={{ width: 120, height: 60 }} /></Spin></div>;
  }
  if (me === false) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="*" element={<Navigate to="/login" replace state={{ from: location.pathname + location.search }} />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route path="/login" element={<Navigate to={(location.state as { from?: string } | null)?.from ?? '/'} replace />} />
      <Route element={<Shell />}>
        <Route index element={<HomePage />} />
        <Route path="registry" element={<ComingSoon title="居民信息" />} />
        <Route path="audit" element={<ComingSoon title="审计日志" />} />
        <Route path="admin/users" element={<UsersPage />} />
        <Route path="admin/modules" element={<ModulesPage />} />
        <Route path="m/:moduleId/:pageId" element={<ModulePage />} />
        <Route path="m/:moduleId/:pageId/:recordId" element={<ModulePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
