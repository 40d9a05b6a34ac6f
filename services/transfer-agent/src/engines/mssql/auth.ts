import type { ConnectionConfiguration } from 'tedious';

export type MssqlAuthentication = NonNullable<ConnectionConfiguration['authentication']>;

/**
 * The login of the agent's connections, from the connection string's keys (lower-cased, aliases
 * resolved). What tedious can do, and so what the agent accepts:
 *   SQL login                       User Id + Password (Authentication absent or SqlPassword)
 *   Windows account via NTLM        Domain + User Id + Password (Integrated Security=true or Authentication=NTLM)
 *   Entra ID (Azure AD) password    Authentication=ActiveDirectoryPassword + User Id + Password + ClientId + TenantId
 *   Entra ID service principal      Authentication=ActiveDirectoryServicePrincipal + User Id (client id) + Password (secret) + TenantId
 *   Entra ID managed identity       Authentication=ActiveDirectoryManagedIdentity (or ActiveDirectoryMSI) [+ User Id: a user-assigned identity]
 *   Entra ID default credential     Authentication=ActiveDirectoryDefault [+ ClientId]
 * Refused with the reason: Windows integrated authentication without credentials (Kerberos/SSPI
 * of the service account: tedious has no SSPI), ActiveDirectoryIntegrated/Interactive/DeviceCodeFlow
 * (need a user or the logon session), and a fixed access token (it expires within the hour; a
 * cutover runs longer).
 */
export function mssqlAuthentication(e: Map<string, string>, integratedSecurity: boolean | undefined): MssqlAuthentication {
  const method = (e.get('authentication') ?? '').toLowerCase().replace(/[\s_-]/g, '');
  const userName = e.get('user id');
  const password = e.get('password') ?? '';
  const domain = e.get('domain');
  const need = (what: string, value: string | undefined, why: string): string => {
    if (!value) throw new Error(`SQL Server connection: ${why} needs ${what}`);
    return value;
  };
  switch (method) {
    case '':
    case 'sqlpassword':
      if (integratedSecurity === true || domain) return ntlm(userName, password, domain);
      return { type: 'default', options: { userName: need('User Id', userName, 'SQL authentication'), password } };
    case 'ntlm':
    case 'windows':
      return ntlm(userName, password, domain);
    case 'activedirectorypassword':
      return {
        type: 'azure-active-directory-password',
        options: {
          userName: need('User Id', userName, 'ActiveDirectoryPassword'),
          password: need('Password', e.get('password'), 'ActiveDirectoryPassword'),
          clientId: need('ClientId (the application registration the login goes through)', e.get('clientid'), 'ActiveDirectoryPassword'),
          tenantId: need('TenantId', e.get('tenantid'), 'ActiveDirectoryPassword'),
        },
      };
    case 'activedirectoryserviceprincipal':
      return {
        type: 'azure-active-directory-service-principal-secret',
        options: {
          clientId: need('User Id (the application’s client id)', userName ?? e.get('clientid'), 'ActiveDirectoryServicePrincipal'),
          clientSecret: need('Password (the client secret)', e.get('password'), 'ActiveDirectoryServicePrincipal'),
          tenantId: need('TenantId', e.get('tenantid'), 'ActiveDirectoryServicePrincipal'),
        },
      };
    case 'activedirectorymanagedidentity':
    case 'activedirectorymsi':
      return { type: 'azure-active-directory-msi-vm', options: clientIdOf(userName ?? e.get('clientid')) };
    case 'activedirectorydefault':
      return { type: 'azure-active-directory-default', options: clientIdOf(e.get('clientid') ?? userName) };
    default:
      throw new Error(refusal(method, e.get('authentication')!));
  }
}

function ntlm(userName: string | undefined, password: string, domain: string | undefined): MssqlAuthentication {
  if (!domain || !userName) {
    throw new Error(
      'SQL Server connection: integrated security needs Domain, User Id and Password — tedious authenticates a Windows account with NTLM and explicit credentials; it cannot use the service account’s own logon (Kerberos/SSPI). Use a SQL login, or give the Windows account’s credentials (README: "SQL Server logins")',
    );
  }
  return { type: 'ntlm', options: { userName, password, domain } };
}

const clientIdOf = (clientId: string | undefined) => (clientId ? { clientId } : {});

function refusal(method: string, given: string): string {
  if (
    ['activedirectoryintegrated', 'activedirectoryinteractive', 'activedirectorydeviceflow', 'activedirectorydevicecodeflow'].includes(
      method,
    )
  )
    return `SQL Server connection: Authentication=${given} needs a signed-in user or the Windows logon session, which a service does not have; use ActiveDirectoryServicePrincipal, ActiveDirectoryManagedIdentity or ActiveDirectoryPassword`;
  if (method === 'activedirectoryaccesstoken' || method === 'accesstoken')
    return `SQL Server connection: Authentication=${given} is not accepted: a fixed token expires within the hour and a cutover runs longer; use ActiveDirectoryServicePrincipal or ActiveDirectoryManagedIdentity, which renew their tokens`;
  return `SQL Server connection: Authentication=${given} is not known; use SqlPassword, NTLM, ActiveDirectoryPassword, ActiveDirectoryServicePrincipal, ActiveDirectoryManagedIdentity or ActiveDirectoryDefault`;
}
