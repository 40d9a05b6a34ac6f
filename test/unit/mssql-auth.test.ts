import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMssqlConnection } from '../../services/transfer-agent/src/engines/mssql/config';

const auth = (text: string) => parseMssqlConnection(text).config.authentication;
const base = 'Server=sql01;Database=AX';

describe('SQL Server logins the agent supports (tedious authentication types)', () => {
  it('SQL login: User Id and Password, as a string or a URL', () => {
    assert.deepEqual(auth(`${base};User Id=cutover;Password=pw`), { type: 'default', options: { userName: 'cutover', password: 'pw' } });
    assert.deepEqual(auth(`${base};Authentication=SqlPassword;User Id=cutover;Password=pw`), {
      type: 'default',
      options: { userName: 'cutover', password: 'pw' },
    });
    assert.deepEqual(auth('mssql://cutover:p%40w@sql01/AX'), { type: 'default', options: { userName: 'cutover', password: 'p@w' } });
    assert.throws(() => auth(`${base};Password=pw`), /SQL authentication needs User Id/);
  });

  it('a Windows account through NTLM, with its credentials given explicitly', () => {
    const ntlm = { type: 'ntlm', options: { userName: 'svc', password: 'pw', domain: 'CORP' } };
    assert.deepEqual(auth(`${base};Integrated Security=true;Domain=CORP;User Id=svc;Password=pw`), ntlm);
    assert.deepEqual(auth(`${base};Authentication=NTLM;Domain=CORP;User Id=svc;Password=pw`), ntlm);
    assert.deepEqual(auth('mssql://svc:pw@sql01/AX?domain=CORP'), ntlm);
  });

  it('Windows integrated authentication without credentials (the service account’s Kerberos/SSPI) is refused with what to do', () => {
    for (const text of [`${base};Integrated Security=SSPI`, `${base};Trusted_Connection=yes;Integrated Security=true`]) {
      assert.throws(
        () => auth(text),
        /needs Domain, User Id and Password .* cannot use the service account’s own logon \(Kerberos\/SSPI\)\. Use a SQL login/,
      );
    }
  });

  it('Entra ID (Azure AD): password, service principal, managed identity, default credential', () => {
    assert.deepEqual(auth(`${base};Authentication=Active Directory Password;User Id=u@corp.com;Password=pw;ClientId=app;TenantId=t1`), {
      type: 'azure-active-directory-password',
      options: { userName: 'u@corp.com', password: 'pw', clientId: 'app', tenantId: 't1' },
    });
    assert.deepEqual(auth(`${base};Authentication=ActiveDirectoryServicePrincipal;User Id=app-id;Password=secret;Tenant Id=t1`), {
      type: 'azure-active-directory-service-principal-secret',
      options: { clientId: 'app-id', clientSecret: 'secret', tenantId: 't1' },
    });
    assert.deepEqual(auth(`${base};Authentication=Active Directory Managed Identity`), {
      type: 'azure-active-directory-msi-vm',
      options: {},
    });
    assert.deepEqual(auth(`${base};Authentication=ActiveDirectoryMSI;User Id=identity-client-id`), {
      type: 'azure-active-directory-msi-vm',
      options: { clientId: 'identity-client-id' },
    });
    assert.deepEqual(auth('mssql://sql01/AX?authentication=ActiveDirectoryDefault'), {
      type: 'azure-active-directory-default',
      options: {},
    });
  });

  it('Entra ID methods name what they miss', () => {
    assert.throws(
      () => auth(`${base};Authentication=ActiveDirectoryPassword;User Id=u;Password=pw;TenantId=t`),
      /ActiveDirectoryPassword needs ClientId/,
    );
    assert.throws(
      () => auth(`${base};Authentication=ActiveDirectoryServicePrincipal;User Id=app;Password=s`),
      /ActiveDirectoryServicePrincipal needs TenantId/,
    );
    assert.throws(
      () => auth(`${base};Authentication=ActiveDirectoryServicePrincipal;User Id=app;TenantId=t`),
      /needs Password \(the client secret\)/,
    );
  });

  it('methods a service cannot use are refused with the reason and the alternatives', () => {
    assert.throws(() => auth(`${base};Authentication=ActiveDirectoryIntegrated`), /needs a signed-in user or the Windows logon session/);
    assert.throws(
      () => auth(`${base};Authentication=Active Directory Interactive`),
      /use ActiveDirectoryServicePrincipal, ActiveDirectoryManagedIdentity/,
    );
    assert.throws(() => auth(`${base};Authentication=ActiveDirectoryAccessToken`), /a fixed token expires within the hour/);
    assert.throws(() => auth(`${base};Authentication=Kerberos`), /Authentication=Kerberos is not known/);
  });
});
