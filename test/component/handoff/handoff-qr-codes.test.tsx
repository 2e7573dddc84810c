import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeQrDataUrl } from '../../support/decode-qr';
import { installFakeApi, issuedFor } from '../fake-api';
import { showHandoff } from '../render';

const secret = 'Kq7#mP0x';
const passAlt = 'QR code of the pass, for the person to scan with their phone';
const securityAlt = 'QR code that opens the security info page for Adele Vance';

const passElement = () => screen.getByLabelText('Temporary Access Pass');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('handoff: QR codes', () => {
  it('encode exactly the pass and the security info address', async () => {
    installFakeApi();
    showHandoff();
    const passCode = (await screen.findByAltText(passAlt)) as HTMLImageElement;
    const securityCode = (await screen.findByAltText(securityAlt)) as HTMLImageElement;
    expect(decodeQrDataUrl(passCode.src)).toBe(secret);
    expect(decodeQrDataUrl(securityCode.src)).toBe(issuedFor('adele').securityInfoUrl);
    expect(screen.getByText('mysignins.microsoft.com')).toBeTruthy();
  });

  it('encode a long pass full of symbols just as exactly', async () => {
    installFakeApi();
    const long = 'aZ0#@%&*!$+-=?^_~.,:;/\\()[]{}<>\'"`|O1lI5Ss2B8G6';
    showHandoff(issuedFor('adele', { temporaryAccessPass: long }));
    expect(passElement().textContent).toBe(long);
    expect(decodeQrDataUrl(((await screen.findByAltText(passAlt)) as HTMLImageElement).src)).toBe(long);
  });
});
