import { describe, expect, it } from 'vitest';
import { MAX_EXTERNAL_URL_LENGTH, isSafeExternalUrl } from './externalLinks';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://example.com/',
    'https://www.fda.gov/regulatory-information/search-fda-guidance-documents',
    'https://eur-lex.europa.eu/eli/reg/2024/1689/oj?locale=en#art_9',
    'https://example.com:8443/path',
    'https://example.com./',
    'https://8.8.8.8/',
    'https://172.32.0.1/',
  ])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://example.com/'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['custom handler', 'ms-settings:privacy'],
    ['smb share', 'smb://fileserver/share'],
    ['app origin', 'app://countersign/index.html'],
    ['credentials', 'https://user:secret@example.com/'],
    ['user only', 'https://user@example.com/'],
    ['localhost', 'https://localhost/'],
    ['localhost with dot', 'https://localhost./'],
    ['localhost subdomain', 'https://api.localhost/'],
    ['mDNS name', 'https://printer.local/'],
    ['single-label intranet name', 'https://intranet/'],
    ['loopback', 'https://127.0.0.1/'],
    ['loopback as integer', 'https://2130706433/'],
    ['loopback as hex', 'https://0x7f.1/'],
    ['any address', 'https://0.0.0.0/'],
    ['private 10/8', 'https://10.1.2.3/'],
    ['private 172.16/12', 'https://172.16.0.1/'],
    ['private 192.168/16', 'https://192.168.1.1/'],
    ['link-local metadata endpoint', 'https://169.254.169.254/latest/meta-data'],
    ['shared address space', 'https://100.64.0.1/'],
    ['multicast', 'https://224.0.0.1/'],
    ['IPv6 loopback', 'https://[::1]/'],
    ['IPv6 mapped IPv4', 'https://[::ffff:127.0.0.1]/'],
    ['IPv6 public literal', 'https://[2001:4860:4860::8888]/'],
    ['not a URL', 'example.com'],
    ['empty', ''],
    ['too long', `https://example.com/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`],
  ])('refuses %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('accepts a URL right at the length bound', () => {
    const prefix = 'https://example.com/';
    const url = prefix + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - prefix.length);
    expect(url).toHaveLength(MAX_EXTERNAL_URL_LENGTH);
    expect(isSafeExternalUrl(url)).toBe(true);
  });
});
