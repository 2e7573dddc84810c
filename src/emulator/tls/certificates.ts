import { generate } from 'selfsigned';

export interface EmulatorCertificates {
  caCertPem: string;
  serverCertPem: string;
  serverKeyPem: string;
}

const validityMs = 30 * 24 * 60 * 60_000;

/**
 * P-256 keys: generated in milliseconds (RSA takes hundreds), and every TLS client in use accepts them.
 * A private CA made fresh for each run and a server certificate it signs for 127.0.0.1 and localhost.
 * Clients trust this CA alone, so nothing else can pose as the emulator and the CA is useless once the run ends.
 */
export const createCertificates = async (): Promise<EmulatorCertificates> => {
  // A minute of slack so a client clock slightly behind ours still accepts the certificate.
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + validityMs);
  const ca = await generate(
    [
      { name: 'commonName', value: 'TAP Desk Emulator CA' },
      { name: 'organizationName', value: 'TAP Desk' },
    ],
    {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notBeforeDate,
      notAfterDate,
      extensions: [
        { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
      ],
    },
  );
  const server = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  return { caCertPem: ca.cert, serverCertPem: server.cert, serverKeyPem: server.private };
};
