import { accessSync, constants } from 'node:fs';
import { IsDefined, IsOptional, IsString, registerDecorator, ValidateIf, type ValidationOptions } from 'class-validator';

/** A path to a file this process can read (checked at start, so a typo is a config error, not a failed handshake later). */
function IsReadableFile(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isReadableFile',
      target: object.constructor,
      propertyName,
      options: { message: ({ value }) => `cannot read the file ${String(value)}`, ...options },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string' || value === '') return false;
          try {
            accessSync(value, constants.R_OK);
            return true;
          } catch {
            return false;
          }
        },
      },
    });
}

/** Mutual TLS needs the listener on HTTPS. */
function NeedsListenerTls() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'needsListenerTls',
      target: object.constructor,
      propertyName,
      options: { message: 'needs the listener on HTTPS: set the TLS certificate and key files too' },
      validator: { validate: (_value: unknown, args) => (args?.object as TlsConfig).tlsCertFile !== undefined },
    });
}

/**
 * TLS settings shared by both services. The listener: a certificate and key (HTTPS, TLS 1.2 at
 * least), and optionally a client CA (then every client must present a certificate it signed).
 * Outgoing calls: a CA bundle to trust, and optionally a client certificate to present.
 */
export abstract class TlsConfig {
  /** PEM certificate (chain) of this service's HTTPS listener. */
  @ValidateIf((c: TlsConfig) => c.tlsKeyFile !== undefined || c.tlsCertFile !== undefined)
  @IsDefined({ message: 'is required when the TLS key file is set' })
  @IsString()
  @IsReadableFile()
  tlsCertFile?: string;

  /** PEM private key of the listener's certificate. */
  @ValidateIf((c: TlsConfig) => c.tlsCertFile !== undefined || c.tlsKeyFile !== undefined)
  @IsDefined({ message: 'is required when the TLS certificate file is set' })
  @IsString()
  @IsReadableFile()
  tlsKeyFile?: string;

  /** Mutual TLS on the listener: clients must present a certificate signed by a CA in this PEM file. */
  @IsOptional()
  @IsReadableFile()
  @NeedsListenerTls()
  tlsClientCaFile?: string;

  /** The CA(s) trusted for outgoing HTTPS calls, in place of the public roots. */
  @IsOptional()
  @IsReadableFile()
  tlsCaFile?: string;

  /** The client certificate presented on outgoing calls (to a listener that requires mutual TLS). */
  @ValidateIf((c: TlsConfig) => c.tlsClientKeyFile !== undefined || c.tlsClientCertFile !== undefined)
  @IsDefined({ message: 'is required when the TLS client key file is set' })
  @IsReadableFile()
  tlsClientCertFile?: string;

  @ValidateIf((c: TlsConfig) => c.tlsClientCertFile !== undefined || c.tlsClientKeyFile !== undefined)
  @IsDefined({ message: 'is required when the TLS client certificate file is set' })
  @IsReadableFile()
  tlsClientKeyFile?: string;
}

export type TlsSettings = Pick<TlsConfig, keyof TlsConfig>;

/** The variables of the TLS settings of a service whose variables start with `prefix` (ORCHESTRATOR, AGENT). */
export function tlsEnv(prefix: string): Record<keyof TlsConfig, string> {
  return {
    tlsCertFile: `${prefix}_TLS_CERT_FILE`,
    tlsKeyFile: `${prefix}_TLS_KEY_FILE`,
    tlsClientCaFile: `${prefix}_TLS_CLIENT_CA_FILE`,
    tlsCaFile: `${prefix}_TLS_CA_FILE`,
    tlsClientCertFile: `${prefix}_TLS_CLIENT_CERT_FILE`,
    tlsClientKeyFile: `${prefix}_TLS_CLIENT_KEY_FILE`,
  };
}
