import { useCallback, useEffect, useState } from 'react';
import { workspacePath } from '../api/paths';
import type { Role } from '../api/types';
import { useApp } from '../app/AppContext';
import { ErrorNote } from '../ui/ErrorNote';
import { TopBar } from '../ui/TopBar';
import { InviteForm } from './InviteForm';

interface Member {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
}

export const roles: readonly Role[] = ['owner', 'editor', 'commenter', 'viewer'];

/** The workspace's members and their roles; owners change roles and invite people. */
export function MembersScreen({ workspace }: { workspace: string }) {
  const { api, me } = useApp();
  const [members, setMembers] = useState<readonly Member[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const isOwner = me?.workspaces.find((w) => w.slug === workspace)?.role === 'owner';
  const load = useCallback(async () => {
    try {
      setMembers(await api.get<Member[]>(`${workspacePath(workspace)}/members`));
    } catch (caught) {
      setError(caught);
    }
  }, [api, workspace]);
  useEffect(() => {
    void load();
  }, [load]);
  const changeRole = async (member: Member, role: Role) => {
    try {
      await api.request('PATCH', `${workspacePath(workspace)}/members/${encodeURIComponent(member.userId)}`, {
        body: { role },
      });
      setError(null);
    } catch (caught) {
      setError(caught);
    }
    await load();
  };
  return (
    <div className="app-shell">
      <TopBar workspace={workspace} />
      <main className="settings">
        <h1>Members</h1>
        <ErrorNote error={error} />
        {members && (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.userId}>
                  <td>{member.name}</td>
                  <td>{member.email}</td>
                  <td>
                    {isOwner ? (
                      <select
                        aria-label={`Role of ${member.name}`}
                        value={member.role}
                        onChange={(event) => void changeRole(member, event.currentTarget.value as Role)}
                      >
                        {roles.map((role) => (
                          <option key={role} value={role}>
                            {role}
                          </option>
                        ))}
                      </select>
                    ) : (
                      member.role
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {isOwner && <InviteForm workspace={workspace} />}
      </main>
    </div>
  );
}
