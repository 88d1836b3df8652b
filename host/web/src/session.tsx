import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, clearXsrfToken, refreshXsrfToken, setSignedOutHandler } from './api';
import type { Me, StaffUi } from './types';

interface Session {
  /** null while the first check runs; false when nobody is signed in. */
  me: Me | null | false;
  ui: StaffUi | null;
  /** Re-reads the caller and the menu (after sign-in, or after a module is switched). */
  reload: () => Promise<void>;
  signOut: () => Promise<void>;
  can: (permission: string) => boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | false>(null);
  const [ui, setUi] = useState<StaffUi | null>(null);

  const reload = useCallback(async () => {
    try {
      const who = await api.get<Me>('/api/platform/auth/me');
      await refreshXsrfToken();
      const menu = await api.get<StaffUi>('/api/platform/ui');
      setUi(menu);
      setMe(who);
    } catch {
      setMe(false);
      setUi(null);
    }
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/platform/auth/sign-out');
    } finally {
      clearXsrfToken();
      setMe(false);
      setUi(null);
    }
  }, []);

  useEffect(() => {
    setSignedOutHandler(() => {
      clearXsrfToken();
      setMe(false);
      setUi(null);
    });
    void reload();
    return () => setSignedOutHandler(null);
  }, [reload]);

  const value = useMemo<Session>(() => ({
    me, ui, reload, signOut,
    can: (permission: string) => !!me && me.permissions.includes(permission),
  }), [me, ui, reload, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export const Permissions = {
  modulesRead: 'platform.modules.read',
  modulesManage: 'platform.modules.manage',
  usersManage: 'platform.users.manage',
  auditRead: 'platform.audit.read',
  auditVerify: 'platform.audit.verify',
  registryRead: 'platform.registry.read',
  registryReadIdNumber: 'platform.registry.read-id-number',
  registryWrite: 'platform.registry.write',
  registryImport: 'platform.registry.import',
  planRead: 'platform.plan.read',
  planEnter: 'platform.plan.enter',
} as const;
