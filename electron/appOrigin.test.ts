import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from './appOrigin';

describe('isAppUrl', () => {
  it.each([
    APP_ENTRY_URL,
    `${APP_ORIGIN}/`,
    APP_ORIGIN,
    `${APP_ORIGIN}/assets/index-abc123.js?v=1#top`,
    'APP://COUNTERSIGN/index.html',
  ])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    undefined,
    '',
    'not a url',
    'file:///index.html',
    'https://countersign/index.html',
    'app://evil/index.html',
    'app://countersign.evil.com/index.html',
    'app://evil.com@countersign/index.html',
    'app://countersign:8080/index.html',
    'app://user:pass@countersign/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'data:text/html,<p>hi</p>',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
