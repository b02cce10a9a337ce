import type { ReactNode } from 'react';
import { Logo } from '../ui/Logo';

/** The centred card the setup, sign-in and sign-up screens share. */
export function AuthLayout({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: string;
  children?: ReactNode;
}) {
  return (
    <main className="auth-screen">
      <div className="auth-card">
        <div className="auth-brand">
          <Logo size={36} />
          <span>Waymark</span>
        </div>
        <h1>{title}</h1>
        {lead && <p className="lead">{lead}</p>}
        {children}
      </div>
    </main>
  );
}
