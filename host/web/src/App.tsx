import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Spin } from 'antd';
import { useSession } from './session';
import { LoginPage } from './pages/Login';
import { Shell } from './Shell';
import { HomePage } from './pages/Home';
import { ModulesPage } from './pages/admin/Modules';
import { UsersPage } from './pages/admin/Users';
import { NotFoundPage } from './pages/Misc';
import { PersonSearchPage } from './pages/registry/PersonSearch';
import { PersonFormPage } from './pages/registry/PersonForm';
import { PersonDetailPage } from './pages/registry/PersonDetail';
import { ImportPage } from './pages/registry/ImportPage';
import { AuditLogPage } from './pages/audit/AuditLog';
import { ModulePage } from './renderers/ModulePage';
import { PlanPage } from './pages/plan/PlanPage';
import { PlanPrintPage } from './pages/plan/PlanPrint';

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
        {/* 居民信息. The menu entries come from the server (Ui/StaffUiManifest.cs, PlatformMenu), by permission. */}
        <Route path="registry" element={<PersonSearchPage />} />
        <Route path="registry/new" element={<PersonFormPage />} />
        <Route path="registry/imports" element={<ImportPage />} />
        <Route path="registry/:id" element={<PersonDetailPage />} />
        <Route path="registry/:id/edit" element={<PersonFormPage />} />
        <Route path="audit" element={<AuditLogPage />} />
        <Route path="plan" element={<PlanPage />} />
        <Route path="plan/print" element={<PlanPrintPage />} />
        <Route path="admin/users" element={<UsersPage />} />
        <Route path="admin/modules" element={<ModulesPage />} />
        <Route path="m/:moduleId/:pageId" element={<ModulePage />} />
        <Route path="m/:moduleId/:pageId/:recordId" element={<ModulePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
